import * as z from 'zod/mini';

import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import type { EntryBody } from '../api/programmes';

import '../i18n';

const FIELDS = ['kind', 'date', 'count', 'note'] as const;

const entrySchema = z.object({
  kind: z.string().check(z.minLength(1, 'programmes.admin.required')),
  date: z.string().check(z.minLength(1, 'programmes.admin.required')),
  count: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'programmes.admin.required'),
      z.regex(/^\d{1,6}$/, 'programmes.admin.wholeNumber'),
    ),
  note: z.string().check(z.trim(), z.maxLength(1000, 'forms.tooLong')),
});

/**
 * A dated entry with a count: a support-log entry of a pair or an activity of a partnership. Empty
 * required fields are named before anything is sent; the server's refusals appear at their field.
 */
export function EntryForm({
  id,
  title,
  kinds,
  pending,
  error,
  done,
  onSubmit,
}: {
  id: string;
  title: string;
  kinds: readonly string[];
  pending: boolean;
  error: unknown;
  done: boolean;
  onSubmit: (body: EntryBody) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useZodForm(entrySchema, {
    defaultValues: { kind: kinds[0] ?? '', date: '', count: '1', note: '' },
  });
  const messages = useServerErrors(setError, error, FIELDS);
  const submit = handleSubmit((values) => onSubmit({ ...values, count: Number(values.count) }));
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <FormAlert messages={messages} />
      <SelectField
        id={`${id}-kind`}
        label={t('programmes.admin.fields.kind')}
        error={fieldError(errors.kind)}
        {...register('kind')}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`programmes.kinds.${k as 'training'}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('programmes.admin.fields.date')}
        error={fieldError(errors.date)}
        {...register('date')}
      />
      <TextField
        id={`${id}-count`}
        type="number"
        inputMode="numeric"
        min={1}
        label={t('programmes.admin.fields.count')}
        error={fieldError(errors.count)}
        {...register('count')}
      />
      <TextAreaField
        id={`${id}-note`}
        rows={2}
        maxLength={1000}
        label={t('programmes.admin.fields.note')}
        error={fieldError(errors.note)}
        {...register('note')}
      />
      {done ? (
        <p role="status" className="notice">
          {t('programmes.agency.added')}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {t('programmes.admin.save')}
      </button>
    </form>
  );
}
