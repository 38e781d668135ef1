import type { ReactNode } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import * as z from 'zod/mini';

import { TaxonomyCheckboxesField } from '@/components/choice-fields';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies, type Skill, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';

import { useOwnProjects } from '../api/get-own-projects';
import { OPENING_FIELDS, type OpeningRequest, type ShiftRequest } from '../api/save-opening';
import type { OpeningDetail } from '../api/schemas';
import { fromDateTimeLocal, toDateTimeLocal } from '../utils/time';
import { useDottedFieldNames } from '../utils/server-errors';

import { OpeningRegionPicker } from './opening-region-picker';
import { emptyShift, ShiftFields, shiftValuesSchema, toShiftRequest } from './shift-fields';

const required = z.string().check(z.trim(), z.minLength(1, 'forms.required'));

const openingFormSchema = z.object({
  projectId: z.string().check(z.minLength(1, 'forms.required')),
  title: required,
  description: required,
  regionCode: z
    .string()
    .check(z.refine((code) => code.length >= 6, 'agencyVolunteering.form.regionTooCoarse')),
  meetingPlace: required,
  targetGroups: z.array(z.string()).check(z.minLength(1, 'agencyVolunteering.form.chooseOne')),
  category: z.string().check(z.minLength(1, 'forms.required')),
  skills: z.array(z.string()),
  adultsOnly: z.boolean(),
  screening: z.enum(['automatic', 'approval']),
  signupDeadline: z.string().check(z.minLength(1, 'forms.required')),
  contactName: required,
  contactPhone: required,
  shifts: z.array(shiftValuesSchema),
});
type Values = z.infer<typeof openingFormSchema>;

function initialValues(opening?: OpeningDetail): z.input<typeof openingFormSchema> {
  return {
    projectId: opening ? String(opening.projectId) : '',
    title: opening?.title ?? '',
    description: opening?.description ?? '',
    regionCode: opening?.regionCode ?? '',
    meetingPlace: opening?.meetingPlace ?? '',
    targetGroups: opening?.targetGroups ?? [],
    category: opening?.category ?? '',
    skills: opening?.skills ?? [],
    adultsOnly: opening?.adultsOnly ?? false,
    screening: opening?.screening === 'approval' ? 'approval' : 'automatic',
    signupDeadline: toDateTimeLocal(opening?.signupDeadline),
    contactName: opening?.contactName ?? '',
    contactPhone: opening?.contactPhone ?? '',
    // shifts are edited one by one once the opening exists
    shifts: opening ? [] : [emptyShift()],
  };
}

/** The opening's fields; with the shifts when it is a new one (an existing one's are edited apart). */
export type OpeningFormResult = OpeningRequest & { shifts?: ShiftRequest[] };

/**
 * Create an opening with its first shifts, or edit an existing one's fields (its shifts are
 * edited in their own list then). The server's field errors appear at their field, a shift's too
 * (`shifts[1].end` → the second shift's end).
 */
export function OpeningForm(props: OpeningFormProps) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const projects = useOwnProjects(props.organisationId);
  // The selects take their first value from the form: they wait for their options.
  if (taxonomies.isPending || projects.isPending) {
    return <Loading label={t('search.loading')} />;
  }
  if (projects.isError) {
    return <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />;
  }
  return (
    <OpeningFields
      {...props}
      projects={projects.data}
      taxonomies={taxonomies.data}
      skills={taxonomies.data?.skills ?? []}
    />
  );
}

type OpeningFormProps = {
  organisationId: string;
  opening?: OpeningDetail;
  pending: boolean;
  error: unknown;
  conflictAction?: ReactNode;
  onSubmit: (request: OpeningFormResult) => void;
};

function OpeningFields({
  opening,
  pending,
  error,
  conflictAction,
  onSubmit,
  projects,
  taxonomies,
  skills,
}: OpeningFormProps & {
  projects: { id: number; title: string }[];
  taxonomies: Taxonomies | undefined;
  skills: Skill[];
}) {
  const { t, language } = useTranslation();
  const form = useZodForm(openingFormSchema, { defaultValues: initialValues(opening) });
  const { register, control } = form;
  const errors = form.formState.errors;
  const shifts = useFieldArray({ control, name: 'shifts' });
  const fieldError = useFieldError();
  const serverError = useDottedFieldNames(error);
  const shiftFieldNames = shifts.fields.flatMap((_, index) =>
    ['date', 'start', 'end', 'capacity'].map((name) => `shifts.${index}.${name}`),
  );
  const messages = useServerErrors(
    form.setError,
    serverError,
    [...OPENING_FIELDS, ...shiftFieldNames],
    { byStatus: { 409: t('agencyVolunteering.form.conflict') } },
  );
  const itemName = (item: { nameZh: string; nameEn: string }) =>
    language === 'en' ? item.nameEn : item.nameZh;

  const submit = form.handleSubmit((values: Values) =>
    onSubmit({
      projectId: Number(values.projectId),
      title: values.title,
      description: values.description,
      regionCode: values.regionCode,
      meetingPlace: values.meetingPlace,
      targetGroups: values.targetGroups,
      category: values.category,
      skills: values.skills,
      adultsOnly: values.adultsOnly,
      screening: values.screening,
      signupDeadline: fromDateTimeLocal(values.signupDeadline),
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      shifts: opening ? undefined : values.shifts.map(toShiftRequest),
    }),
  );

  return (
    <form className="form opening-form" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        id="opening-project"
        label={t('agencyVolunteering.form.project')}
        required
        error={fieldError(errors.projectId)}
        {...register('projectId')}
      >
        <option value="">{t('agencyVolunteering.form.chooseProject')}</option>
        {projects.map((project) => (
          <option key={project.id} value={String(project.id)}>
            {project.title}
          </option>
        ))}
      </SelectField>
      <TextField
        id="opening-title"
        label={t('agencyVolunteering.form.title')}
        required
        maxLength={200}
        error={fieldError(errors.title)}
        {...register('title')}
      />
      <TextAreaField
        id="opening-description"
        label={t('agencyVolunteering.form.description')}
        rows={5}
        required
        maxLength={20000}
        error={fieldError(errors.description)}
        {...register('description')}
      />
      <Controller
        control={control}
        name="regionCode"
        render={({ field }) => (
          <OpeningRegionPicker
            idPrefix="opening-region"
            value={field.value}
            onChange={field.onChange}
            error={fieldError(errors.regionCode)}
          />
        )}
      />
      <TextField
        id="opening-meetingPlace"
        label={t('agencyVolunteering.form.meetingPlace')}
        required
        maxLength={300}
        error={fieldError(errors.meetingPlace)}
        {...register('meetingPlace')}
      />
      <SelectField
        id="opening-category"
        label={t('agencyVolunteering.form.category')}
        required
        error={fieldError(errors.category)}
        {...register('category')}
      >
        <option value="">{t('agencyVolunteering.form.chooseCategory')}</option>
        {taxonomies?.serviceCategories.map((item) => (
          <option key={item.code} value={item.code}>
            {itemName(item)}
          </option>
        ))}
      </SelectField>
      {taxonomies ? (
        <TaxonomyCheckboxesField
          control={control}
          name="targetGroups"
          id="opening-targetGroups"
          legend={t('agencyVolunteering.form.targetGroups')}
          items={taxonomies.targetGroups}
        />
      ) : null}
      {skills.length > 0 ? (
        <TaxonomyCheckboxesField
          control={control}
          name="skills"
          id="opening-skills"
          legend={t('agencyVolunteering.form.skills')}
          items={skills}
        />
      ) : null}
      <div className="checkbox-field">
        <input id="opening-adultsOnly" type="checkbox" {...register('adultsOnly')} />
        <label htmlFor="opening-adultsOnly">{t('agencyVolunteering.form.adultsOnly')}</label>
      </div>
      <fieldset aria-invalid={errors.screening ? true : undefined}>
        <legend>{t('agencyVolunteering.form.screening')}</legend>
        <div className="checkbox-field">
          <input
            id="opening-screening-automatic"
            type="radio"
            value="automatic"
            {...register('screening')}
          />
          <label htmlFor="opening-screening-automatic">
            {t('agencyVolunteering.form.screeningAutomatic')}
          </label>
        </div>
        <div className="checkbox-field">
          <input
            id="opening-screening-approval"
            type="radio"
            value="approval"
            {...register('screening')}
          />
          <label htmlFor="opening-screening-approval">
            {t('agencyVolunteering.form.screeningApproval')}
          </label>
        </div>
        {errors.screening ? <p className="field-error">{fieldError(errors.screening)}</p> : null}
      </fieldset>
      <TextField
        id="opening-signupDeadline"
        label={t('agencyVolunteering.form.signupDeadline')}
        hint={t('agencyVolunteering.form.timeZoneHint')}
        type="datetime-local"
        required
        error={fieldError(errors.signupDeadline)}
        {...register('signupDeadline')}
      />
      <TextField
        id="opening-contactName"
        label={t('agencyVolunteering.form.contactName')}
        required
        maxLength={100}
        autoComplete="off"
        error={fieldError(errors.contactName)}
        {...register('contactName')}
      />
      <TextField
        id="opening-contactPhone"
        label={t('agencyVolunteering.form.contactPhone')}
        type="tel"
        required
        maxLength={30}
        autoComplete="off"
        error={fieldError(errors.contactPhone)}
        {...register('contactPhone')}
      />
      {opening ? null : (
        <fieldset className="shifts-fieldset">
          <legend>{t('agencyVolunteering.shift.heading')}</legend>
          <p className="field-hint">{t('agencyVolunteering.form.timeZoneHint')}</p>
          {shifts.fields.map((shift, index) => (
            <div key={shift.id} className="shift-entry" data-shift-index={index}>
              <ShiftFields
                idPrefix={`opening-shift-${index}`}
                prefix={`shifts.${index}.`}
                register={register}
                errors={errors.shifts?.[index]}
                number={index + 1}
              />
              {shifts.fields.length > 1 ? (
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => shifts.remove(index)}
                >
                  {t('agencyVolunteering.shift.remove', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {errors.shifts?.message || errors.shifts?.root?.message ? (
            <p className="field-error">
              {fieldError(
                errors.shifts.root ?? { type: errors.shifts.type, message: errors.shifts.message },
              )}
            </p>
          ) : null}
          <button type="button" className="secondary" onClick={() => shifts.append(emptyShift())}>
            {t('agencyVolunteering.shift.add')}
          </button>
        </fieldset>
      )}
      <FormAlert messages={messages} />
      {messages.length > 0 && conflictAction ? conflictAction : null}
      <button type="submit" disabled={pending}>
        {pending
          ? t('forms.sending')
          : opening
            ? t('forms.save')
            : t('agencyVolunteering.form.createDraft')}
      </button>
    </form>
  );
}
