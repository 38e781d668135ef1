import { useState } from 'react';
import { useParams } from 'react-router';

import { ApplicationSections } from '@/components/application-sections';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ReasonForm } from '@/components/reason-form';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useCallApplication, useDecideApplication } from '../api/applications';
import { BackLink, paths } from '../components/back-link';
import { applicationStatusLabel, sectionLabel, stageLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

/** …/funder/calls/:callId/applications/:applicationId — one application as the funder sees it. */
export default function ApplicationPage() {
  const { t } = useTranslation();
  const { organisationId = '', callId = '', applicationId = '' } = useParams();
  const application = useCallApplication(organisationId, callId, applicationId);
  const decide = useDecideApplication();
  const [rejecting, setRejecting] = useState(false);
  if (application.isPending) return <Loading label={t('search.loading')} />;
  if (application.isError) {
    return <ErrorMessage error={application.error} onRetry={() => void application.refetch()} />;
  }
  const data = application.data;
  const title = data.title || t('funder.applications.untitled');
  const decidable = data.stage === 'concept' && data.status === 'submitted';
  return (
    <div
      className="funder-application-page"
      data-application-id={data.id}
      data-status={data.status}
    >
      <title>{`${title} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.call(organisationId, callId, 'applications')}
        label={data.callTitle ?? t('funder.calls.title')}
      />
      <h1>{title}</h1>
      <p>
        <span className={`badge status-${data.status}`}>
          {applicationStatusLabel(t, data.status)}
        </span>{' '}
        <span className="badge">{stageLabel(t, data.stage)}</span>
        {data.statusReason ? <span className="muted"> · {data.statusReason}</span> : null}
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funder.application.organisation')}</dt>
          <dd>{data.organisationName ?? ''}</dd>
        </div>
        {data.projectTitle ? (
          <div className="detail-row">
            <dt>{t('funder.award.project')}</dt>
            <dd>{data.projectTitle}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('funder.application.requested')}</dt>
          <dd>{formatFen(data.requestedFen)}</dd>
        </div>
        {data.managementFeeFen != null ? (
          <div className="detail-row">
            <dt>{t('funder.application.managementFee')}</dt>
            <dd>{formatFen(data.managementFeeFen)}</dd>
          </div>
        ) : null}
        {data.periodFrom || data.periodTo ? (
          <div className="detail-row">
            <dt>{t('funder.application.period')}</dt>
            <dd>
              {data.periodFrom ?? ''} – {data.periodTo ?? ''}
            </dd>
          </div>
        ) : null}
        {data.beneficiaryCount != null ? (
          <div className="detail-row">
            <dt>{t('funder.application.beneficiaryCount')}</dt>
            <dd>{data.beneficiaryCount}</dd>
          </div>
        ) : null}
        {data.submittedAt ? (
          <div className="detail-row">
            <dt>{t('funder.application.submittedAt')}</dt>
            <dd>{formatInstant(data.submittedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <ApplicationSections
        application={data}
        level="h2"
        idPrefix="section-"
        labels={{
          section: (code) => sectionLabel(t, code),
          category: t('funder.application.category'),
          lineDescription: t('funder.application.lineDescription'),
          amount: t('funder.application.amount'),
          attachments: t('funder.application.attachments'),
        }}
      />
      {decidable && !rejecting ? (
        <div className="actions">
          <button
            type="button"
            disabled={decide.isPending}
            onClick={() =>
              decide.mutate(
                { organisationId, callId, applicationId: data.id, decision: 'shortlist' },
                { onSuccess: () => void application.refetch() },
              )
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
          id="application-reject-reason"
          label={t('funder.applications.rejectReason', { title })}
          submitLabel={t('funder.applications.reject', { title })}
          pending={decide.isPending}
          error={decide.error}
          onSubmit={(reason) =>
            decide.mutate(
              { organisationId, callId, applicationId: data.id, decision: 'reject', reason },
              {
                onSuccess: () => {
                  setRejecting(false);
                  void application.refetch();
                },
              },
            )
          }
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <FormAlert messages={formErrors(decide.error, [], t).messages} />
      )}
    </div>
  );
}
