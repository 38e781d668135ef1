import { useState, type FormEvent } from 'react';

import { FormAlert } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

/** A required reason and a button (return, unpublish): an empty reason sends nothing. */
export function ReasonForm({
  id,
  label,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  id: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit(reason.trim());
  };
  const problems = formErrors(error, ['reason'], t);
  const fieldMessage = missing ? t('stories.reasonRequired') : problems.fields.reason;
  return (
    <form className="form reason-form" noValidate onSubmit={submit}>
      <FormAlert messages={problems.messages} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={2000}
          value={reason}
          aria-invalid={fieldMessage ? true : undefined}
          aria-describedby={fieldMessage ? `${id}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {fieldMessage ? (
          <p id={`${id}-reason-error`} className="field-error">
            {fieldMessage}
          </p>
        ) : null}
      </div>
      <button type="submit" className="danger" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
