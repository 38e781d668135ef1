import { useState, type FormEvent } from 'react';

import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import type { EntryBody } from '../api/programmes';

import '../i18n';

const FIELDS = ['kind', 'date', 'count', 'note'] as const;

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
  const [kind, setKind] = useState(kinds[0] ?? '');
  const [date, setDate] = useState('');
  const [count, setCount] = useState('1');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const problems = formErrors(error, FIELDS, t);
  const message = (field: string) =>
    missing.includes(field) ? t('programmes.admin.required') : problems.fields[field];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = [!date ? 'date' : '', !count.trim() ? 'count' : ''].filter(Boolean);
    setMissing(empty);
    if (empty.length > 0) return;
    onSubmit({ kind, date, count: Number(count), note: note.trim() });
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <FormAlert messages={problems.messages} />
      <SelectField
        id={`${id}-kind`}
        label={t('programmes.admin.fields.kind')}
        value={kind}
        error={message('kind')}
        onChange={(event) => setKind(event.target.value)}
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
        value={date}
        error={message('date')}
        onChange={(event) => setDate(event.target.value)}
      />
      <TextField
        id={`${id}-count`}
        type="number"
        inputMode="numeric"
        min={1}
        label={t('programmes.admin.fields.count')}
        value={count}
        error={message('count')}
        onChange={(event) => setCount(event.target.value)}
      />
      <TextAreaField
        id={`${id}-note`}
        rows={2}
        maxLength={1000}
        label={t('programmes.admin.fields.note')}
        value={note}
        error={message('note')}
        onChange={(event) => setNote(event.target.value)}
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
