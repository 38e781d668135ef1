import { useState, type FormEvent } from 'react';

import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { RegionMultiPicker } from '@/components/region-multi-picker';
import { RegionPicker } from '@/components/region-picker';
import { TaxonomyCheckboxes } from '@/components/taxonomy-checkboxes';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, ORGANISATION_KINDS, SUBTYPES_BY_KIND, subtypeLabel } from '@/lib/labels';
import { useRegionName } from '@/lib/regions';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import {
  ORGANISATION_FIELDS,
  regionCode,
  type OrganisationDetail,
  type OrganisationRequest,
} from '../api/schemas';
import { isCreditCodeFormat, normaliseCreditCode } from '../utils/credit-code';

type Kind = (typeof ORGANISATION_KINDS)[number];

type Values = Omit<OrganisationRequest, 'socialWorkers'> & {
  socialWorkers: { assistant: string; intermediate: string; senior: string };
};

export function initialValues(detail?: OrganisationDetail): Values {
  const count = (value: number | null | undefined) => (value == null ? '0' : String(value));
  return {
    name: detail?.name ?? '',
    kind: detail?.kind ?? 'agency',
    subtype: detail?.subtype ?? 'social-work-agency',
    creditCode: detail?.creditCode ?? '',
    legalRepresentative: detail?.legalRepresentative ?? '',
    registeredRegionCode:
      detail?.registeredRegionCode ?? regionCode(detail?.registeredRegion) ?? '',
    address: detail?.address ?? '',
    serviceRegionCodes:
      detail?.serviceRegionCodes ??
      (detail?.serviceRegions ?? []).map((ref) => regionCode(ref) ?? '').filter(Boolean),
    targetGroups: detail?.targetGroups ?? [],
    serviceCategories: detail?.serviceCategories ?? [],
    description: detail?.description ?? '',
    contactPhone: detail?.contactPhone ?? '',
    contactEmail: detail?.contactEmail ?? '',
    socialWorkers: {
      assistant: count(detail?.socialWorkers?.assistant),
      intermediate: count(detail?.socialWorkers?.intermediate),
      senior: count(detail?.socialWorkers?.senior),
    },
  };
}

function RegisteredRegionName({ code }: { code: string }) {
  const { t } = useTranslation();
  const name = useRegionName(code);
  return (
    <p className="field-hint" aria-live="polite">
      {t('orgForm.registeredRegionChosen', { name: name ?? code })}
    </p>
  );
}

/** Create and edit an organisation; the server's 400 field errors land beside their fields. */
export function OrganisationForm({
  detail,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  detail?: OrganisationDetail;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (request: OrganisationRequest) => void;
}) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const [values, setValues] = useState<Values>(() => initialValues(detail));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const server = formErrors(error, ORGANISATION_FIELDS, t);
  const fieldError = (name: string) => clientErrors[name] ?? server.fields[name];
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const setWorkers = (name: keyof Values['socialWorkers'], value: string) =>
    setValues((current) => ({
      ...current,
      socialWorkers: { ...current.socialWorkers, [name]: value.replace(/\D/g, '') },
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = t('forms.required');
    if (!isCreditCodeFormat(values.creditCode)) found.creditCode = t('orgForm.creditCodeFormat');
    if (!values.registeredRegionCode) found.registeredRegionCode = t('forms.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`org-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const number = (value: string) => (value === '' ? 0 : Number(value));
    onSubmit({
      ...values,
      name: values.name.trim(),
      legalRepresentative: values.legalRepresentative.trim(),
      address: values.address.trim(),
      contactPhone: values.contactPhone.trim(),
      contactEmail: values.contactEmail.trim(),
      socialWorkers: {
        assistant: number(values.socialWorkers.assistant),
        intermediate: number(values.socialWorkers.intermediate),
        senior: number(values.socialWorkers.senior),
      },
    });
  };

  const subtypes = SUBTYPES_BY_KIND[values.kind as Kind] ?? [];

  return (
    <form className="form organisation-form" onSubmit={submit} noValidate>
      <SelectField
        id="org-kind"
        label={t('orgForm.kind')}
        value={values.kind}
        error={fieldError('kind')}
        onChange={(event) => {
          const kind = event.target.value as Kind;
          setValues((current) => ({ ...current, kind, subtype: SUBTYPES_BY_KIND[kind][0] ?? '' }));
        }}
      >
        {ORGANISATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(t, kind)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="org-subtype"
        label={t('orgForm.subtype')}
        value={values.subtype}
        error={fieldError('subtype')}
        onChange={(event) => set('subtype', event.target.value)}
      >
        {subtypes.map((subtype) => (
          <option key={subtype} value={subtype}>
            {subtypeLabel(t, subtype)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="org-name"
        label={t('orgForm.name')}
        required
        maxLength={200}
        value={values.name}
        error={fieldError('name')}
        onChange={(event) => set('name', event.target.value)}
      />
      <TextField
        id="org-creditCode"
        label={t('orgForm.creditCode')}
        hint={t('orgForm.creditCodeHint')}
        required
        maxLength={18}
        autoCapitalize="characters"
        spellCheck={false}
        className="monospace"
        value={values.creditCode}
        error={fieldError('creditCode')}
        onChange={(event) => set('creditCode', normaliseCreditCode(event.target.value))}
      />
      <TextField
        id="org-legalRepresentative"
        label={t('orgForm.legalRepresentative')}
        maxLength={100}
        value={values.legalRepresentative}
        error={fieldError('legalRepresentative')}
        onChange={(event) => set('legalRepresentative', event.target.value)}
      />
      <div id="org-registeredRegionCode" tabIndex={-1}>
        <RegionPicker
          idPrefix="org-registered"
          legend={t('orgForm.registeredRegion')}
          region={values.registeredRegionCode || undefined}
          onChange={(code) => set('registeredRegionCode', code ?? '')}
        />
        {values.registeredRegionCode ? (
          <RegisteredRegionName code={values.registeredRegionCode} />
        ) : null}
        {fieldError('registeredRegionCode') ? (
          <p className="field-error">{fieldError('registeredRegionCode')}</p>
        ) : null}
      </div>
      <TextField
        id="org-address"
        label={t('orgForm.address')}
        maxLength={300}
        value={values.address}
        error={fieldError('address')}
        onChange={(event) => set('address', event.target.value)}
      />
      <RegionMultiPicker
        idPrefix="org-service"
        legend={t('orgForm.serviceRegions')}
        value={values.serviceRegionCodes}
        onChange={(codes) => set('serviceRegionCodes', codes)}
        error={fieldError('serviceRegionCodes')}
      />
      {taxonomies.data ? (
        <>
          <TaxonomyCheckboxes
            name="org-targetGroups"
            legend={t('search.targetGroups')}
            items={taxonomies.data.targetGroups}
            value={values.targetGroups}
            onChange={(codes) => set('targetGroups', codes)}
            error={fieldError('targetGroups')}
          />
          <TaxonomyCheckboxes
            name="org-serviceCategories"
            legend={t('search.categories')}
            items={taxonomies.data.serviceCategories}
            value={values.serviceCategories}
            onChange={(codes) => set('serviceCategories', codes)}
            error={fieldError('serviceCategories')}
          />
        </>
      ) : null}
      <TextAreaField
        id="org-description"
        label={t('orgForm.description')}
        rows={5}
        maxLength={5000}
        value={values.description}
        error={fieldError('description')}
        onChange={(event) => set('description', event.target.value)}
      />
      <TextField
        id="org-contactPhone"
        label={t('orgForm.contactPhone')}
        type="tel"
        autoComplete="tel"
        maxLength={30}
        value={values.contactPhone}
        error={fieldError('contactPhone')}
        onChange={(event) => set('contactPhone', event.target.value)}
      />
      <TextField
        id="org-contactEmail"
        label={t('orgForm.contactEmail')}
        type="email"
        autoComplete="email"
        maxLength={254}
        value={values.contactEmail}
        error={fieldError('contactEmail')}
        onChange={(event) => set('contactEmail', event.target.value)}
      />
      <fieldset>
        <legend>{t('orgForm.socialWorkers')}</legend>
        {(['assistant', 'intermediate', 'senior'] as const).map((level) => (
          <TextField
            key={level}
            id={`org-socialWorkers-${level}`}
            label={t(`orgForm.${level}`)}
            inputMode="numeric"
            maxLength={5}
            value={values.socialWorkers[level]}
            error={fieldError(`socialWorkers.${level}`)}
            onChange={(event) => setWorkers(level, event.target.value)}
          />
        ))}
      </fieldset>
      <FormAlert messages={server.messages} />
      <button type="submit" disabled={pending}>
        {pending ? t('forms.sending') : submitLabel}
      </button>
    </form>
  );
}
