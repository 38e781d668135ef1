import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useLedger, usePool } from '../api/awards';
import { ledgerKindLabel, matchStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

import { paths } from './back-link';

/** The pool (committed, paid, remaining; matching pledges) and the append-only ledger. */
export function PoolAndLedger({
  organisationId,
  callId,
}: {
  organisationId: string;
  callId: string;
}) {
  const { t } = useTranslation();
  const pool = usePool(organisationId, callId);
  const [page, setPage] = useState(1);
  const ledger = useLedger(organisationId, callId, page - 1);
  const pages =
    ledger.data && ledger.data.size > 0
      ? Math.max(1, Math.ceil(ledger.data.total / ledger.data.size))
      : 1;
  return (
    <>
      {pool.isPending ? <Loading label={t('search.loading')} /> : null}
      {pool.isError ? (
        <ErrorMessage error={pool.error} onRetry={() => void pool.refetch()} />
      ) : null}
      {pool.data ? (
        <>
          <dl className="detail-list" data-testid="pool">
            <div className="detail-row">
              <dt>{t('funder.call.pool')}</dt>
              <dd>{formatFen(pool.data.poolFen)}</dd>
            </div>
            <div className="detail-row">
              <dt>{t('funder.call.committed')}</dt>
              <dd data-testid="pool-committed">{formatFen(pool.data.committedFen)}</dd>
            </div>
            <div className="detail-row">
              <dt>{t('funder.pool.paid')}</dt>
              <dd data-testid="pool-paid">{formatFen(pool.data.paidFen)}</dd>
            </div>
            <div className="detail-row">
              <dt>{t('funder.call.remaining')}</dt>
              <dd data-testid="pool-remaining">{formatFen(pool.data.remainingFen)}</dd>
            </div>
          </dl>
          {pool.data.matches.length > 0 ? (
            <>
              <h3>{t('funder.pool.matches')}</h3>
              <ul role="list">
                {pool.data.matches.map((match) => (
                  <li key={match.id} data-match-id={match.id}>
                    {t('funder.pool.match', {
                      organisation: match.organisationName ?? '',
                      committed: formatFen(match.committedFen),
                      cap: formatFen(match.capFen),
                    })}{' '}
                    <span className="badge">{matchStatusLabel(t, match.status)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <h3>{t('funder.pool.ledger')}</h3>
      {ledger.isPending ? <Loading label={t('search.loading')} /> : null}
      {ledger.isError ? (
        <ErrorMessage error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : null}
      {ledger.data?.items.length === 0 ? <p>{t('funder.pool.noEntries')}</p> : null}
      {ledger.data && ledger.data.items.length > 0 ? (
        <div className="table-scroll">
          <table data-testid="ledger">
            <caption className="visually-hidden">{t('funder.pool.ledger')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funder.pool.recordedAt')}</th>
                <th scope="col">{t('funder.pool.kind')}</th>
                <th scope="col">{t('funder.pool.amount')}</th>
                <th scope="col">{t('funder.pool.organisation')}</th>
                <th scope="col">{t('funder.pool.award')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.items.map((entry) => (
                <tr key={entry.id} data-entry-id={entry.id} data-kind={entry.kind}>
                  <td>{formatInstant(entry.recordedAt)}</td>
                  <td>{ledgerKindLabel(t, entry.kind)}</td>
                  <td>{formatFen(entry.amountFen)}</td>
                  <td>{entry.organisationName ?? ''}</td>
                  <td>
                    {entry.awardId != null ? (
                      <Link to={paths.award(organisationId, entry.awardId)}>
                        {entry.trancheSeq != null
                          ? t('funder.pool.awardTranche', {
                              id: entry.awardId,
                              seq: entry.trancheSeq,
                            })
                          : `#${entry.awardId}`}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? <Pagination page={page} pages={pages} onPage={setPage} /> : null}
    </>
  );
}
