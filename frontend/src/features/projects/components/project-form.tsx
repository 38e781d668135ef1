import type { ReactNode } from 'react';
import * as z from 'zod/mini';

import { RegionMultiPickerField, TaxonomyCheckboxesField } from '@/components/choice-fields';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { fenToYuan, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { ProjectDetail } from '../api/get-project';
import { PROJECT_FIELDS, type ProjectRequest } from '../api/save-project';

/** What the user edits: the budget in yuan as typed, dates as the date inputs give them. */
const projectFormSchema = z
  .object({
    title: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
    description: z.string(),
    // the API requires programme, dates and budget (ProjectDraft); the funding type may be empty
    programme: z.string().check(z.minLength(1, 'forms.required')),
    fundingType: z.string(),
    startDate: z.string().check(z.minLength(1, 'forms.required')),
    endDate: z.string().check(z.minLength(1, 'forms.required')),
    budgetYuan: z.string().check(
      z.trim(),
      z.minLength(1, 'forms.required'),
      z.refine((yuan) => yuan === '' || yuanToFen(yuan) !== null, 'editor.budgetFormat'),
    ),
    regionCodes: z.array(z.string()),
    targetGroups: z.array(z.string()),
    serviceCategories: z.array(z.string()),
  })
  .check(
    z.refine(
      (values) => !values.startDate || !values.endDate || values.endDate >= values.startDate,
      {
        message: 'editor.endBeforeStart',
        path: ['endDate'],
      },
    ),
  );
type Values = z.infer<typeof projectFormSchema>;

function initialValues(project?: ProjectDetail): Values {
  return {
    title: project?.title ?? '',
    description: project?.description ?? '',
    programme: project?.programme ?? '',
    fundingType: project?.fundingType ?? '',
    startDate: project?.startDate?.slice(0, 10) ?? '',
    endDate: project?.endDate?.slice(0, 10) ?? '',
    budgetYuan: fenToYuan(project?.budgetFen),
    regionCodes: project?.regions.map((region) => region.code) ?? [],
    targetGroups: project?.targetGroups ?? [],
    serviceCategories: project?.serviceCategories ?? [],
  };
}

/** Create or edit a project. Money is typed in yuan and sent as integer fen. */
export function ProjectForm({
  project,
  pending,
  error,
  conflictAction,
  onSubmit,
}: {
  project?: ProjectDetail;
  pending: boolean;
  error: unknown;
  conflictAction?: ReactNode;
  onSubmit: (request: ProjectRequest) => void;
}) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const form = useZodForm(projectFormSchema, { defaultValues: initialValues(project) });
  const { register, control } = form;
  const errors = form.formState.errors;
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, error, PROJECT_FIELDS, {
    byStatus: { 409: t('editor.conflict') },
    rename: { budgetFen: 'budgetYuan' },
  });
  const itemName = (item: { nameZh: string; nameEn: string }) =>
    language === 'en' ? item.nameEn : item.nameZh;

  const submit = form.handleSubmit((values) =>
    onSubmit({
      title: values.title,
      description: values.description,
      programme: values.programme,
      fundingType: values.fundingType || null,
      startDate: values.startDate,
      endDate: values.endDate,
      budgetFen: yuanToFen(values.budgetYuan) ?? 0,
      regionCodes: values.regionCodes,
      targetGroups: values.targetGroups,
      serviceCategories: values.serviceCategories,
      version: project?.version ?? null,
    }),
  );

  return (
    <form className="form project-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="project-title"
        label={t('editor.title')}
        required
        maxLength={200}
        error={fieldError(errors.title)}
        {...register('title')}
      />
      <TextAreaField
        id="project-description"
        label={t('project.description')}
        rows={6}
        maxLength={10000}
        error={fieldError(errors.description)}
        {...register('description')}
      />
      <SelectField
        id="project-programme"
        label={t('project.programme')}
        error={fieldError(errors.programme)}
        {...register('programme')}
      >
        <option value="">{t('project.none')}</option>
        {taxonomies.data?.programmes.map((item) => (
          <option key={item.code} value={item.code}>
            {itemName(item)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="project-fundingType"
        label={t('project.fundingType')}
        error={fieldError(errors.fundingType)}
        {...register('fundingType')}
      >
        <option value="">{t('project.none')}</option>
        {taxonomies.data?.fundingTypes.map((item) => (
          <option key={item.code} value={item.code}>
            {itemName(item)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="project-startDate"
        label={t('editor.startDate')}
        type="date"
        error={fieldError(errors.startDate)}
        {...register('startDate')}
      />
      <TextField
        id="project-endDate"
        label={t('editor.endDate')}
        type="date"
        error={fieldError(errors.endDate)}
        {...register('endDate')}
      />
      <TextField
        id="project-budget"
        label={t('editor.budget')}
        hint={t('editor.budgetHint')}
        inputMode="decimal"
        maxLength={20}
        error={fieldError(errors.budgetYuan)}
        {...register('budgetYuan')}
      />
      <RegionMultiPickerField
        control={control}
        name="regionCodes"
        idPrefix="project-region"
        legend={t('project.regions')}
      />
      {taxonomies.data ? (
        <>
          <TaxonomyCheckboxesField
            control={control}
            name="targetGroups"
            id="project-targetGroups"
            legend={t('project.targetGroups')}
            items={taxonomies.data.targetGroups}
          />
          <TaxonomyCheckboxesField
            control={control}
            name="serviceCategories"
            id="project-serviceCategories"
            legend={t('project.categories')}
            items={taxonomies.data.serviceCategories}
          />
        </>
      ) : null}
      <FormAlert messages={messages} />
      {messages.length > 0 && conflictAction ? conflictAction : null}
      <button type="submit" disabled={pending}>
        {pending ? t('forms.sending') : t('forms.save')}
      </button>
    </form>
  );
}
