import * as z from 'zod/mini';

import { FormAlert, TextAreaField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDeclare } from '../api/assignments';

const declarationSchema = z
  .object({
    conflict: z
      .string()
      .check(
        z.refine((value) => value === 'none' || value === 'conflict', 'review.declaration.choose'),
      ),
    reason: z.string(),
  })
  .check(
    z.refine((values) => values.conflict === 'none' || values.reason.trim().length > 0, {
      message: 'review.declaration.reasonRequired',
      path: ['reason'],
    }),
  );

/**
 * Before reading an application the reviewer declares a conflict of interest or none. With a
 * conflict they never see it (the funder is told to reassign); the reason is then required.
 */
export function DeclarationForm({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const declare = useDeclare();
  const form = useZodForm(declarationSchema, {
    defaultValues: { conflict: '', reason: '' },
  });
  const fieldError = useFieldError();
  const errors = form.formState.errors;
  const messages = useServerErrors(form.setError, declare.error, ['conflict', 'reason']);
  const conflict = form.watch('conflict');
  const submit = form.handleSubmit((values) =>
    declare.mutate({
      assignmentId,
      conflict: values.conflict === 'conflict',
      reason: values.reason.trim(),
    }),
  );
  return (
    <form
      className="form declaration-form"
      aria-labelledby="declaration-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="declaration-heading">{t('review.declaration.title')}</h2>
      <p>{t('review.declaration.explain')}</p>
      <fieldset aria-invalid={errors.conflict ? true : undefined}>
        <legend>{t('review.declaration.legend')}</legend>
        <div className="checkbox-field">
          <input id="declaration-none" type="radio" value="none" {...form.register('conflict')} />
          <label htmlFor="declaration-none">{t('review.declaration.none')}</label>
        </div>
        <div className="checkbox-field">
          <input
            id="declaration-conflict"
            type="radio"
            value="conflict"
            {...form.register('conflict')}
          />
          <label htmlFor="declaration-conflict">{t('review.declaration.conflict')}</label>
        </div>
        {errors.conflict ? <p className="field-error">{fieldError(errors.conflict)}</p> : null}
      </fieldset>
      <TextAreaField
        id="declaration-reason"
        label={
          conflict === 'conflict'
            ? t('review.declaration.reasonConflict')
            : t('review.declaration.reason')
        }
        rows={3}
        maxLength={2000}
        required={conflict === 'conflict'}
        error={fieldError(errors.reason)}
        {...form.register('reason')}
      />
      <FormAlert messages={messages} />
      <button type="submit" disabled={declare.isPending}>
        {declare.isPending ? t('forms.sending') : t('review.declaration.submit')}
      </button>
    </form>
  );
}
