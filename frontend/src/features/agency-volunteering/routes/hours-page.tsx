import { useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useRoster } from '../api/get-roster';
import type { ShiftRecord } from '../api/schemas';
import {
  useConfirmShiftRecords,
  useSaveShiftRecords,
  useShiftRecords,
  type RecordEntry,
} from '../api/shift-records';
import { BackLink, paths } from '../components/back-link';
import { hoursToMinutes, minutesToHours } from '../utils/hours';
import { attendanceLabel, recordStatusLabel } from '../utils/labels';
import { useDottedFieldNames } from '../utils/server-errors';
import { formatShift } from '../utils/time';

const MAX_MINUTES = 24 * 60;

const hoursSchema = z.object({
  entries: z.array(
    z.object({
      signupId: z.number(),
      hours: z.string().check(
        z.trim(),
        z.minLength(1, 'forms.required'),
        z.refine((text) => {
          const minutes = hoursToMinutes(text);
          return minutes !== null && minutes > 0 && minutes <= MAX_MINUTES;
        }, 'agencyVolunteering.hours.format'),
      ),
      content: z.string(),
      evaluation: z.string(),
    }),
  ),
});

/** Attended volunteers whose record may still be written: none yet, or a draft. */
const editable = (row: ShiftRecord) =>
  row.attendance === 'attended' && (!row.record || row.record.status === 'draft');

/** /my/organisations/:organisationId/shifts/:shiftId/hours — record and confirm hours. */
export default function HoursPage() {
  const { t } = useTranslation();
  const { organisationId = '', shiftId = '' } = useParams();
  const records = useShiftRecords(organisationId, shiftId);
  const roster = useRoster(organisationId, shiftId);
  // kept here: the form starts again after each save, the outcome stays on the page
  const save = useSaveShiftRecords();
  const confirm = useConfirmShiftRecords();

  if (records.isPending) return <Loading label={t('search.loading')} />;
  if (records.isError) {
    return <ErrorMessage error={records.error} onRetry={() => void records.refetch()} />;
  }
  const opening = roster.data?.opening;
  const shift = roster.data?.shift;
  // The form starts again from the server's answer after each save or confirmation.
  const version = records.data
    .map(
      (row) =>
        `${row.signupId}:${row.record?.id ?? ''}:${row.record?.version ?? ''}:${row.record?.status ?? ''}`,
    )
    .join(',');

  return (
    <div className="hours-page" data-shift-id={shiftId}>
      <title>{`${t('agencyVolunteering.hours.title')} · ${t('app.name')}`}</title>
      {opening ? (
        <BackLink
          to={paths.roster(organisationId, shiftId)}
          label={t('agencyVolunteering.backToRoster')}
        />
      ) : null}
      <h1>{t('agencyVolunteering.hours.title')}</h1>
      {opening && shift ? (
        <p>
          <strong>{opening.title}</strong> · {formatShift(shift.startsAt, shift.endsAt)}
        </p>
      ) : null}
      <p className="field-hint">{t('agencyVolunteering.hours.explain')}</p>
      <HoursForm
        key={version}
        organisationId={organisationId}
        shiftId={shiftId}
        rows={records.data}
        save={save}
        confirm={confirm}
      />
    </div>
  );
}

function HoursForm({
  organisationId,
  shiftId,
  rows,
  save,
  confirm,
}: {
  organisationId: string;
  shiftId: string;
  rows: ShiftRecord[];
  save: ReturnType<typeof useSaveShiftRecords>;
  confirm: ReturnType<typeof useConfirmShiftRecords>;
}) {
  const { t } = useTranslation();
  const open = rows.filter(editable);
  const form = useZodForm(hoursSchema, {
    defaultValues: {
      entries: open.map((row) => ({
        signupId: row.signupId,
        hours: minutesToHours(row.record?.minutes ?? row.defaultMinutes),
        content: row.record?.content ?? '',
        evaluation: row.record?.evaluation ?? '',
      })),
    },
  });
  const fieldError = useFieldError();
  const errors = form.formState.errors.entries;
  const error = useDottedFieldNames(save.error ?? confirm.error);
  const fields = open.flatMap((_, index) =>
    ['minutes', 'content', 'evaluation'].map((name) => `entries.${index}.${name}`),
  );
  const rename = Object.fromEntries(
    open.map((_, index) => [`entries.${index}.minutes`, `entries.${index}.hours` as const]),
  );
  const messages = useServerErrors(form.setError, error, fields, { rename });
  const pending = save.isPending || confirm.isPending;

  const entries = (values: z.infer<typeof hoursSchema>): RecordEntry[] =>
    values.entries.map((entry) => ({
      signupId: entry.signupId,
      minutes: hoursToMinutes(entry.hours) ?? 0,
      content: entry.content,
      evaluation: entry.evaluation,
    }));
  const saveDraft = form.handleSubmit((values) => {
    confirm.reset();
    save.mutate({ organisationId, shiftId, entries: entries(values) });
  });
  const saveAndConfirm = form.handleSubmit(async (values) => {
    confirm.reset();
    const saved = await save
      .mutateAsync({ organisationId, shiftId, entries: entries(values) })
      .catch(() => null);
    if (!saved) return;
    const ids = new Set(values.entries.map((entry) => entry.signupId));
    const recordIds = saved
      .filter((row) => ids.has(row.signupId) && row.record?.status === 'draft')
      .map((row) => row.record!.id);
    if (recordIds.length > 0) confirm.mutate({ organisationId, shiftId, recordIds });
  });

  if (rows.length === 0) return <p>{t('agencyVolunteering.hours.none')}</p>;
  // the position of each open row among the form's entries
  const entryIndex = new Map(open.map((row, at) => [row.signupId, at]));
  return (
    <form className="form hours-form" onSubmit={(event) => void saveDraft(event)} noValidate>
      <ul className="card-list" role="list" aria-label={t('agencyVolunteering.roster.volunteers')}>
        {rows.map((row) => {
          if (!editable(row)) {
            return (
              <li
                key={row.signupId}
                data-signup-id={row.signupId}
                data-record-status={row.record?.status}
              >
                <p>
                  <strong>{row.name}</strong>{' '}
                  <span className="monospace muted">{row.idNumberMasked}</span>
                </p>
                {row.record ? (
                  <p>
                    {t('agencyVolunteering.hours.recorded', {
                      hours: minutesToHours(row.record.minutes),
                    })}{' '}
                    <span className={`badge status-${row.record.status}`}>
                      {recordStatusLabel(t, row.record.status)}
                    </span>
                  </p>
                ) : (
                  <p className="muted">
                    {row.attendance
                      ? attendanceLabel(t, row.attendance)
                      : t('agencyVolunteering.hours.notAttended')}
                  </p>
                )}
              </li>
            );
          }
          const at = entryIndex.get(row.signupId) ?? 0;
          const id = `hours-${row.signupId}`;
          return (
            <li
              key={row.signupId}
              data-signup-id={row.signupId}
              data-record-status={row.record?.status ?? 'none'}
            >
              <p>
                <strong>{row.name}</strong>{' '}
                <span className="monospace muted">{row.idNumberMasked}</span>{' '}
                {row.record ? (
                  <span className={`badge status-${row.record.status}`}>
                    {recordStatusLabel(t, row.record.status)}
                  </span>
                ) : null}
              </p>
              <TextField
                id={`${id}-hours`}
                label={t('agencyVolunteering.hours.hoursFor', { name: row.name })}
                hint={t('agencyVolunteering.hours.defaultHint', {
                  hours: minutesToHours(row.defaultMinutes),
                })}
                inputMode="decimal"
                maxLength={6}
                required
                error={fieldError(errors?.[at]?.hours)}
                {...form.register(`entries.${at}.hours`)}
              />
              <TextField
                id={`${id}-content`}
                label={t('agencyVolunteering.hours.contentFor', { name: row.name })}
                maxLength={500}
                error={fieldError(errors?.[at]?.content)}
                {...form.register(`entries.${at}.content`)}
              />
              <TextField
                id={`${id}-evaluation`}
                label={t('agencyVolunteering.hours.evaluationFor', { name: row.name })}
                maxLength={500}
                error={fieldError(errors?.[at]?.evaluation)}
                {...form.register(`entries.${at}.evaluation`)}
              />
            </li>
          );
        })}
      </ul>
      <FormAlert messages={messages} />
      {save.isSuccess && !confirm.isSuccess && !confirm.isPending ? (
        <p role="status">{t('agencyVolunteering.hours.saved')}</p>
      ) : null}
      {confirm.isSuccess ? <p role="status">{t('agencyVolunteering.hours.confirmed')}</p> : null}
      {open.length > 0 ? (
        <div className="actions">
          <button type="submit" className="secondary" disabled={pending}>
            {t('agencyVolunteering.hours.saveDraft')}
          </button>
          <button type="button" disabled={pending} onClick={(event) => void saveAndConfirm(event)}>
            {t('agencyVolunteering.hours.confirm')}
          </button>
        </div>
      ) : null}
      {open.length > 0 ? (
        <p className="field-hint">{t('agencyVolunteering.hours.confirmHint')}</p>
      ) : null}
    </form>
  );
}
