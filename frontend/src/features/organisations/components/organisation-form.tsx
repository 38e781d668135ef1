import * as z from 'zod/mini';

import {
  RegionMultiPickerField,
  RegionPickerField,
  TaxonomyCheckboxesField,
} from '@/components/choice-fields';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
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

const trimmed = z.string().check(z.trim());
const count = z.string().check(z.regex(/^\d{0,5}$/, 'orgForm.countFormat'));

/** What the user edits: counts as text until they are sent. */
const organisationFormSchema = z.object({
  kind: z.string(),
  subtype: z.string(),
  name: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  creditCode: z.string().check(z.refine(isCreditCodeFormat, 'orgForm.creditCodeFormat')),
  legalRepresentative: trimmed,
  registeredRegionCode: z.string().check(z.minLength(1, 'forms.required')),
  address: trimmed,
  serviceRegionCodes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  serviceCategories: z.array(z.string()),
  description: z.string(),
  contactPhone: trimmed,
  contactEmail: trimmed,
  socialWorkers: z.object({ assistant: count, intermediate: count, senior: count }),
});
type Values = z.infer<typeof organisationFormSchema>;

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
  const form = useZodForm(organisationFormSchema, { defaultValues: initialValues(detail) });
  const { register, control, formState, setValue, watch } = form;
  const errors = formState.errors;
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, error, ORGANISATION_FIELDS);

  const submit = form.handleSubmit((values) => {
    const number = (value: string) => (value === '' ? 0 : Number(value));
    onSubmit({
      ...values,
      socialWorkers: {
        assistant: number(values.socialWorkers.assistant),
        intermediate: number(values.socialWorkers.intermediate),
        senior: number(values.socialWorkers.senior),
      },
    });
  });

  const kind = watch('kind') as Kind;
  const subtypes = SUBTYPES_BY_KIND[kind] ?? [];
  const registeredRegionCode = watch('registeredRegionCode');

  return (
    <form className="form organisation-form" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        id="org-kind"
        label={t('orgForm.kind')}
        error={fieldError(errors.kind)}
        {...register('kind', {
          onChange: (event: { target: HTMLSelectElement }) =>
            setValue('subtype', SUBTYPES_BY_KIND[event.target.value as Kind][0] ?? ''),
        })}
      >
        {ORGANISATION_KINDS.map((option) => (
          <option key={option} value={option}>
            {kindLabel(t, option)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="org-subtype"
        label={t('orgForm.subtype')}
        error={fieldError(errors.subtype)}
        {...register('subtype')}
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
        error={fieldError(errors.name)}
        {...register('name')}
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
        error={fieldError(errors.creditCode)}
        {...register('creditCode', {
          onChange: (event: { target: HTMLInputElement }) => {
            event.target.value = normaliseCreditCode(event.target.value);
          },
          setValueAs: (value: string) => normaliseCreditCode(value),
        })}
      />
      <TextField
        id="org-legalRepresentative"
        label={t('orgForm.legalRepresentative')}
        maxLength={100}
        error={fieldError(errors.legalRepresentative)}
        {...register('legalRepresentative')}
      />
      <RegionPickerField
        control={control}
        name="registeredRegionCode"
        id="org-registeredRegionCode"
        idPrefix="org-registered"
        legend={t('orgForm.registeredRegion')}
      >
        {registeredRegionCode ? <RegisteredRegionName code={registeredRegionCode} /> : null}
      </RegionPickerField>
      <TextField
        id="org-address"
        label={t('orgForm.address')}
        maxLength={300}
        error={fieldError(errors.address)}
        {...register('address')}
      />
      <RegionMultiPickerField
        control={control}
        name="serviceRegionCodes"
        idPrefix="org-service"
        legend={t('orgForm.serviceRegions')}
      />
      {taxonomies.data ? (
        <>
          <TaxonomyCheckboxesField
            control={control}
            name="targetGroups"
            id="org-targetGroups"
            legend={t('search.targetGroups')}
            items={taxonomies.data.targetGroups}
          />
          <TaxonomyCheckboxesField
            control={control}
            name="serviceCategories"
            id="org-serviceCategories"
            legend={t('search.categories')}
            items={taxonomies.data.serviceCategories}
          />
        </>
      ) : null}
      <TextAreaField
        id="org-description"
        label={t('orgForm.description')}
        rows={5}
        maxLength={5000}
        error={fieldError(errors.description)}
        {...register('description')}
      />
      <TextField
        id="org-contactPhone"
        label={t('orgForm.contactPhone')}
        type="tel"
        autoComplete="tel"
        maxLength={30}
        error={fieldError(errors.contactPhone)}
        {...register('contactPhone')}
      />
      <TextField
        id="org-contactEmail"
        label={t('orgForm.contactEmail')}
        type="email"
        autoComplete="email"
        maxLength={254}
        error={fieldError(errors.contactEmail)}
        {...register('contactEmail')}
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
            error={fieldError(errors.socialWorkers?.[level])}
            {...register(`socialWorkers.${level}`, {
              onChange: (event: { target: HTMLInputElement }) => {
                event.target.value = event.target.value.replace(/\D/g, '');
              },
            })}
          />
        ))}
      </fieldset>
      <FormAlert messages={messages} />
      <button type="submit" disabled={pending}>
        {pending ? t('forms.sending') : submitLabel}
      </button>
    </form>
  );
}
