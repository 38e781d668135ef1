import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { shiftIcsUrl } from '../api/get-opening';
import {
  useCalendarFeed,
  useCancelSignup,
  useMyShifts,
  useRegenerateCalendarFeed,
  type MyShift,
  type ShiftScope,
} from '../api/sign-ups';
import { statusLabel } from '../components/labels';
import '../i18n';
import { formatShift } from '../utils/shanghai-dates';

const CANCELLABLE = ['confirmed', 'pending', 'waitlisted'];

function CancelButton({ item }: { item: MyShift }) {
  const { t } = useTranslation();
  const cancel = useCancelSignup();
  const [asking, setAsking] = useState(false);
  const messages = formErrors(cancel.error, [], t).messages;
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {t('volunteering.myShifts.cancel')}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby={`cancel-${item.signupId}`}>
      <p id={`cancel-${item.signupId}`}>
        {t('volunteering.myShifts.cancelConfirm', { title: item.opening.title })}
      </p>
      <FormAlert messages={messages} />
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate(item.signupId)}
        >
          {t('volunteering.myShifts.cancelYes')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('volunteering.myShifts.cancelNo')}
        </button>
      </div>
    </div>
  );
}

function ShiftItem({ item, scope }: { item: MyShift; scope: ShiftScope }) {
  const { t, language } = useTranslation();
  const when = formatShift(item.shift.startsAt, item.shift.endsAt, language);
  return (
    <li data-signup-id={item.signupId} data-status={item.status}>
      <h3>
        <Link to={`/openings/${encodeURIComponent(String(item.opening.id))}`}>
          {item.opening.title}
        </Link>
      </h3>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('volunteering.myShifts.time')}</dt>
          <dd>{when}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.myShifts.place')}</dt>
          <dd>
            {item.opening.regionPath} · {item.opening.meetingPlace}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.myShifts.organisation')}</dt>
          <dd>{item.opening.organisationName}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.myShifts.status')}</dt>
          <dd>
            {statusLabel(t, item.status)}
            {item.status === 'waitlisted' && item.waitlistPosition != null
              ? ` · ${t('volunteering.myShifts.waitlistPosition', { position: item.waitlistPosition })}`
              : null}
          </dd>
        </div>
        {item.attendance ? (
          <div className="detail-row">
            <dt>{t('volunteering.myShifts.attendance')}</dt>
            <dd>{statusLabel(t, item.attendance)}</dd>
          </div>
        ) : null}
      </dl>
      {scope === 'upcoming' && CANCELLABLE.includes(item.status) ? (
        <div className="actions">
          <a
            href={shiftIcsUrl(item.shift.id)}
            download
            aria-label={t('volunteering.opening.icsFor', { shift: when })}
          >
            {t('volunteering.opening.ics')}
          </a>
          <CancelButton item={item} />
        </div>
      ) : null}
    </li>
  );
}

function ShiftList({ scope }: { scope: ShiftScope }) {
  const { t } = useTranslation();
  const shifts = useMyShifts(scope);
  const heading = `shifts-${scope}-heading`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t(`volunteering.myShifts.${scope}`)}</h2>
      {shifts.isPending ? <Loading label={t('search.loading')} /> : null}
      {shifts.isError ? (
        <ErrorMessage error={shifts.error} onRetry={() => void shifts.refetch()} />
      ) : null}
      {shifts.data?.length === 0 ? (
        <p className="empty">{t('volunteering.myShifts.none')}</p>
      ) : null}
      {shifts.data && shifts.data.length > 0 ? (
        <ul className="card-list" role="list" aria-labelledby={heading}>
          {shifts.data.map((item) => (
            <ShiftItem key={item.signupId} item={item} scope={scope} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CalendarFeed() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('volunteering.myShifts.calendar')}</h2>
      <p className="field-hint">{t('volunteering.myShifts.calendarHint')}</p>
      {feed.isPending ? <Loading label={t('search.loading')} /> : null}
      {feed.isError ? (
        <ErrorMessage error={feed.error} onRetry={() => void feed.refetch()} />
      ) : null}
      {feed.data ? (
        <div className="field">
          <label htmlFor="calendar-url">{t('volunteering.myShifts.calendarUrl')}</label>
          <input
            id="calendar-url"
            type="text"
            readOnly
            value={feed.data.url}
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
      <FormAlert messages={formErrors(regenerate.error, [], t).messages} />
      {regenerate.isSuccess ? <p role="status">{t('volunteering.myShifts.regenerated')}</p> : null}
      <button
        type="button"
        className="secondary"
        disabled={regenerate.isPending}
        onClick={() => regenerate.mutate()}
      >
        {t('volunteering.myShifts.regenerate')}
      </button>
    </section>
  );
}

/** `/me/shifts`: the volunteer's upcoming and past shifts, cancel, and the calendar feed. */
export function MyShiftsPage() {
  const { t } = useTranslation();
  return (
    <div className="my-shifts-page">
      <title>{`${t('volunteering.myShifts.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.myShifts.title')}</h1>
      <p>
        <Link to="/openings">{t('volunteering.myShifts.findOpenings')}</Link>
      </p>
      <ShiftList scope="upcoming" />
      <ShiftList scope="past" />
      <CalendarFeed />
    </div>
  );
}

export default MyShiftsPage;
