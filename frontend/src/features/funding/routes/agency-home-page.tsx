import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import { useApplications } from '../api/applications';
import { useAwards } from '../api/awards';
import { useReports } from '../api/reports';
import {
  applicationStatusLabel,
  awardStatusLabel,
  reportKindLabel,
  reportStatusLabel,
  stageLabel,
} from '../components/labels';
import '../i18n';
import { beijingTime } from '../utils/time';
import { fundingPaths } from './paths';

function Applications({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const applications = useApplications(organisationId);
  if (applications.isPending) return <Loading label={t('funding.loading')} />;
  if (applications.isError)
    return <ErrorMessage error={applications.error} onRetry={() => void applications.refetch()} />;
  if (applications.data.items.length === 0)
    return <p className="empty">{t('funding.agency.noApplications')}</p>;
  return (
    <ul className="card-list" role="list" aria-label={t('funding.agency.applications')}>
      {applications.data.items.map((application) => (
        <li
          key={application.id}
          data-application-id={application.id}
          data-status={application.status}
        >
          <h3>
            <Link to={fundingPaths.application(organisationId, application.id)}>
              {application.title || t('funding.agency.untitled', { call: application.callTitle })}
            </Link>
          </h3>
          <p className="muted">
            {application.callTitle}
            {application.funderName ? ` · ${application.funderName}` : ''}
          </p>
          <p>
            <span className="badge">{applicationStatusLabel(t, application.status)}</span>{' '}
            <span className="badge">{stageLabel(t, application.stage)}</span>{' '}
            {t('funding.agency.requested', { amount: formatFen(application.requestedFen) })}
          </p>
          <p className="muted">
            {application.submittedAt
              ? t('funding.editor.submittedAt', { time: beijingTime(application.submittedAt) })
              : application.closesAt
                ? `${t('funding.call.closesAt')} ${t('funding.beijing', { time: beijingTime(application.closesAt) })}`
                : ''}
          </p>
          {application.awardId ? (
            <p>
              <Link to={fundingPaths.award(organisationId, application.awardId)}>
                {t('funding.agency.viewAward')}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Awards({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const awards = useAwards(organisationId);
  if (awards.isPending) return <Loading label={t('funding.loading')} />;
  if (awards.isError)
    return <ErrorMessage error={awards.error} onRetry={() => void awards.refetch()} />;
  if (awards.data.items.length === 0)
    return <p className="empty">{t('funding.agency.noAwards')}</p>;
  return (
    <ul className="card-list" role="list" aria-label={t('funding.agency.awards')}>
      {awards.data.items.map((award) => (
        <li key={award.id} data-award-id={award.id} data-status={award.status}>
          <h3>
            <Link to={fundingPaths.award(organisationId, award.id)}>
              {award.callTitle ?? award.id} · {formatFen(award.amountFen)}
            </Link>
          </h3>
          <p className="muted">
            {award.funderName ?? ''}
            {award.projectTitle ? ` · ${award.projectTitle}` : ''}
          </p>
          <p>
            <span className="badge">{awardStatusLabel(t, award.status)}</span>{' '}
            {t('funding.award.paidOf', {
              paid: formatFen(award.paidFen),
              amount: formatFen(award.amountFen),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Reports({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const reports = useReports(organisationId);
  if (reports.isPending) return <Loading label={t('funding.loading')} />;
  if (reports.isError)
    return <ErrorMessage error={reports.error} onRetry={() => void reports.refetch()} />;
  if (reports.data.length === 0) return <p className="empty">{t('funding.agency.noReports')}</p>;
  return (
    <ul className="card-list" role="list" aria-label={t('funding.agency.reports')}>
      {reports.data.map((report) => (
        <li
          key={report.id}
          data-report-id={report.id}
          data-status={report.status}
          data-tranche-seq={report.trancheSeq ?? undefined}
        >
          <h3>
            <Link to={fundingPaths.report(organisationId, report.id)}>
              {t('funding.report.name', { kind: reportKindLabel(t, report.kind), seq: report.seq })}
              {report.projectTitle ? ` · ${report.projectTitle}` : ''}
            </Link>
          </h3>
          <p className="muted">
            {report.callTitle ?? ''}
            {report.funderName ? ` · ${report.funderName}` : ''}
          </p>
          <p>
            <span className="badge">{reportStatusLabel(t, report.status)}</span>{' '}
            {report.overdue ? (
              <span className="badge warning">{t('funding.report.overdue')}</span>
            ) : null}{' '}
            {report.dueOn ? t('funding.report.dueOn', { date: report.dueOn }) : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** `/my/organisations/:organisationId/funding`: the agency's applications, awards and reports. */
export function AgencyHomePage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  return (
    <div className="agency-funding-page">
      <title>{`${t('funding.agency.title')} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={`/my/organisations/${encodeURIComponent(organisationId)}`}>
          ← {t('funding.agency.workspace')}
        </Link>
      </p>
      <h1>{t('funding.agency.title')}</h1>
      <p>
        <Link className="button-link" to="/calls">
          {t('funding.agency.findCalls')}
        </Link>
      </p>
      <nav className="section-nav" aria-label={t('funding.agency.sections')}>
        <a href="#applications">{t('funding.agency.applications')}</a>
        <a href="#awards">{t('funding.agency.awards')}</a>
        <a href="#reports">{t('funding.agency.reports')}</a>
      </nav>
      <section id="applications" aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t('funding.agency.applications')}</h2>
        <Applications organisationId={organisationId} />
      </section>
      <section id="awards" aria-labelledby="awards-heading">
        <h2 id="awards-heading">{t('funding.agency.awards')}</h2>
        <Awards organisationId={organisationId} />
      </section>
      <section id="reports" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('funding.agency.reports')}</h2>
        <Reports organisationId={organisationId} />
      </section>
    </div>
  );
}
