import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorMessage, PageFailure } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useSession } from '@/lib/auth/session';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { shiftIcsUrl, useOpening, type OpeningDetail, type Shift } from '../api/get-opening';
import { useSignUp, type SignupAnswer } from '../api/sign-ups';
import { useVolunteerProfile } from '../api/volunteer-profile';
import '../i18n';
import { formatInstant, formatShift } from '../utils/shanghai-dates';

function BackLink() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const fromSearch =
    state &&
    typeof state === 'object' &&
    'fromSearch' in state &&
    typeof state.fromSearch === 'string'
      ? state.fromSearch
      : '';
  return (
    <p className="back-link">
      <Link to={{ pathname: '/openings', search: fromSearch }}>
        ← {t('volunteering.opening.back')}
      </Link>
    </p>
  );
}

function deadlinePassed(opening: OpeningDetail, now: number): boolean {
  return Boolean(opening.signupDeadline && new Date(opening.signupDeadline).getTime() < now);
}

/** Why the signed-in visitor cannot sign up now, with the way forward; `null` when they can. */
function Eligibility({ opening, now }: { opening: OpeningDetail; now: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const profile = useVolunteerProfile({ enabled: session.isSignedIn });
  const here = location.pathname + location.search;
  const next = `?next=${encodeURIComponent(here)}`;

  if (opening.status !== 'published') {
    return <p role="note">{t('volunteering.opening.notOpen')}</p>;
  }
  if (deadlinePassed(opening, now)) {
    return <p role="note">{t('volunteering.opening.deadlinePassed')}</p>;
  }
  if (session.isPending) return null;
  if (!session.isSignedIn) {
    return (
      <div className="notice" role="note">
        <p>{t('volunteering.opening.signInFirst')}</p>
        <Link className="button-link" to={`/login${next}`}>
          {t('volunteering.opening.signIn')}
        </Link>
      </div>
    );
  }
  if (profile.isPending) return <Loading label={t('volunteering.opening.loading')} />;
  if (profile.isError) {
    return <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const volunteer = profile.data;
  if (!volunteer || !volunteer.complete) {
    return (
      <div className="notice" role="note">
        <p>{t('volunteering.opening.profileFirst')}</p>
        <Link className="button-link" to={`/me/volunteer${next}`}>
          {t('volunteering.opening.completeProfile')}
        </Link>
      </div>
    );
  }
  if (opening.adultsOnly && volunteer.minor) {
    return <p role="note">{t('volunteering.opening.minorRefused')}</p>;
  }
  if (volunteer.consentRequired || !volunteer.canSignUp) {
    return (
      <div className="notice" role="note">
        <p>{t('volunteering.opening.consentFirst')}</p>
        <Link className="button-link" to={`/me/volunteer${next}#consent`}>
          {t('volunteering.opening.recordConsent')}
        </Link>
      </div>
    );
  }
  return null;
}

function ShiftChoice({
  shift,
  checked,
  disabled,
  onChange,
}: {
  shift: Shift;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t, language } = useTranslation();
  const when = formatShift(shift.startsAt, shift.endsAt, language);
  const cancelled = shift.status === 'cancelled';
  const id = `shift-${shift.id}`;
  return (
    <li className="shift-choice" data-shift-id={shift.id} data-free={shift.free}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled || cancelled}
        aria-describedby={`${id}-places`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{when}</label>
      <p id={`${id}-places`} className={shift.free > 0 ? 'free' : 'full'}>
        {cancelled
          ? t('volunteering.opening.shiftCancelled')
          : shift.free > 0
            ? t('volunteering.opening.shiftFree', { free: shift.free, capacity: shift.capacity })
            : t('volunteering.opening.shiftFull', { waitlisted: shift.waitlisted })}
      </p>
      {cancelled ? null : (
        <a
          href={shiftIcsUrl(shift.id)}
          download
          aria-label={t('volunteering.opening.icsFor', { shift: when })}
        >
          {t('volunteering.opening.ics')}
        </a>
      )}
    </li>
  );
}

function SignupResult({ answer, shifts }: { answer: SignupAnswer; shifts: readonly Shift[] }) {
  const { t, language } = useTranslation();
  const describe = (shiftId: number) => {
    const shift = shifts.find((candidate) => candidate.id === shiftId);
    return shift ? formatShift(shift.startsAt, shift.endsAt, language) : String(shiftId);
  };
  return (
    <section className="signup-result" aria-labelledby="signup-result-heading">
      <h3 id="signup-result-heading">{t('volunteering.opening.result')}</h3>
      <ul role="list">
        {answer.map((item) => {
          const shift = describe(item.shiftId);
          return (
            <li key={item.signupId} data-status={item.status} data-shift-id={item.shiftId}>
              {item.status === 'confirmed'
                ? t('volunteering.opening.resultConfirmed', { shift })
                : item.status === 'pending'
                  ? t('volunteering.opening.resultPending', { shift })
                  : t('volunteering.opening.resultWaitlisted', {
                      shift,
                      position: item.waitlistPosition ?? '?',
                    })}
            </li>
          );
        })}
      </ul>
      <Link to="/me/shifts">{t('volunteering.opening.myShiftsLink')}</Link>
    </section>
  );
}

function SignupForm({ opening }: { opening: OpeningDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const profile = useVolunteerProfile({ enabled: session.isSignedIn });
  const signUp = useSignUp(String(opening.id));
  const [chosen, setChosen] = useState<number[]>([]);
  // The deadline is judged against the time the page was opened; the server judges again.
  const [now] = useState(Date.now);
  const [missing, setMissing] = useState(false);
  const eligible =
    opening.status === 'published' &&
    !deadlinePassed(opening, now) &&
    session.isSignedIn &&
    profile.data?.canSignUp === true &&
    !(opening.adultsOnly && profile.data.minor);
  const messages = formErrors(signUp.error, [], t).messages;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signUp.mutate(chosen, { onSuccess: () => setChosen([]) });
  };

  return (
    <section className="opening-shifts" aria-labelledby="shifts-heading">
      <h2 id="shifts-heading">{t('volunteering.opening.shifts')}</h2>
      <Eligibility opening={opening} now={now} />
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('volunteering.opening.chooseShifts')}</legend>
          <ul className="shift-choices" role="list">
            {opening.shifts.map((shift) => (
              <ShiftChoice
                key={shift.id}
                shift={shift}
                checked={chosen.includes(shift.id)}
                disabled={!eligible || signUp.isPending}
                onChange={(on) =>
                  setChosen((list) =>
                    on ? [...list, shift.id] : list.filter((id) => id !== shift.id),
                  )
                }
              />
            ))}
          </ul>
        </fieldset>
        {missing ? (
          <p className="field-error" role="alert">
            {t('volunteering.opening.chooseOne')}
          </p>
        ) : null}
        <FormAlert messages={messages} />
        {eligible ? (
          <button type="submit" disabled={signUp.isPending}>
            {signUp.isPending
              ? t('volunteering.opening.signingUp')
              : t('volunteering.opening.signUp')}
          </button>
        ) : null}
      </form>
      {signUp.data ? <SignupResult answer={signUp.data} shifts={opening.shifts} /> : null}
    </section>
  );
}

function OpeningDetails({ opening }: { opening: OpeningDetail }) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const names = (codes: readonly string[], items: 'targetGroups' | 'skills') =>
    codes.map((code) => taxonomyName(taxonomies.data?.[items], code, language)).join('、');
  return (
    <>
      <header className="project-header">
        <h1>{opening.title}</h1>
        {opening.adultsOnly ? (
          <span className="badge">{t('volunteering.openings.adultsOnly')}</span>
        ) : null}
      </header>
      <dl className="project-facts">
        <div className="detail-row">
          <dt>{t('volunteering.opening.organisation')}</dt>
          <dd>
            <Link to={`/organisations/${encodeURIComponent(String(opening.organisationId))}`}>
              {opening.organisationName}
            </Link>
          </dd>
        </div>
        {opening.projectTitle ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.project')}</dt>
            <dd>
              <Link to={`/projects/${encodeURIComponent(String(opening.projectId))}`}>
                {opening.projectTitle}
              </Link>
            </dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('volunteering.opening.region')}</dt>
          <dd data-region-code={opening.regionCode}>{opening.regionPath}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.opening.meetingPlace')}</dt>
          <dd>{opening.meetingPlace}</dd>
        </div>
        {opening.category ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.category')}</dt>
            <dd>{taxonomyName(taxonomies.data?.serviceCategories, opening.category, language)}</dd>
          </div>
        ) : null}
        {opening.targetGroups.length > 0 ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.targetGroups')}</dt>
            <dd>{names(opening.targetGroups, 'targetGroups')}</dd>
          </div>
        ) : null}
        {opening.skills.length > 0 ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.skills')}</dt>
            <dd>{names(opening.skills, 'skills')}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('volunteering.opening.screening')}</dt>
          <dd>
            {opening.screening === 'approval'
              ? t('volunteering.opening.screeningApproval')
              : t('volunteering.opening.screeningAutomatic')}
          </dd>
        </div>
        {opening.signupDeadline ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.deadline')}</dt>
            <dd>{formatInstant(opening.signupDeadline)}</dd>
          </div>
        ) : null}
        {opening.contactName || opening.contactPhone ? (
          <div className="detail-row">
            <dt>{t('volunteering.opening.contact')}</dt>
            <dd>{[opening.contactName, opening.contactPhone].filter(Boolean).join(' ')}</dd>
          </div>
        ) : null}
      </dl>
      {opening.adultsOnly ? <p className="muted">{t('volunteering.opening.adultsOnly')}</p> : null}
      <section aria-labelledby="description-heading">
        <h2 id="description-heading">{t('volunteering.opening.description')}</h2>
        <p className="description">{opening.description}</p>
      </section>
      <SignupForm opening={opening} />
    </>
  );
}

/** `/openings/:id`: an opening, its shifts with free places and waitlists, and the sign-up. */
export function OpeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opening = useOpening(id);

  let content;
  if (opening.isPending) {
    content = <Loading label={t('volunteering.opening.loading')} />;
  } else if (opening.isError) {
    content = (
      <PageFailure
        error={opening.error}
        fallbackKey="volunteering.opening.error"
        onRetry={() => void opening.refetch()}
        notFoundTitle={t('volunteering.opening.notFoundTitle')}
      >
        <p>{t('volunteering.opening.notFound')}</p>
      </PageFailure>
    );
  } else {
    content = (
      <>
        <title>{`${opening.data.title} · ${t('app.name')}`}</title>
        <OpeningDetails opening={opening.data} />
      </>
    );
  }
  return (
    <div className="project-page opening-page">
      <BackLink />
      {content}
    </div>
  );
}

export default OpeningPage;
