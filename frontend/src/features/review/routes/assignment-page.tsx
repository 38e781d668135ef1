import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useQueue, useReviewerApplication, type ReviewerApplication } from '../api/assignments';
import { ApplicationView } from '../components/application-view';
import { DeclarationForm } from '../components/declaration-form';
import { ScoringForm } from '../components/scoring-form';
import { assignmentStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

import { useAssignmentName } from './queue-page';

function BackToQueue() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/review">← {t('review.queue.title')}</Link>
    </p>
  );
}

/**
 * /review/:assignmentId — declare first (a conflict hides the application for good), then read
 * the application (blind when the call is) and score it against the rubric.
 */
export default function AssignmentPage() {
  const { t } = useTranslation();
  const { assignmentId = '' } = useParams();
  const queue = useQueue();
  const name = useAssignmentName();
  const item = queue.data?.find((candidate) => String(candidate.assignmentId) === assignmentId);
  const readable = item?.status === 'score' || item?.status === 'submitted';
  const application = useReviewerApplication(assignmentId, readable);

  if (queue.isPending) return <Loading label={t('search.loading')} />;
  if (queue.isError)
    return <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />;
  if (!item) {
    return (
      <>
        <BackToQueue />
        <h1>{t('review.assignment.notFound')}</h1>
      </>
    );
  }
  return (
    <div
      className="review-assignment-page"
      data-assignment-id={item.assignmentId}
      data-status={item.status}
    >
      <title>{`${name(item)} · ${t('app.name')}`}</title>
      <BackToQueue />
      <h1>{name(item)}</h1>
      <p>
        <span className={`badge status-${item.status}`} data-testid="assignment-status">
          {assignmentStatusLabel(t, item.status)}
        </span>{' '}
        <span className="muted">{item.callTitle}</span>
      </p>
      {item.status === 'declare' ? <DeclarationForm assignmentId={assignmentId} /> : null}
      {item.status === 'conflicted' ? (
        <p className="notice" data-testid="conflicted">
          {t('review.assignment.conflicted')}
        </p>
      ) : null}
      {readable ? (
        application.isPending ? (
          <Loading label={t('search.loading')} />
        ) : application.isError ? (
          <ErrorMessage error={application.error} onRetry={() => void application.refetch()} />
        ) : (
          <Readable data={application.data} />
        )
      ) : null}
    </div>
  );
}

function Readable({ data }: { data: ReviewerApplication }) {
  const { t } = useTranslation();
  return (
    <>
      <ApplicationView data={data} />
      {data.submittedAt ? (
        <Submitted data={data} />
      ) : (
        <ScoringForm key={data.version} data={data} />
      )}
      {data.submittedAt ? null : <p className="field-hint">{t('review.scoring.final')}</p>}
    </>
  );
}

function Submitted({ data }: { data: ReviewerApplication }) {
  const { t } = useTranslation();
  const criteria = [...data.rubric.criteria].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="submitted-heading" data-testid="review-submitted">
      <h2 id="submitted-heading">{t('review.submitted.title')}</h2>
      <p>
        {t('review.submitted.at', { time: formatInstant(data.submittedAt) })}
        {data.weightedScore != null
          ? ` · ${t('review.submitted.weighted', { score: data.weightedScore.toFixed(2) })}`
          : ''}
      </p>
      <ul role="list">
        {criteria.map((criterion) => {
          const own = data.scores.find((score) => score.criterionId === criterion.id);
          return (
            <li key={criterion.id}>
              {criterion.name}: {own?.score ?? '—'}
              {own?.comment ? ` — ${own.comment}` : ''}
            </li>
          );
        })}
      </ul>
      {data.comment ? <p className="description">{data.comment}</p> : null}
    </section>
  );
}
