import { useEffect } from 'react';
import * as z from 'zod/mini';

import { FormAlert, TextAreaField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

const reasonSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'funder.reason.required')),
});

/**
 * Asks for the reason of a decision people are told about (cancel a call, reject an application,
 * decline an award, reject a payment, return a report). Nothing is sent without one.
 */
export function ReasonForm({
  id,
  label,
  submitLabel,
  pending,
  error,
  field = 'reason',
  onSubmit,
  onCancel,
}: {
  id: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** The server's name for the text (`reason`, `comment`). */
  field?: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(reasonSchema, { defaultValues: { reason: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, error, [field], {
    rename: { [field]: 'reason' },
  });
  const { setFocus } = form;
  // the form opens on a click: the reason is what the user types next
  useEffect(() => setFocus('reason'), [setFocus]);
  const submit = form.handleSubmit((values) => onSubmit(values.reason));
  return (
    <form className="form reason-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={id}
        label={label}
        rows={3}
        maxLength={2000}
        required
        error={fieldError(form.formState.errors.reason)}
        {...form.register('reason')}
      />
      <FormAlert messages={messages} />
      <div className="actions">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? t('forms.sending') : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
