import { useEffect, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import * as z from 'zod/mini';

import { RegionPickerField, TaxonomyCheckboxesField } from '@/components/choice-fields';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useOwnProjects, type StoryFields } from '../api/agency';
import type { Story } from '../api/schemas';
import '../i18n';
import { RichTextEditor } from './rich-text-editor';

const storyFormSchema = z.object({
  projectId: z.string().check(z.minLength(1, 'forms.required')),
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'forms.required'), z.maxLength(200, 'forms.tooLong')),
  summary: z.string().check(z.trim(), z.maxLength(500, 'forms.tooLong')),
  regionCode: z.string().check(z.minLength(1, 'forms.required')),
  targetGroups: z.array(z.string()).check(z.minLength(1, 'forms.required')),
  serviceCategory: z.string(),
  programme: z.string(),
  bodyHtml: z.string(),
});
export type StoryFormValues = z.infer<typeof storyFormSchema>;

export const STORY_FIELDS = [
  'projectId',
  'title',
  'summary',
  'regionCode',
  'targetGroups',
  'serviceCategory',
  'programme',
  'bodyHtml',
] as const;

export function storyFormValues(story?: Story): StoryFormValues {
  return {
    projectId: story ? String(story.projectId) : '',
    title: story?.title ?? '',
    summary: story?.summary ?? '',
    regionCode: story?.regionCode ?? '',
    targetGroups: story?.targetGroups ?? [],
    serviceCategory: story?.serviceCategory ?? '',
    programme: story?.programme ?? '',
    bodyHtml: story?.bodyHtml ?? '',
  };
}

export function toStoryFields(values: StoryFormValues): StoryFields {
  return {
    projectId: Number(values.projectId),
    title: values.title,
    summary: values.summary,
    bodyHtml: values.bodyHtml,
    regionCode: values.regionCode,
    targetGroups: values.targetGroups,
    serviceCategory: values.serviceCategory || null,
    programme: values.programme || null,
  };
}

/**
 * The story's fields and body. `values` are what the server holds (a reload resets the form to
 * them); `onSave` sends the form's values; `alert` shows above the buttons (the 409 choice).
 */
export function StoryForm({
  organisationId,
  values,
  pending,
  error,
  byStatus,
  onSave,
  onDirtyChange,
  alert,
  readOnly = false,
  submitLabel,
}: {
  organisationId: string;
  values: StoryFormValues;
  pending: boolean;
  error: unknown;
  byStatus?: Partial<Record<number, string>>;
  onSave: (values: StoryFormValues) => void;
  onDirtyChange?: (dirty: boolean) => void;
  alert?: ReactNode;
  readOnly?: boolean;
  submitLabel: string;
}) {
  const { t, language } = useTranslation();
  const fieldError = useFieldError();
  const taxonomies = useTaxonomies();
  const projects = useOwnProjects(organisationId);
  const form = useZodForm(storyFormSchema, { defaultValues: values });
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = form;
  const messages = useServerErrors(setError, error, STORY_FIELDS, byStatus ? { byStatus } : {});

  // The server's answer becomes the form's baseline (after a save, or "use the saved version").
  useEffect(() => reset(values), [values, reset]);
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  const name = (item: { nameZh: string; nameEn: string }) =>
    language === 'en' ? item.nameEn : item.nameZh;

  return (
    <form className="form story-form" noValidate onSubmit={handleSubmit(onSave)}>
      <fieldset disabled={readOnly || pending}>
        <legend>{t('stories.form.about')}</legend>
        {projects.isError ? <ErrorMessage error={projects.error} /> : null}
        <SelectField
          id="story-projectId"
          label={t('stories.form.project')}
          error={fieldError(errors.projectId)}
          {...register('projectId')}
        >
          <option value="">{t('stories.form.chooseProject')}</option>
          {projects.data?.map((project) => (
            <option key={project.id} value={String(project.id)}>
              {project.title}
            </option>
          ))}
        </SelectField>
        <TextField
          id="story-title"
          label={t('stories.form.title')}
          maxLength={200}
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <TextAreaField
          id="story-summary"
          label={t('stories.form.summary')}
          rows={2}
          maxLength={500}
          error={fieldError(errors.summary)}
          {...register('summary')}
        />
        <RegionPickerField
          control={control}
          name="regionCode"
          id="story-regionCode"
          idPrefix="story-region"
          legend={t('stories.form.region')}
        />
        {taxonomies.data ? (
          <>
            <TaxonomyCheckboxesField
              control={control}
              name="targetGroups"
              id="story-targetGroups"
              legend={t('stories.form.targetGroups')}
              items={taxonomies.data.targetGroups}
            />
            <SelectField
              id="story-serviceCategory"
              label={t('stories.form.category')}
              error={fieldError(errors.serviceCategory)}
              {...register('serviceCategory')}
            >
              <option value="">{t('stories.form.none')}</option>
              {taxonomies.data.serviceCategories.map((item) => (
                <option key={item.code} value={item.code}>
                  {name(item)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="story-programme"
              label={t('stories.form.programme')}
              error={fieldError(errors.programme)}
              {...register('programme')}
            >
              <option value="">{t('stories.form.none')}</option>
              {taxonomies.data.programmes.map((item) => (
                <option key={item.code} value={item.code}>
                  {name(item)}
                </option>
              ))}
            </SelectField>
          </>
        ) : taxonomies.isError ? (
          <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
        ) : null}
        <Controller
          control={control}
          name="bodyHtml"
          render={({ field }) => (
            <RichTextEditor
              id="story-bodyHtml"
              label={t('stories.form.body')}
              hint={t('stories.form.bodyHint')}
              value={field.value}
              onChange={field.onChange}
              editorRef={field.ref}
              readOnly={readOnly}
              error={fieldError(errors.bodyHtml)}
            />
          )}
        />
      </fieldset>
      <FormAlert messages={messages} />
      {alert}
      {readOnly ? null : (
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? t('forms.sending') : submitLabel}
          </button>
          {isDirty ? (
            <span className="field-hint" data-testid="unsaved">
              {t('stories.form.unsaved')}
            </span>
          ) : null}
        </div>
      )}
    </form>
  );
}
