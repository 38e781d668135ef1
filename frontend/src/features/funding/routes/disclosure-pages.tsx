import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { PageFailure } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import {
  DISCLOSURE_PAGE_SIZE,
  callDisclosureCsv,
  projectDisclosureCsv,
  useCallDisclosure,
  useProjectDisclosure,
} from '../api/disclosure';
import { reportKindLabel, trancheStatusLabel } from '../components/labels';
import '../i18n';

/** `/disclosure/calls/:id` (资金公示): a call's pool, its approved awards and approved payments. */
export function CallDisclosurePage() {
  const { t, language } = useTranslation();
  const { id = '' } = useParams();
  const [page, setPage] = useState(1);
  const disclosure = useCallDisclosure(id, page - 1);
  const taxonomies = useTaxonomies();
  if (disclosure.isPending) return <Loading label={t('funding.loading')} />;
  if (disclosure.isError)
    return (
      <PageFailure
        error={disclosure.error}
        onRetry={() => void disclosure.refetch()}
        notFoundTitle={t('funding.disclosure.notFound')}
      />
    );
  const { call } = disclosure.data;
  const awards = disclosure.data.awards.items;
  const payments = disclosure.data.payments.items;
  const pages = Math.ceil(
    Math.max(disclosure.data.awards.total, disclosure.data.payments.total) / DISCLOSURE_PAGE_SIZE,
  );
  return (
    <div className="disclosure-page" data-call-id={call.id}>
      <title>{`${t('funding.disclosure.title')} · ${call.title} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={`/calls/${call.id}`}>← {t('funding.disclosure.toCall')}</Link>
      </p>
      <h1>
        {t('funding.disclosure.title')} · {call.title}
      </h1>
      <p className="result-org">
        {call.organisationName}
        {call.fundingType
          ? ` · ${taxonomyName(taxonomies.data?.fundingTypes, call.fundingType, language)}`
          : ''}
      </p>
      <dl className="detail-list" aria-label={t('funding.disclosure.pool')}>
        <div className="detail-row">
          <dt>{t('funding.call.pool')}</dt>
          <dd>{formatFen(call.poolFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.disclosure.committed')}</dt>
          <dd data-testid="committed">{formatFen(call.committedFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.disclosure.paid')}</dt>
          <dd data-testid="paid">{formatFen(call.paidFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.call.remaining')}</dt>
          <dd>{formatFen(call.remainingFen)}</dd>
        </div>
      </dl>
      <p>
        <a href={callDisclosureCsv(call.id)} download data-testid="disclosure-csv">
          {t('funding.disclosure.csv')}
        </a>
      </p>

      <section aria-labelledby="awards-heading">
        <h2 id="awards-heading">{t('funding.disclosure.awards')}</h2>
        {awards.length === 0 ? (
          <p className="empty">{t('funding.disclosure.noAwards')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funding.disclosure.organisation')}</th>
                  <th scope="col">{t('funding.disclosure.project')}</th>
                  <th scope="col">{t('funding.disclosure.amount')}</th>
                  <th scope="col">{t('funding.disclosure.paid')}</th>
                  <th scope="col">{t('funding.disclosure.approvedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {awards.map((award) => (
                  <tr key={award.awardId} data-award-id={award.awardId}>
                    <td>{award.organisationName}</td>
                    <td>
                      {award.projectId ? (
                        <Link to={`/disclosure/projects/${award.projectId}`}>
                          {award.projectTitle ?? award.projectId}
                        </Link>
                      ) : (
                        award.projectTitle
                      )}
                      {award.matchedAwardId ? ` (${t('funding.disclosure.matching')})` : ''}
                    </td>
                    <td data-fen={award.amountFen}>{formatFen(award.amountFen)}</td>
                    <td data-fen={award.paidFen}>{formatFen(award.paidFen)}</td>
                    <td>{award.approvedOn ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading">{t('funding.disclosure.payments')}</h2>
        {payments.length === 0 ? (
          <p className="empty">{t('funding.disclosure.noPayments')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funding.disclosure.paidOn')}</th>
                  <th scope="col">{t('funding.disclosure.organisation')}</th>
                  <th scope="col">{t('funding.tranche.seq')}</th>
                  <th scope="col">{t('funding.disclosure.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {payments.map((payment) => (
                  <tr
                    key={payment.paymentId}
                    data-payment-id={payment.paymentId}
                    data-award-id={payment.awardId}
                  >
                    <td>{payment.paidOn ?? ''}</td>
                    <td>{payment.organisationName ?? ''}</td>
                    <td>{payment.trancheSeq ?? ''}</td>
                    <td data-fen={payment.amountFen}>{formatFen(payment.amountFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Pagination page={page} pages={pages} onPage={setPage} />
      <p className="muted">{t('funding.disclosure.noPersonalData')}</p>
    </div>
  );
}

/** `/disclosure/projects/:id`: the money a project received by source, tranches, budget against actual. */
export function ProjectDisclosurePage() {
  const { t, language } = useTranslation();
  const { id = '' } = useParams();
  const disclosure = useProjectDisclosure(id);
  const taxonomies = useTaxonomies();
  if (disclosure.isPending) return <Loading label={t('funding.loading')} />;
  if (disclosure.isError)
    return (
      <PageFailure
        error={disclosure.error}
        onRetry={() => void disclosure.refetch()}
        notFoundTitle={t('funding.disclosure.notFound')}
      />
    );
  const { project, sources, tranches, budgetActual, reports } = disclosure.data;
  const category = (code: string) =>
    taxonomyName(taxonomies.data?.budgetCategories, code, language);
  return (
    <div className="disclosure-page" data-project-id={project.id}>
      <title>{`${t('funding.disclosure.title')} · ${project.title} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={`/projects/${project.id}`}>← {t('funding.disclosure.toProject')}</Link>
      </p>
      <h1>
        {t('funding.disclosure.title')} · {project.title}
      </h1>
      {project.organisationName ? <p className="result-org">{project.organisationName}</p> : null}
      <p>
        <a href={projectDisclosureCsv(project.id)} download>
          {t('funding.disclosure.csv')}
        </a>
      </p>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('funding.disclosure.sources')}</h2>
        {sources.length === 0 ? (
          <p className="empty">{t('funding.disclosure.noSources')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funding.disclosure.funder')}</th>
                  <th scope="col">{t('funding.disclosure.call')}</th>
                  <th scope="col">{t('funding.disclosure.amount')}</th>
                  <th scope="col">{t('funding.disclosure.paid')}</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((source, index) => (
                  <tr key={index}>
                    <td>
                      {source.funderName}
                      {source.matchedAwardId ? ` (${t('funding.disclosure.matching')})` : ''}
                    </td>
                    <td>
                      {source.callId ? (
                        <Link to={`/disclosure/calls/${source.callId}`}>
                          {source.callTitle ?? source.callId}
                        </Link>
                      ) : (
                        source.callTitle
                      )}
                    </td>
                    <td>{formatFen(source.awardedFen)}</td>
                    <td>{formatFen(source.paidFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="tranches-heading">
        <h2 id="tranches-heading">{t('funding.disclosure.tranches')}</h2>
        {tranches.length === 0 ? (
          <p className="empty">{t('funding.disclosure.noTranches')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funding.disclosure.funder')}</th>
                  <th scope="col">{t('funding.tranche.seq')}</th>
                  <th scope="col">{t('funding.disclosure.amount')}</th>
                  <th scope="col">{t('funding.disclosure.paid')}</th>
                  <th scope="col">{t('funding.tranche.status')}</th>
                  <th scope="col">{t('funding.disclosure.paidOn')}</th>
                </tr>
              </thead>
              <tbody>
                {tranches.map((tranche) => (
                  <tr key={`${tranche.awardId}-${tranche.seq}`}>
                    <td>{tranche.funderName ?? ''}</td>
                    <td>{tranche.seq}</td>
                    <td>{formatFen(tranche.amountFen)}</td>
                    <td>{formatFen(tranche.paidFen)}</td>
                    <td>{trancheStatusLabel(t, tranche.status)}</td>
                    <td>{tranche.paidOn ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">{t('funding.disclosure.budgetActual')}</h2>
        {budgetActual.length === 0 ? (
          <p className="empty">{t('funding.disclosure.noBudgetActual')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('funding.budget.category')}</th>
                  <th scope="col">{t('funding.budget.budget')}</th>
                  <th scope="col">{t('funding.budget.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {budgetActual.map((row) => (
                  <tr key={row.category}>
                    <td>{category(row.category)}</td>
                    <td>{formatFen(row.budgetFen)}</td>
                    <td>{row.actualFen == null ? '—' : formatFen(row.actualFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {reports.length > 0 ? (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t('funding.disclosure.reports')}</h2>
          <ul role="list">
            {reports.map((report) => (
              <li key={`${report.kind}-${report.seq}`}>
                {reportKindLabel(t, report.kind)} {report.seq}: {report.periodFrom ?? ''} –{' '}
                {report.periodTo ?? ''} · {t('funding.disclosure.approvedOn')}{' '}
                {report.approvedOn ?? ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="muted">{t('funding.disclosure.noPersonalData')}</p>
    </div>
  );
}
