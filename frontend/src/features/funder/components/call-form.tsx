import { useState, type ReactNode } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import * as z from 'zod/mini';

import { TaxonomyCheckboxesField } from '@/components/choice-fields';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { RegionPicker } from '@/components/region-picker';
import { fenToYuan, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { SUBTYPES_BY_KIND, subtypeLabel } from '@/lib/labels';
import { useTaxonomies, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import '../i18n';
import type { CallRequest } from '../api/calls';
import type { CallDetail } from '../api/schemas';
import { SECTION_CODES, sectionLabel } from '../utils/labels';
import { bpToPercent, parseInteger, parseWhole, percentToBp } from '../utils/percent';
import { useDottedFieldNames } from '../utils/server-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../utils/time';

const required = z.string().check(z.trim(), z.minLength(1, 'forms.required'));
const yuan = z
  .string()
  .check(z.refine((value) => (yuanToFen(value) ?? 0) > 0, 'funder.form.yuanInvalid'));
const percent = z
  .string()
  .check(z.refine((value) => (percentToBp(value) ?? 10001) <= 10000, 'funder.form.percentInvalid'));
const whole = z
  .string()
  .check(z.refine((value) => parseWhole(value) !== null, 'funder.form.wholeInvalid'));
const integer = z
  .string()
  .check(z.refine((value) => parseInteger(value) !== null, 'funder.form.integerInvalid'));

const callFormSchema = z.object({
  title: required,
  description: required,
  fundingType: z.string().check(z.minLength(1, 'forms.required')),
  programme: z.string(),
  poolYuan: yuan,
  maxAwardYuan: yuan,
  managementFeeCapPercent: percent,
  regionCode: z.string().check(z.minLength(2, 'funder.form.regionRequired')),
  regionBasis: z.enum(['registered', 'service', 'either']),
  subtypes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  minSocialWorkers: whole,
  opensAt: z.string().check(z.minLength(1, 'forms.required')),
  closesAt: z.string().check(z.minLength(1, 'forms.required')),
  twoStage: z.boolean(),
  conceptClosesAt: z.string(),
  blindReview: z.boolean(),
  scoreMin: integer,
  scoreMax: integer,
  reportIntervalMonths: whole,
  sections: z.array(
    z.object({
      code: z.string(),
      included: z.boolean(),
      required: z.boolean(),
      guidance: z.string(),
      maxChars: whole,
    }),
  ),
  tranches: z.array(z.object({ sharePercent: percent, reportDueOn: z.string() })),
  criteria: z.array(z.object({ name: required, description: z.string(), weight: whole })),
});
type Values = z.infer<typeof callFormSchema>;

const CALL_FIELDS = [
  'title',
  'description',
  'fundingType',
  'programme',
  'poolFen',
  'maxAwardFen',
  'managementFeeCapBp',
  'regionCode',
  'regionBasis',
  'subtypes',
  'targetGroups',
  'minSocialWorkers',
  'opensAt',
  'closesAt',
  'twoStage',
  'conceptClosesAt',
  'blindReview',
  'scoreMin',
  'scoreMax',
  'reportIntervalMonths',
  'sections',
  'tranches',
  'criteria',
] as const;

const ELIGIBLE_SUBTYPES = [...SUBTYPES_BY_KIND.agency, ...SUBTYPES_BY_KIND.university];

function initialValues(call?: CallDetail): z.input<typeof callFormSchema> {
  return {
    title: call?.title ?? '',
    description: call?.description ?? '',
    fundingType: call?.fundingType ?? '',
    programme: call?.programme ?? '',
    poolYuan: call ? fenToYuan(call.poolFen) : '',
    maxAwardYuan: call ? fenToYuan(call.maxAwardFen) : '',
    managementFeeCapPercent: bpToPercent(call?.managementFeeCapBp ?? 1000),
    regionCode: call?.eligibility.regionCode ?? '',
    regionBasis:
      call?.eligibility.regionBasis === 'registered' || call?.eligibility.regionBasis === 'service'
        ? call.eligibility.regionBasis
        : 'either',
    subtypes: call?.eligibility.subtypes ?? [],
    targetGroups: call?.eligibility.targetGroups ?? [],
    minSocialWorkers: String(call?.eligibility.minSocialWorkers ?? 0),
    opensAt: toDateTimeLocal(call?.opensAt),
    closesAt: toDateTimeLocal(call?.closesAt),
    twoStage: call?.twoStage ?? false,
    conceptClosesAt: toDateTimeLocal(call?.conceptClosesAt),
    blindReview: call?.blindReview ?? false,
    scoreMin: String(call?.scoreMin ?? 0),
    scoreMax: String(call?.scoreMax ?? 10),
    reportIntervalMonths: String(call?.reportIntervalMonths ?? 3),
    sections: SECTION_CODES.map((code) => {
      const section = call?.sections.find((candidate) => candidate.code === code);
      return {
        code,
        included: call ? section !== undefined : true,
        required: section?.required ?? true,
        guidance: section?.guidance ?? '',
        maxChars: String(section?.maxChars ?? 5000),
      };
    }),
    tranches: call
      ? [...call.tranches]
          .sort((a, b) => a.seq - b.seq)
          .map((tranche) => ({
            sharePercent: bpToPercent(tranche.shareBp),
            reportDueOn: tranche.reportDueOn ?? '',
          }))
      : [
          { sharePercent: '30', reportDueOn: '' },
          { sharePercent: '40', reportDueOn: '' },
          { sharePercent: '30', reportDueOn: '' },
        ],
    criteria: call
      ? [...call.criteria]
          .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
          .map((criterion) => ({
            name: criterion.name,
            description: criterion.description ?? '',
            weight: String(criterion.weight),
          }))
      : [{ name: '', description: '', weight: '100' }],
  };
}

type CallFormProps = {
  call?: CallDetail;
  pending: boolean;
  error: unknown;
  conflictAction?: ReactNode;
  onSubmit: (request: CallRequest) => void;
};

/**
 * Every field of `CallRequest`: money typed in yuan and sent as fen (string arithmetic), shares
 * and the fee cap in percent sent as basis points, times in Beijing time sent with +08:00. The
 * server's field errors appear at their field, a list element's too (`tranches[1].shareBp`).
 */
export function CallForm(props: CallFormProps) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  // The selects take their first value from the form: they wait for their options.
  if (taxonomies.isPending) return <Loading label={t('search.loading')} />;
  if (taxonomies.isError) {
    return <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />;
  }
  return <CallFields {...props} taxonomies={taxonomies.data} />;
}

function CallFields({
  call,
  pending,
  error,
  conflictAction,
  onSubmit,
  taxonomies,
}: CallFormProps & { taxonomies: Taxonomies }) {
  const { t, language } = useTranslation();
  const form = useZodForm(callFormSchema, { defaultValues: initialValues(call) });
  const { register, control, watch } = form;
  const errors = form.formState.errors;
  const tranches = useFieldArray({ control, name: 'tranches' });
  const criteria = useFieldArray({ control, name: 'criteria' });
  const fieldError = useFieldError();
  // Sections are sent without the ones left out: the server's index → the form's.
  const [sentSections, setSentSections] = useState<number[]>([]);
  const serverError = useDottedFieldNames(error);
  const listFields = [
    ...tranches.fields.flatMap((_, i) => [`tranches.${i}.shareBp`, `tranches.${i}.reportDueOn`]),
    ...criteria.fields.flatMap((_, i) => [
      `criteria.${i}.name`,
      `criteria.${i}.description`,
      `criteria.${i}.weight`,
    ]),
    ...SECTION_CODES.flatMap((_, i) => [`sections.${i}.guidance`, `sections.${i}.maxChars`]),
  ];
  const rename: Record<string, string> = {
    poolFen: 'poolYuan',
    maxAwardFen: 'maxAwardYuan',
    managementFeeCapBp: 'managementFeeCapPercent',
  };
  tranches.fields.forEach((_, i) => {
    rename[`tranches.${i}.shareBp`] = `tranches.${i}.sharePercent`;
  });
  sentSections.forEach((formIndex, sentIndex) => {
    rename[`sections.${sentIndex}.guidance`] = `sections.${formIndex}.guidance`;
    rename[`sections.${sentIndex}.maxChars`] = `sections.${formIndex}.maxChars`;
  });
  const messages = useServerErrors(form.setError, serverError, [...CALL_FIELDS, ...listFields], {
    byStatus: { 409: t('funder.form.conflict') },
    rename: rename as never,
  });
  const twoStage = watch('twoStage');
  const sections = watch('sections');
  const itemName = (item: { nameZh: string; nameEn: string }) =>
    language === 'en' ? item.nameEn : item.nameZh;
  const listError = (list: { message?: string; root?: { message?: string } } | undefined) => {
    const item = list?.root ?? list;
    return item?.message
      ? fieldError({ type: (item as { type?: string }).type, message: item.message })
      : undefined;
  };

  const submit = form.handleSubmit((values: Values) => {
    const shares = values.tranches.map((tranche) => percentToBp(tranche.sharePercent) ?? 0);
    const weights = values.criteria.map((criterion) => parseWhole(criterion.weight) ?? 0);
    let invalid = false;
    if (shares.reduce((sum, share) => sum + share, 0) !== 10000) {
      form.setError('tranches', { type: 'validate', message: 'funder.form.sharesSum' });
      invalid = true;
    }
    if (weights.reduce((sum, weight) => sum + weight, 0) !== 100) {
      form.setError('criteria', { type: 'validate', message: 'funder.form.weightsSum' });
      invalid = true;
    }
    values.tranches.forEach((tranche, index) => {
      if (index > 0 && !tranche.reportDueOn) {
        form.setError(`tranches.${index}.reportDueOn`, {
          type: 'validate',
          message: 'funder.form.dueRequired',
        });
        invalid = true;
      }
    });
    if (values.twoStage && !values.conceptClosesAt) {
      form.setError('conceptClosesAt', { type: 'validate', message: 'forms.required' });
      invalid = true;
    }
    if (invalid) return;
    const included = values.sections
      .map((section, index) => ({ section, index }))
      .filter(({ section }) => section.included);
    setSentSections(included.map(({ index }) => index));
    onSubmit({
      title: values.title,
      description: values.description,
      fundingType: values.fundingType,
      programme: values.programme || null,
      poolFen: yuanToFen(values.poolYuan) ?? 0,
      maxAwardFen: yuanToFen(values.maxAwardYuan) ?? 0,
      managementFeeCapBp: percentToBp(values.managementFeeCapPercent) ?? 0,
      regionCode: values.regionCode,
      regionBasis: values.regionBasis,
      subtypes: values.subtypes,
      targetGroups: values.targetGroups,
      minSocialWorkers: parseWhole(values.minSocialWorkers) ?? 0,
      opensAt: fromDateTimeLocal(values.opensAt),
      closesAt: fromDateTimeLocal(values.closesAt),
      twoStage: values.twoStage,
      conceptClosesAt:
        values.twoStage && values.conceptClosesAt
          ? fromDateTimeLocal(values.conceptClosesAt)
          : null,
      blindReview: values.blindReview,
      scoreMin: parseInteger(values.scoreMin) ?? 0,
      scoreMax: parseInteger(values.scoreMax) ?? 0,
      reportIntervalMonths: parseWhole(values.reportIntervalMonths) ?? 3,
      sections: included.map(({ section }) => ({
        code: section.code,
        required: section.required,
        guidance: section.guidance,
        maxChars: parseWhole(section.maxChars) ?? 5000,
      })),
      tranches: values.tranches.map((tranche, index) => ({
        seq: index + 1,
        shareBp: shares[index]!,
        reportDueOn: index === 0 ? null : tranche.reportDueOn || null,
      })),
      criteria: values.criteria.map((criterion, index) => ({
        name: criterion.name,
        description: criterion.description,
        weight: weights[index]!,
      })),
    });
  });

  return (
    <form className="form call-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('funder.form.basics')}</legend>
        <TextField
          id="call-title"
          label={t('funder.form.title')}
          required
          maxLength={200}
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <TextAreaField
          id="call-description"
          label={t('funder.form.description')}
          rows={5}
          required
          maxLength={20000}
          error={fieldError(errors.description)}
          {...register('description')}
        />
        <SelectField
          id="call-fundingType"
          label={t('funder.form.fundingType')}
          required
          error={fieldError(errors.fundingType)}
          {...register('fundingType')}
        >
          <option value="">{t('funder.form.choose')}</option>
          {taxonomies.fundingTypes.map((item) => (
            <option key={item.code} value={item.code}>
              {itemName(item)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="call-programme"
          label={t('funder.form.programme')}
          error={fieldError(errors.programme)}
          {...register('programme')}
        >
          <option value="">{t('funder.form.noProgramme')}</option>
          {taxonomies.programmes.map((item) => (
            <option key={item.code} value={item.code}>
              {itemName(item)}
            </option>
          ))}
        </SelectField>
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.money')}</legend>
        <TextField
          id="call-poolYuan"
          label={t('funder.form.poolYuan')}
          hint={t('funder.form.yuanHint')}
          inputMode="decimal"
          required
          error={fieldError(errors.poolYuan)}
          {...register('poolYuan')}
        />
        <TextField
          id="call-maxAwardYuan"
          label={t('funder.form.maxAwardYuan')}
          hint={t('funder.form.yuanHint')}
          inputMode="decimal"
          required
          error={fieldError(errors.maxAwardYuan)}
          {...register('maxAwardYuan')}
        />
        <TextField
          id="call-managementFeeCapPercent"
          label={t('funder.form.managementFeeCap')}
          inputMode="decimal"
          required
          error={fieldError(errors.managementFeeCapPercent)}
          {...register('managementFeeCapPercent')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.eligibility')}</legend>
        <Controller
          control={control}
          name="regionCode"
          render={({ field }) => (
            <RegionPicker
              idPrefix="call-region"
              legend={t('funder.form.region')}
              region={field.value || undefined}
              onChange={(code) => field.onChange(code ?? '')}
            />
          )}
        />
        {errors.regionCode ? (
          <p className="field-error" id="call-region-error">
            {fieldError(errors.regionCode)}
          </p>
        ) : null}
        <fieldset>
          <legend>{t('funder.form.regionBasis')}</legend>
          {(['either', 'registered', 'service'] as const).map((basis) => (
            <div className="checkbox-field" key={basis}>
              <input
                id={`call-regionBasis-${basis}`}
                type="radio"
                value={basis}
                {...register('regionBasis')}
              />
              <label htmlFor={`call-regionBasis-${basis}`}>
                {t(`funder.regionBasis.${basis}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <TaxonomyCheckboxesField
          control={control}
          name="subtypes"
          id="call-subtypes"
          legend={t('funder.form.subtypes')}
          items={ELIGIBLE_SUBTYPES.map((code) => {
            const name = subtypeLabel(t, code);
            return { code, nameZh: name, nameEn: name };
          })}
        />
        <p className="field-hint">{t('funder.form.subtypesHint')}</p>
        <TaxonomyCheckboxesField
          control={control}
          name="targetGroups"
          id="call-targetGroups"
          legend={t('funder.form.targetGroups')}
          items={taxonomies.targetGroups}
        />
        <TextField
          id="call-minSocialWorkers"
          label={t('funder.form.minSocialWorkers')}
          inputMode="numeric"
          error={fieldError(errors.minSocialWorkers)}
          {...register('minSocialWorkers')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.schedule')}</legend>
        <p className="field-hint">{t('funder.form.beijingTime')}</p>
        <TextField
          id="call-opensAt"
          label={t('funder.form.opensAt')}
          type="datetime-local"
          required
          error={fieldError(errors.opensAt)}
          {...register('opensAt')}
        />
        <TextField
          id="call-closesAt"
          label={t('funder.form.closesAt')}
          type="datetime-local"
          required
          error={fieldError(errors.closesAt)}
          {...register('closesAt')}
        />
        <div className="checkbox-field">
          <input id="call-twoStage" type="checkbox" {...register('twoStage')} />
          <label htmlFor="call-twoStage">{t('funder.form.twoStage')}</label>
        </div>
        {twoStage ? (
          <TextField
            id="call-conceptClosesAt"
            label={t('funder.form.conceptClosesAt')}
            type="datetime-local"
            required
            error={fieldError(errors.conceptClosesAt)}
            {...register('conceptClosesAt')}
          />
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.sections')}</legend>
        <p className="field-hint">{t('funder.form.sectionsHint')}</p>
        {sections.map((section, index) => {
          const name = sectionLabel(t, section.code);
          return (
            <div key={section.code} className="section-entry" data-section={section.code}>
              <div className="checkbox-field">
                <input
                  id={`call-section-${index}-included`}
                  type="checkbox"
                  {...register(`sections.${index}.included`)}
                />
                <label htmlFor={`call-section-${index}-included`}>
                  {t('funder.form.sectionIncluded', { name })}
                </label>
              </div>
              {section.included ? (
                <>
                  <div className="checkbox-field">
                    <input
                      id={`call-section-${index}-required`}
                      type="checkbox"
                      {...register(`sections.${index}.required`)}
                    />
                    <label htmlFor={`call-section-${index}-required`}>
                      {t('funder.form.sectionRequired', { name })}
                    </label>
                  </div>
                  <TextAreaField
                    id={`call-section-${index}-guidance`}
                    label={t('funder.form.sectionGuidance', { name })}
                    rows={2}
                    maxLength={2000}
                    error={fieldError(errors.sections?.[index]?.guidance)}
                    {...register(`sections.${index}.guidance`)}
                  />
                  <TextField
                    id={`call-section-${index}-maxChars`}
                    label={t('funder.form.sectionMaxChars', { name })}
                    inputMode="numeric"
                    error={fieldError(errors.sections?.[index]?.maxChars)}
                    {...register(`sections.${index}.maxChars`)}
                  />
                </>
              ) : null}
            </div>
          );
        })}
        {listError(errors.sections) ? (
          <p className="field-error">{listError(errors.sections)}</p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.tranches')}</legend>
        <p className="field-hint">{t('funder.form.tranchesHint')}</p>
        {tranches.fields.map((tranche, index) => (
          <div key={tranche.id} className="tranche-entry" data-tranche-index={index}>
            <TextField
              id={`call-tranche-${index}-share`}
              label={t('funder.form.trancheShare', { number: index + 1 })}
              inputMode="decimal"
              required
              error={fieldError(errors.tranches?.[index]?.sharePercent)}
              {...register(`tranches.${index}.sharePercent`)}
            />
            {index === 0 ? (
              <p className="field-hint">{t('funder.form.firstTranche')}</p>
            ) : (
              <TextField
                id={`call-tranche-${index}-due`}
                label={t('funder.form.trancheDue', { number: index + 1 })}
                type="date"
                required
                error={fieldError(errors.tranches?.[index]?.reportDueOn)}
                {...register(`tranches.${index}.reportDueOn`)}
              />
            )}
            {tranches.fields.length > 1 ? (
              <button
                type="button"
                className="link-button danger"
                onClick={() => tranches.remove(index)}
              >
                {t('funder.form.removeTranche', { number: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {listError(errors.tranches) ? (
          <p className="field-error" role="alert">
            {listError(errors.tranches)}
          </p>
        ) : null}
        <button
          type="button"
          className="secondary"
          onClick={() => tranches.append({ sharePercent: '', reportDueOn: '' })}
        >
          {t('funder.form.addTranche')}
        </button>
        <TextField
          id="call-reportIntervalMonths"
          label={t('funder.form.reportIntervalMonths')}
          inputMode="numeric"
          error={fieldError(errors.reportIntervalMonths)}
          {...register('reportIntervalMonths')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('funder.form.review')}</legend>
        <div className="checkbox-field">
          <input id="call-blindReview" type="checkbox" {...register('blindReview')} />
          <label htmlFor="call-blindReview">{t('funder.form.blindReview')}</label>
        </div>
        <TextField
          id="call-scoreMin"
          label={t('funder.form.scoreMin')}
          inputMode="numeric"
          error={fieldError(errors.scoreMin)}
          {...register('scoreMin')}
        />
        <TextField
          id="call-scoreMax"
          label={t('funder.form.scoreMax')}
          inputMode="numeric"
          error={fieldError(errors.scoreMax)}
          {...register('scoreMax')}
        />
        {criteria.fields.map((criterion, index) => (
          <div key={criterion.id} className="criterion-entry" data-criterion-index={index}>
            <TextField
              id={`call-criterion-${index}-name`}
              label={t('funder.form.criterionName', { number: index + 1 })}
              required
              maxLength={200}
              error={fieldError(errors.criteria?.[index]?.name)}
              {...register(`criteria.${index}.name`)}
            />
            <TextAreaField
              id={`call-criterion-${index}-description`}
              label={t('funder.form.criterionDescription', { number: index + 1 })}
              rows={2}
              maxLength={2000}
              error={fieldError(errors.criteria?.[index]?.description)}
              {...register(`criteria.${index}.description`)}
            />
            <TextField
              id={`call-criterion-${index}-weight`}
              label={t('funder.form.criterionWeight', { number: index + 1 })}
              inputMode="numeric"
              required
              error={fieldError(errors.criteria?.[index]?.weight)}
              {...register(`criteria.${index}.weight`)}
            />
            {criteria.fields.length > 1 ? (
              <button
                type="button"
                className="link-button danger"
                onClick={() => criteria.remove(index)}
              >
                {t('funder.form.removeCriterion', { number: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {listError(errors.criteria) ? (
          <p className="field-error" role="alert">
            {listError(errors.criteria)}
          </p>
        ) : null}
        <button
          type="button"
          className="secondary"
          onClick={() => criteria.append({ name: '', description: '', weight: '' })}
        >
          {t('funder.form.addCriterion')}
        </button>
      </fieldset>

      <FormAlert messages={messages} />
      {messages.length > 0 && conflictAction ? conflictAction : null}
      <button type="submit" disabled={pending}>
        {pending ? t('forms.sending') : call ? t('forms.save') : t('funder.form.createDraft')}
      </button>
    </form>
  );
}
