import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useFundedReports, type ReportFilter } from '../api/reports';
import { BackLink, paths } from '../components/back-link';
import { FunderNav } from '../components/funder-nav';
import { reportKindLabel, reportStatusLabel } from '../utils/labels';

const FILTERS: ReportFilter[] = ['submitted', 'overdue', 'all'];

/** …/funder/reports — reports to decide (submitted), overdue ones, or all. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((candidate) => candidate === params.get('status')) ?? 'submitted';
  const reports = useFundedReports(organisationId, filter);
  return (
    <div className="funder-reports-page">
      <title>{`${t('funder.reports.title')} · ${t('app.name')}`}</title>
      <BackLink to={paths.organisation(organisationId)} label={t('funder.backToOrganisation')} />
      <h1>{t('funder.reports.title')}</h1>
      <FunderNav organisationId={organisationId} />
      <div className="field">
        <label htmlFor="reports-filter">{t('funder.reports.filter')}</label>
        <select
          id="reports-filter"
          value={filter}
          onChange={(event) => setParams(new URLSearchParams({ status: event.target.value }))}
        >
          {FILTERS.map((code) => (
            <option key={code} value={code}>
              {t(`funder.reports.filters.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {reports.isPending ? <Loading label={t('search.loading')} /> : null}
      {reports.isError ? (
        <ErrorMessage error={reports.error} onRetry={() => void reports.refetch()} />
      ) : null}
      {reports.data?.length === 0 ? <p>{t('funder.reports.none')}</p> : null}
      {reports.data && reports.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('funder.reports.title')}>
          {reports.data.map((report) => {
            const name = t('funder.reports.name', {
              organisation: report.organisationName ?? '',
              kind: reportKindLabel(t, report.kind),
              seq: report.seq ?? '',
            });
            return (
              <li
                key={report.id}
                data-report-id={report.id}
                data-status={report.status}
                data-overdue={report.overdue || undefined}
                data-tranche-seq={report.trancheSeq ?? undefined}
              >
                <p>
                  <Link to={paths.report(organisationId, report.id)}>{name}</Link>{' '}
                  <span className={`badge status-${report.status}`}>
                    {reportStatusLabel(t, report.status)}
                  </span>{' '}
                  {report.overdue ? (
                    <span className="badge status-rejected">{t('funder.reports.overdue')}</span>
                  ) : null}
                </p>
                <p className="muted">
                  {[
                    report.projectTitle ?? '',
                    report.callTitle ?? '',
                    report.dueOn ? t('funder.reports.dueOn', { date: report.dueOn }) : '',
                    report.trancheSeq != null
                      ? t('funder.reports.unlocks', { seq: report.trancheSeq })
                      : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
