import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ReasonForm } from '@/components/reason-form';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useCallApplications, useDecideApplication } from '../api/applications';
import type { ApplicationSummary, CallDetail } from '../api/schemas';
import { applicationStatusLabel, stageLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

import { paths } from './back-link';

/** The call's submitted applications; in a two-stage call the concept notes are shortlisted or rejected. */
export function CallApplications({
  organisationId,
  call,
}: {
  organisationId: string;
  call: CallDetail;
}) {
  const { t } = useTranslation();
  const callId = String(call.id);
  const [stage, setStage] = useState('');
  const [page, setPage] = useState(1);
  const applications = useCallApplications(organisationId, callId, {
    stage: stage || undefined,
    page: page - 1,
  });
  const pages =
    applications.data && applications.data.size > 0
      ? Math.max(1, Math.ceil(applications.data.total / applications.data.size))
      : 1;

  return (
    <>
      {call.twoStage ? (
        <div className="field">
          <label htmlFor="applications-stage">{t('funder.applications.stageFilter')}</label>
          <select
            id="applications-stage"
            value={stage}
            onChange={(event) => {
              setStage(event.target.value);
              setPage(1);
            }}
          >
            <option value="">{t('funder.applications.anyStage')}</option>
            <option value="concept">{stageLabel(t, 'concept')}</option>
            <option value="full">{stageLabel(t, 'full')}</option>
          </select>
        </div>
      ) : null}
      {applications.isPending ? <Loading label={t('search.loading')} /> : null}
      {applications.isError ? (
        <ErrorMessage error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.data?.items.length === 0 ? <p>{t('funder.applications.none')}</p> : null}
      {applications.data && applications.data.items.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('funder.tab.applications')}>
          {applications.data.items.map((application) => (
            <ApplicationItem
              key={application.id}
              organisationId={organisationId}
              call={call}
              application={application}
            />
          ))}
        </ul>
      ) : null}
      {pages > 1 ? <Pagination page={page} pages={pages} onPage={setPage} /> : null}
    </>
  );
}

function ApplicationItem({
  organisationId,
  call,
  application,
}: {
  organisationId: string;
  call: CallDetail;
  application: ApplicationSummary;
}) {
  const { t } = useTranslation();
  const decide = useDecideApplication();
  const [rejecting, setRejecting] = useState(false);
  const title = application.title || t('funder.applications.untitled');
  const decidable =
    call.twoStage && application.stage === 'concept' && application.status === 'submitted';
  const callId = String(call.id);
  return (
    <li
      data-application-id={application.id}
      data-status={application.status}
      data-stage={application.stage}
    >
      <p>
        <Link to={paths.application(organisationId, call.id, application.id)}>{title}</Link>{' '}
        <span className={`badge status-${application.status}`}>
          {applicationStatusLabel(t, application.status)}
        </span>{' '}
        {call.twoStage ? <span className="badge">{stageLabel(t, application.stage)}</span> : null}
      </p>
      <p className="muted">
        {[
          application.organisationName ?? '',
          t('funder.applications.requested', { amount: formatFen(application.requestedFen) }),
          application.submittedAt
            ? t('funder.applications.submittedAt', { time: formatInstant(application.submittedAt) })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {decidable && !rejecting ? (
        <div className="actions">
          <button
            type="button"
            disabled={decide.isPending}
            onClick={() =>
              decide.mutate({
                organisationId,
                callId,
                applicationId: application.id,
                decision: 'shortlist',
              })
            }
          >
            {t('funder.applications.shortlist', { title })}
          </button>
          <button type="button" className="danger" onClick={() => setRejecting(true)}>
            {t('funder.applications.reject', { title })}
          </button>
        </div>
      ) : null}
      {rejecting ? (
        <ReasonForm
          id={`reject-reason-${application.id}`}
          label={t('funder.applications.rejectReason', { title })}
          submitLabel={t('funder.applications.reject', { title })}
          pending={decide.isPending}
          error={decide.error}
          onSubmit={(reason) =>
            decide.mutate(
              { organisationId, callId, applicationId: application.id, decision: 'reject', reason },
              { onSuccess: () => setRejecting(false) },
            )
          }
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <FormAlert messages={formErrors(decide.error, [], t).messages} />
      )}
    </li>
  );
}
