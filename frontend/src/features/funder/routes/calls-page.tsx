import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useCalls } from '../api/calls';
import { BackLink, paths } from '../components/back-link';
import { FunderNav } from '../components/funder-nav';
import { CALL_STATUSES, callStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

/** /my/organisations/:organisationId/funder — the funder's calls. */
export default function CallsPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = CALL_STATUSES.find((candidate) => candidate === params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const calls = useCalls(organisationId, { status, page: page - 1 });
  const pages =
    calls.data && calls.data.size > 0
      ? Math.max(1, Math.ceil(calls.data.total / calls.data.size))
      : 1;

  const setFilter = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    const nextStatus = 'status' in next ? next.status : status;
    if (nextStatus) search.set('status', nextStatus);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <div className="funder-calls-page">
      <title>{`${t('funder.calls.title')} · ${t('app.name')}`}</title>
      <BackLink to={paths.organisation(organisationId)} label={t('funder.backToOrganisation')} />
      <h1>{t('funder.calls.title')}</h1>
      <FunderNav organisationId={organisationId} />
      <div className="actions">
        <Link className="button-link" to={paths.newCall(organisationId)}>
          {t('funder.calls.new')}
        </Link>
      </div>
      <div className="field">
        <label htmlFor="calls-status">{t('funder.calls.statusFilter')}</label>
        <select
          id="calls-status"
          value={status ?? ''}
          onChange={(event) => setFilter({ status: event.target.value || undefined, page: 1 })}
        >
          <option value="">{t('funder.calls.anyStatus')}</option>
          {CALL_STATUSES.map((code) => (
            <option key={code} value={code}>
              {callStatusLabel(t, code)}
            </option>
          ))}
        </select>
      </div>
      {calls.isPending ? <Loading label={t('search.loading')} /> : null}
      {calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : null}
      {calls.data?.items.length === 0 ? <p>{t('funder.calls.none')}</p> : null}
      {calls.data && calls.data.items.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('funder.calls.title')}>
          {calls.data.items.map((call) => (
            <li key={call.id} data-call-id={call.id} data-status={call.status}>
              <p>
                <Link to={paths.call(organisationId, call.id)}>{call.title}</Link>{' '}
                <span className={`badge status-${call.status}`}>
                  {callStatusLabel(t, call.status)}
                </span>
              </p>
              <p className="muted">
                {t('funder.calls.pool', {
                  pool: formatFen(call.poolFen),
                  committed: formatFen(call.committedFen ?? 0),
                })}
              </p>
              <p className="muted">
                {[
                  call.opensAt && call.closesAt
                    ? t('funder.calls.window', {
                        opens: formatInstant(call.opensAt),
                        closes: formatInstant(call.closesAt),
                      })
                    : '',
                  call.applicationCount != null
                    ? t('funder.calls.applications', { count: call.applicationCount })
                    : '',
                  call.twoStage ? t('funder.calls.twoStage') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <Pagination page={page} pages={pages} onPage={(next) => setFilter({ page: next })} />
      ) : null}
    </div>
  );
}
