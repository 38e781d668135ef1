import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, ORGANISATION_STATUSES, organisationStatusLabel } from '@/lib/labels';

import { QUEUE_PAGE_SIZE, useVerificationQueue } from '../api/get-verification-queue';

/** Organisations waiting for a decision, oldest first (the server's order). */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? 'submitted';
  const status = (ORGANISATION_STATUSES as readonly string[]).includes(statusParam)
    ? statusParam
    : 'submitted';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useVerificationQueue(status, page);
  const pages = queue.data ? Math.max(1, Math.ceil(queue.data.total / QUEUE_PAGE_SIZE)) : 1;

  return (
    <div className="admin-page">
      <title>{`${t('admin.queueTitle')} · ${t('app.name')}`}</title>
      <h1>{t('admin.queueTitle')}</h1>
      <div className="field">
        <label htmlFor="queue-status">{t('admin.statusFilter')}</label>
        <select
          id="queue-status"
          value={status}
          onChange={(event) => setParams({ status: event.target.value })}
        >
          {ORGANISATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {organisationStatusLabel(t, value)}
            </option>
          ))}
        </select>
      </div>
      {queue.isPending ? <Loading label={t('search.loading')} /> : null}
      {queue.isError ? (
        <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />
      ) : null}
      {queue.data ? (
        <>
          <p role="status">{t('admin.queueCount', { count: queue.data.total })}</p>
          {queue.data.items.length > 0 ? (
            <ul className="card-list" role="list" aria-label={t('admin.queueTitle')}>
              {queue.data.items.map((item) => (
                <li key={item.id} data-organisation-id={item.id}>
                  <Link to={`/admin/organisations/${encodeURIComponent(item.id)}`}>
                    {item.name}
                  </Link>{' '}
                  <span className="badge">{kindLabel(t, item.kind)}</span>{' '}
                  <span className="muted">{formatDate(item.submittedAt ?? item.createdAt)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <Pagination
            page={page}
            pages={pages}
            onPage={(next) => setParams({ status, page: String(next) })}
          />
        </>
      ) : null}
    </div>
  );
}

export default VerificationQueuePage;
