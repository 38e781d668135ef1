import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useQueue, type QueueItem } from '../api/assignments';
import { assignmentStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

/** The name of an assignment: the application's title once it may be read, else the call and a number. */
export function useAssignmentName() {
  const { t } = useTranslation();
  return (item: QueueItem) =>
    item.applicationTitle ||
    t('review.queue.unnamed', { call: item.callTitle, id: item.applicationId });
}

/** /review — the signed-in reviewer's assignments. */
export default function QueuePage() {
  const { t } = useTranslation();
  const queue = useQueue();
  const name = useAssignmentName();
  return (
    <div className="review-queue-page">
      <title>{`${t('review.queue.title')} · ${t('app.name')}`}</title>
      <h1>{t('review.queue.title')}</h1>
      <p className="field-hint">{t('review.queue.explain')}</p>
      {queue.isPending ? <Loading label={t('search.loading')} /> : null}
      {queue.isError ? (
        <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />
      ) : null}
      {queue.data?.length === 0 ? <p>{t('review.queue.none')}</p> : null}
      {queue.data && queue.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('review.queue.title')}>
          {queue.data.map((item) => (
            <li
              key={item.assignmentId}
              data-assignment-id={item.assignmentId}
              data-application-id={item.applicationId}
              data-status={item.status}
            >
              <p>
                <Link to={`/review/${item.assignmentId}`}>{name(item)}</Link>{' '}
                <span className={`badge status-${item.status}`}>
                  {assignmentStatusLabel(t, item.status)}
                </span>
              </p>
              <p className="muted">
                {[
                  item.callTitle,
                  item.assignedAt
                    ? t('review.queue.assignedAt', { time: formatInstant(item.assignedAt) })
                    : '',
                  item.submittedAt
                    ? t('review.queue.submittedAt', { time: formatInstant(item.submittedAt) })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
