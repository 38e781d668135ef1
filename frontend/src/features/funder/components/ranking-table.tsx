import { Fragment, useState } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useApplicationReviews, useRanking } from '../api/reviews';
import type { CallDetail, RankingRow } from '../api/schemas';
import { declarationLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

const score = (value: number | null | undefined) =>
  value == null ? '—' : (Math.round(value * 100) / 100).toFixed(2);

/** Applications by weighted score (ties by submission), with spread, reviews and flags. */
export function RankingTable({
  organisationId,
  call,
}: {
  organisationId: string;
  call: CallDetail;
}) {
  const { t } = useTranslation();
  const callId = String(call.id);
  const ranking = useRanking(organisationId, callId);
  const [open, setOpen] = useState<number | null>(null);
  if (ranking.isPending) return <Loading label={t('search.loading')} />;
  if (ranking.isError) {
    return <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />;
  }
  if (ranking.data.length === 0) return <p>{t('funder.applications.none')}</p>;
  return (
    <div className="table-scroll">
      <p className="field-hint">
        {t('funder.ranking.explain', { min: call.scoreMin, max: call.scoreMax })}
      </p>
      <table data-testid="ranking">
        <caption className="visually-hidden">{t('funder.tab.ranking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funder.ranking.rank')}</th>
            <th scope="col">{t('funder.ranking.application')}</th>
            <th scope="col">{t('funder.ranking.requested')}</th>
            <th scope="col">{t('funder.ranking.score')}</th>
            <th scope="col">{t('funder.ranking.spread')}</th>
            <th scope="col">{t('funder.ranking.reviews')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.data.map((row) => (
            <Fragment key={row.applicationId}>
              <tr
                data-application-id={row.applicationId}
                data-score={row.weightedScore ?? undefined}
              >
                <td>{row.rank ?? '—'}</td>
                <th scope="row">
                  {row.title || t('funder.applications.untitled')}
                  {row.organisationName ? (
                    <span className="muted"> · {row.organisationName}</span>
                  ) : null}
                  {row.needsReassignment ? (
                    <span className="badge status-rejected"> {t('funder.ranking.flag')}</span>
                  ) : null}
                </th>
                <td>{formatFen(row.requestedFen)}</td>
                <td>{score(row.weightedScore)}</td>
                <td>{score(row.spread)}</td>
                <td>
                  {t('funder.ranking.reviewCount', {
                    submitted: row.reviewsSubmitted,
                    assigned: row.reviewsAssigned,
                  })}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open === row.applicationId}
                    onClick={() =>
                      setOpen((current) =>
                        current === row.applicationId ? null : row.applicationId,
                      )
                    }
                  >
                    {t('funder.ranking.showReviews', {
                      title: row.title || t('funder.applications.untitled'),
                    })}
                  </button>
                </td>
              </tr>
              {open === row.applicationId ? (
                <tr>
                  <td colSpan={6}>
                    <Reviews organisationId={organisationId} callId={callId} row={row} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Reviews({
  organisationId,
  callId,
  row,
}: {
  organisationId: string;
  callId: string;
  row: RankingRow;
}) {
  const { t } = useTranslation();
  const reviews = useApplicationReviews(organisationId, callId, row.applicationId);
  if (reviews.isPending) return <Loading label={t('search.loading')} />;
  if (reviews.isError) return <ErrorMessage error={reviews.error} />;
  if (reviews.data.length === 0) return <p>{t('funder.ranking.noReviews')}</p>;
  return (
    <ul
      className="card-list"
      role="list"
      aria-label={t('funder.ranking.reviewsOf', { title: row.title ?? '' })}
    >
      {reviews.data.map((review) => (
        <li key={review.assignmentId} data-assignment-id={review.assignmentId}>
          <p>
            <strong>{review.displayName ?? ''}</strong>{' '}
            {review.declaration ? (
              <span className="muted">{declarationLabel(t, review.declaration)}</span>
            ) : null}
            {' · '}
            {t('funder.ranking.weighted', { score: score(review.weightedScore) })}
            {review.submittedAt ? ` · ${formatInstant(review.submittedAt)}` : ''}
          </p>
          {review.conflictReason ? (
            <p className="muted">
              {t('funder.ranking.conflictReason', { reason: review.conflictReason })}
            </p>
          ) : null}
          <ul role="list">
            {review.scores.map((item) => (
              <li key={item.criterionId}>
                {item.name ?? `#${item.criterionId}`}: {item.score ?? '—'}
                {item.comment ? ` — ${item.comment}` : ''}
              </li>
            ))}
          </ul>
          {review.comment ? <p className="description">{review.comment}</p> : null}
        </li>
      ))}
    </ul>
  );
}
