import { useState } from 'react';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ReasonForm } from '@/components/reason-form';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDecideReport, useFundedReport } from '../api/reports';
import { BackLink, paths } from '../components/back-link';
import { reportKindLabel, reportStatusLabel } from '../utils/labels';

/** Actual against budget, as a signed difference in percent of the budget (integer arithmetic). */
function difference(budgetFen: number, actualFen: number | null | undefined): string {
  if (actualFen == null || budgetFen === 0) return '';
  const tenths = Math.round(((actualFen - budgetFen) * 1000) / budgetFen);
  const sign = tenths > 0 ? '+' : tenths < 0 ? '−' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.trunc(abs / 10)}.${abs % 10} %`;
}

/** …/funder/reports/:reportId — a report: narrative, indicators, budget against actual; approve or return. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { organisationId = '', reportId = '' } = useParams();
  const report = useFundedReport(organisationId, reportId);
  const decide = useDecideReport();
  const [returning, setReturning] = useState(false);
  if (report.isPending) return <Loading label={t('search.loading')} />;
  if (report.isError) {
    return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  }
  const data = report.data;
  const name = t('funder.reports.name', {
    organisation: data.organisationName ?? '',
    kind: reportKindLabel(t, data.kind),
    seq: data.seq ?? '',
  });
  const done = () => {
    setReturning(false);
    void report.refetch();
  };
  return (
    <div className="funder-report-page" data-report-id={data.id} data-status={data.status}>
      <title>{`${name} · ${t('app.name')}`}</title>
      <BackLink to={paths.reports(organisationId)} label={t('funder.reports.title')} />
      <h1>{name}</h1>
      <p>
        <span className={`badge status-${data.status}`} data-testid="report-status">
          {reportStatusLabel(t, data.status)}
        </span>
        {data.overdue ? (
          <span className="badge status-rejected"> {t('funder.reports.overdue')}</span>
        ) : null}
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funder.award.project')}</dt>
          <dd>{data.projectTitle ?? ''}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.report.period')}</dt>
          <dd>
            {data.periodFrom ?? ''} – {data.periodTo ?? ''}
          </dd>
        </div>
        {data.dueOn ? (
          <div className="detail-row">
            <dt>{t('funder.report.dueOn')}</dt>
            <dd>{data.dueOn}</dd>
          </div>
        ) : null}
        {data.trancheSeq != null ? (
          <div className="detail-row">
            <dt>{t('funder.report.tranche')}</dt>
            <dd>{t('funder.reports.unlocks', { seq: data.trancheSeq })}</dd>
          </div>
        ) : null}
      </dl>
      {data.returnComment ? (
        <p className="notice">{t('funder.report.returned', { comment: data.returnComment })}</p>
      ) : null}
      <section aria-labelledby="report-narrative">
        <h2 id="report-narrative">{t('funder.report.narrative')}</h2>
        <p className="description">{data.narrative || t('funder.report.empty')}</p>
      </section>
      {data.indicators.length > 0 ? (
        <section aria-labelledby="report-indicators">
          <h2 id="report-indicators">{t('funder.report.indicators')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funder.report.indicator')}</th>
                  <th scope="col">{t('funder.report.target')}</th>
                  <th scope="col">{t('funder.report.value')}</th>
                </tr>
              </thead>
              <tbody>
                {data.indicators.map((indicator) => (
                  <tr key={indicator.indicatorId}>
                    <th scope="row">{indicator.name}</th>
                    <td>{`${String(indicator.target ?? '')} ${indicator.unit ?? ''}`}</td>
                    <td>
                      {indicator.value == null
                        ? '—'
                        : `${String(indicator.value)} ${indicator.unit ?? ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="report-budget">
        <h2 id="report-budget">{t('funder.report.budget')}</h2>
        <div className="table-scroll">
          <table data-testid="budget-actual">
            <thead>
              <tr>
                <th scope="col">{t('funder.application.category')}</th>
                <th scope="col">{t('funder.report.budgetFen')}</th>
                <th scope="col">{t('funder.report.actualFen')}</th>
                <th scope="col">{t('funder.report.difference')}</th>
                <th scope="col">{t('funder.report.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {data.budget.map((line) => (
                <tr
                  key={line.category}
                  data-category={line.category}
                  data-explanation-required={line.explanationRequired || undefined}
                >
                  <th scope="row">{line.category}</th>
                  <td>{formatFen(line.budgetFen)}</td>
                  <td>{line.actualFen == null ? '—' : formatFen(line.actualFen)}</td>
                  <td>{difference(line.budgetFen, line.actualFen)}</td>
                  <td>{line.explanation ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {data.attachments && data.attachments.length > 0 ? (
        <section aria-labelledby="report-attachments">
          <h2 id="report-attachments">{t('funder.application.attachments')}</h2>
          <ul role="list">
            {data.attachments.map((attachment) => (
              <li key={attachment.id}>{attachment.filename}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.status === 'submitted' ? (
        returning ? (
          <ReasonForm
            id="report-return-comment"
            field="comment"
            label={t('funder.report.returnComment')}
            submitLabel={t('funder.report.return', { name })}
            pending={decide.isPending}
            error={decide.error}
            onSubmit={(comment) =>
              decide.mutate(
                { organisationId, reportId: data.id, decision: { action: 'return', comment } },
                { onSuccess: done },
              )
            }
            onCancel={() => setReturning(false)}
          />
        ) : (
          <>
            <div className="actions">
              <button
                type="button"
                disabled={decide.isPending}
                onClick={() =>
                  decide.mutate(
                    { organisationId, reportId: data.id, decision: { action: 'approve' } },
                    { onSuccess: done },
                  )
                }
              >
                {t('funder.report.approve', { name })}
              </button>
              <button type="button" className="danger" onClick={() => setReturning(true)}>
                {t('funder.report.return', { name })}
              </button>
            </div>
            <FormAlert messages={formErrors(decide.error, [], t).messages} />
          </>
        )
      ) : null}
    </div>
  );
}
