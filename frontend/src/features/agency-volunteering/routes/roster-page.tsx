import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ReasonForm } from '@/components/reason-form';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDecideSignup } from '../api/decide-signup';
import { useRoster } from '../api/get-roster';
import type { RosterSignup } from '../api/schemas';
import { BackLink, paths } from '../components/back-link';
import { CheckInPanel } from '../components/check-in-panel';
import { attendanceLabel, signupStatusLabel } from '../utils/labels';
import { formatShift } from '../utils/time';

const ORDER = ['confirmed', 'pending', 'waitlisted', 'declined', 'cancelled'];

/** /my/organisations/:organisationId/shifts/:shiftId/roster — who comes, approvals, attendance, check-in. */
export default function RosterPage() {
  const { t } = useTranslation();
  const { organisationId = '', shiftId = '' } = useParams();
  const roster = useRoster(organisationId, shiftId);
  const decide = useDecideSignup();
  const [declining, setDeclining] = useState<number | null>(null);

  if (roster.isPending) return <Loading label={t('search.loading')} />;
  if (roster.isError)
    return <ErrorMessage error={roster.error} onRetry={() => void roster.refetch()} />;
  const { shift, opening, signups } = roster.data;
  const when = formatShift(shift.startsAt, shift.endsAt);
  const sorted = [...signups].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
      a.signupId - b.signupId,
  );
  const mutate = (
    signup: RosterSignup,
    decision: Parameters<typeof decide.mutate>[0]['decision'],
  ) =>
    decide.mutate(
      { organisationId, shiftId, signupId: signup.signupId, decision },
      { onSuccess: () => setDeclining(null) },
    );

  return (
    <div className="roster-page" data-shift-id={shift.id}>
      <title>{`${t('agencyVolunteering.roster.title')} · ${opening.title} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.opening(organisationId, opening.id)}
        label={t('agencyVolunteering.backToOpening', { title: opening.title })}
      />
      <h1>{t('agencyVolunteering.roster.title')}</h1>
      <p>
        <strong>{opening.title}</strong> · {when}
      </p>
      <p className="muted">
        {t('agencyVolunteering.shift.places', {
          confirmed: shift.confirmed ?? signups.filter((s) => s.status === 'confirmed').length,
          capacity: shift.capacity ?? 0,
        })}
      </p>
      <p>
        <Link to={paths.hours(organisationId, shift.id)}>
          {t('agencyVolunteering.hours.title')}
        </Link>
      </p>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">{t('agencyVolunteering.roster.volunteers')}</h2>
        {decide.isError && declining === null ? <ErrorMessage error={decide.error} /> : null}
        {signups.length === 0 ? <p>{t('agencyVolunteering.roster.none')}</p> : null}
        <ul
          className="card-list roster"
          role="list"
          aria-label={t('agencyVolunteering.roster.volunteers')}
        >
          {sorted.map((signup) => (
            <li
              key={signup.signupId}
              data-signup-id={signup.signupId}
              data-status={signup.status}
              data-attendance={signup.attendance ?? undefined}
            >
              <p>
                <strong>{signup.name}</strong>{' '}
                <span className={`badge status-${signup.status}`}>
                  {signupStatusLabel(t, signup.status)}
                  {signup.status === 'waitlisted' && signup.waitlistPosition != null
                    ? ` #${signup.waitlistPosition}`
                    : ''}
                </span>
                {signup.attendance ? (
                  <>
                    {' '}
                    <span className={`badge attendance-${signup.attendance}`}>
                      {attendanceLabel(t, signup.attendance)}
                    </span>
                  </>
                ) : null}
              </p>
              <dl className="detail-list">
                <div className="detail-row">
                  <dt>{t('agencyVolunteering.roster.idNumber')}</dt>
                  <dd className="monospace">{signup.idNumberMasked}</dd>
                </div>
                {signup.mobileMasked ? (
                  <div className="detail-row">
                    <dt>{t('agencyVolunteering.roster.mobile')}</dt>
                    <dd className="monospace">{signup.mobileMasked}</dd>
                  </div>
                ) : null}
                {signup.age != null ? (
                  <div className="detail-row">
                    <dt>{t('agencyVolunteering.roster.age')}</dt>
                    <dd>{signup.age}</dd>
                  </div>
                ) : null}
                {signup.status === 'waitlisted' && signup.waitlistPosition != null ? (
                  <div className="detail-row">
                    <dt>{t('agencyVolunteering.roster.waitlistPosition')}</dt>
                    <dd>{signup.waitlistPosition}</dd>
                  </div>
                ) : null}
              </dl>
              <div className="actions">
                {signup.status === 'pending' ? (
                  <>
                    <button
                      type="button"
                      disabled={decide.isPending}
                      aria-label={t('agencyVolunteering.roster.approveLabel', {
                        name: signup.name,
                      })}
                      onClick={() => mutate(signup, { action: 'approve' })}
                    >
                      {t('agencyVolunteering.roster.approve')}
                    </button>
                    <button
                      type="button"
                      className="secondary danger"
                      aria-label={t('agencyVolunteering.roster.declineLabel', {
                        name: signup.name,
                      })}
                      onClick={() => {
                        decide.reset();
                        setDeclining(signup.signupId);
                      }}
                    >
                      {t('agencyVolunteering.roster.decline')}
                    </button>
                  </>
                ) : null}
                {signup.status === 'confirmed' ? (
                  <>
                    <button
                      type="button"
                      disabled={decide.isPending || signup.attendance === 'attended'}
                      aria-pressed={signup.attendance === 'attended'}
                      aria-label={t('agencyVolunteering.roster.attendedLabel', {
                        name: signup.name,
                      })}
                      onClick={() =>
                        mutate(signup, { action: 'attendance', attendance: 'attended' })
                      }
                    >
                      {t('agencyVolunteering.roster.attended')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={decide.isPending || signup.attendance === 'no-show'}
                      aria-pressed={signup.attendance === 'no-show'}
                      aria-label={t('agencyVolunteering.roster.noShowLabel', { name: signup.name })}
                      onClick={() =>
                        mutate(signup, { action: 'attendance', attendance: 'no-show' })
                      }
                    >
                      {t('agencyVolunteering.roster.noShow')}
                    </button>
                  </>
                ) : null}
              </div>
              {declining === signup.signupId ? (
                <ReasonForm
                  id={`decline-${signup.signupId}-reason`}
                  maxLength={1000}
                  label={t('agencyVolunteering.roster.declineReason', { name: signup.name })}
                  submitLabel={t('agencyVolunteering.roster.declineConfirm')}
                  pending={decide.isPending}
                  error={decide.error}
                  onCancel={() => setDeclining(null)}
                  onSubmit={(reason) => mutate(signup, { action: 'decline', reason })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <CheckInPanel
        organisationId={organisationId}
        shiftId={shiftId}
        when={`${opening.title} ${when}`}
      />
    </div>
  );
}

function rank(status: string): number {
  const index = ORDER.indexOf(status);
  return index < 0 ? ORDER.length : index;
}
