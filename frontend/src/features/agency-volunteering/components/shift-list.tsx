import { useState } from 'react';
import { Link } from 'react-router';

import { ReasonForm } from '@/components/reason-form';
import { useTranslation } from '@/lib/i18n/i18n';

import { useCancelShift, useSaveShift } from '../api/save-shift';
import type { OpeningDetail } from '../api/schemas';
import { shiftStatusLabel } from '../utils/labels';
import { formatShift } from '../utils/time';

import { paths } from './back-link';
import { ShiftForm } from './shift-form';

type Editing =
  { kind: 'add' } | { kind: 'edit'; shiftId: number } | { kind: 'cancel'; shiftId: number };

/** An opening's shifts: places taken and free, roster and hours; add, change, cancel with a reason. */
export function ShiftList({
  organisationId,
  opening,
}: {
  organisationId: string;
  opening: OpeningDetail;
}) {
  const { t } = useTranslation();
  const save = useSaveShift();
  const cancel = useCancelShift();
  const [editing, setEditing] = useState<Editing | null>(null);
  const editable = opening.status === 'draft' || opening.status === 'published';
  const close = () => {
    save.reset();
    cancel.reset();
    setEditing(null);
  };
  const target = { organisationId, openingId: opening.id };

  return (
    <section id="shifts" aria-labelledby="shifts-heading">
      <h2 id="shifts-heading">{t('agencyVolunteering.shift.heading')}</h2>
      <p className="field-hint">{t('agencyVolunteering.form.timeZoneHint')}</p>
      {opening.shifts.length === 0 ? <p>{t('agencyVolunteering.shift.none')}</p> : null}
      <ul className="card-list" role="list" aria-label={t('agencyVolunteering.shift.heading')}>
        {opening.shifts.map((shift) => {
          const when = formatShift(shift.startsAt, shift.endsAt);
          const cancelled = shift.status === 'cancelled';
          return (
            <li key={shift.id} data-shift-id={shift.id} data-status={shift.status ?? undefined}>
              <p>
                <strong>{when}</strong>{' '}
                {shift.status ? (
                  <span className={`badge status-${shift.status}`}>
                    {shiftStatusLabel(t, shift.status)}
                  </span>
                ) : null}
              </p>
              <p className="muted">
                {[
                  t('agencyVolunteering.shift.places', {
                    confirmed: shift.confirmed ?? 0,
                    capacity: shift.capacity,
                  }),
                  shift.free != null
                    ? t('agencyVolunteering.openings.free', { free: shift.free })
                    : '',
                  shift.waitlisted
                    ? t('agencyVolunteering.shift.waitlisted', { count: shift.waitlisted })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="actions">
                <Link
                  to={paths.roster(organisationId, shift.id)}
                  aria-label={t('agencyVolunteering.shift.rosterLabel', { when })}
                >
                  {t('agencyVolunteering.shift.roster')}
                </Link>
                <Link
                  to={paths.hours(organisationId, shift.id)}
                  aria-label={t('agencyVolunteering.shift.hoursLabel', { when })}
                >
                  {t('agencyVolunteering.shift.hours')}
                </Link>
                {editable && !cancelled ? (
                  <>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('agencyVolunteering.shift.editLabel', { when })}
                      onClick={() => {
                        close();
                        setEditing({ kind: 'edit', shiftId: shift.id });
                      }}
                    >
                      {t('agencyVolunteering.shift.edit')}
                    </button>
                    <button
                      type="button"
                      className="secondary danger"
                      aria-label={t('agencyVolunteering.shift.cancelLabel', { when })}
                      onClick={() => {
                        close();
                        setEditing({ kind: 'cancel', shiftId: shift.id });
                      }}
                    >
                      {t('agencyVolunteering.shift.cancel')}
                    </button>
                  </>
                ) : null}
              </div>
              {editing?.kind === 'edit' && editing.shiftId === shift.id ? (
                <ShiftForm
                  idPrefix={`shift-${shift.id}`}
                  shift={shift}
                  pending={save.isPending}
                  error={save.error}
                  onCancel={close}
                  onSubmit={(input) =>
                    save.mutate(
                      {
                        ...target,
                        shiftId: shift.id,
                        input: { ...input, version: shift.version ?? null },
                      },
                      { onSuccess: close },
                    )
                  }
                />
              ) : null}
              {editing?.kind === 'cancel' && editing.shiftId === shift.id ? (
                <ReasonForm
                  id={`shift-${shift.id}-reason`}
                  maxLength={1000}
                  label={t('agencyVolunteering.shift.cancelReason')}
                  submitLabel={t('agencyVolunteering.shift.cancelConfirm')}
                  pending={cancel.isPending}
                  error={cancel.error}
                  onCancel={close}
                  onSubmit={(reason) =>
                    cancel.mutate({ ...target, shiftId: shift.id, reason }, { onSuccess: close })
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {editable ? (
        editing?.kind === 'add' ? (
          <ShiftForm
            idPrefix="new-shift"
            pending={save.isPending}
            error={save.error}
            onCancel={close}
            onSubmit={(input) => save.mutate({ ...target, input }, { onSuccess: close })}
          />
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              close();
              setEditing({ kind: 'add' });
            }}
          >
            {t('agencyVolunteering.shift.add')}
          </button>
        )
      ) : null}
    </section>
  );
}
