import { useEffect, useState, type FormEvent } from 'react';
import * as z from 'zod/mini';

import { FormActions } from '@/components/form-actions';
import { FormAlert, TextAreaField } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

const reasonSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'forms.reasonRequired')),
});

/**
 * Asks for the reason of a decision people are told about (cancel a call or an opening, reject an
 * application, decline a volunteer…), opened on a click and closed with Cancel. Nothing is sent
 * without one.
 */
export function ReasonForm({
  id,
  label,
  submitLabel,
  pending,
  error,
  field = 'reason',
  maxLength = 2000,
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
  maxLength?: number;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
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
        maxLength={maxLength}
        required
        error={fieldError(form.formState.errors.reason)}
        {...form.register('reason')}
      />
      <FormAlert messages={messages} />
      <FormActions submitLabel={submitLabel} pending={pending} danger onCancel={onCancel} />
    </form>
  );
}

/**
 * A reason and a button that stand on the page (return or unpublish a story, refuse an award,
 * withdraw an application); an empty required reason sends nothing.
 */
export function StandingReasonForm({
  id,
  label,
  submitLabel,
  required = true,
  pending,
  error,
  onSubmit,
}: {
  id: string;
  label: string;
  submitLabel: string;
  required?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (required && !reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit(reason.trim());
  };
  const problems = formErrors(error, ['reason'], t);
  return (
    <form className="form reason-form" noValidate onSubmit={submit}>
      <FormAlert messages={problems.messages} />
      <TextAreaField
        id={`${id}-reason`}
        label={label}
        rows={3}
        maxLength={2000}
        value={reason}
        error={missing ? t('forms.reasonRequired') : problems.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="danger" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
