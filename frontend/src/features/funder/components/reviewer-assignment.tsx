import { useState } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useAssignReviewers, useRanking, useReviewerCandidates } from '../api/reviews';
import type { RankingRow } from '../api/schemas';
import { declarationLabel } from '../utils/labels';

/** Each application's reviewers with their declarations; assign or replace them. */
export function ReviewerAssignment({
  organisationId,
  callId,
}: {
  organisationId: string;
  callId: string;
}) {
  const { t } = useTranslation();
  const ranking = useRanking(organisationId, callId);
  if (ranking.isPending) return <Loading label={t('search.loading')} />;
  if (ranking.isError) {
    return <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />;
  }
  if (ranking.data.length === 0) return <p>{t('funder.applications.none')}</p>;
  return (
    <ul className="card-list" role="list" aria-label={t('funder.tab.reviewers')}>
      {ranking.data.map((row) => (
        <AssignmentItem
          key={row.applicationId}
          organisationId={organisationId}
          callId={callId}
          row={row}
        />
      ))}
    </ul>
  );
}

function AssignmentItem({
  organisationId,
  callId,
  row,
}: {
  organisationId: string;
  callId: string;
  row: RankingRow;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = row.title || t('funder.applications.untitled');
  return (
    <li
      data-application-id={row.applicationId}
      data-needs-reassignment={row.needsReassignment || undefined}
    >
      <p>
        <strong>{title}</strong>
        {row.organisationName ? <span className="muted"> · {row.organisationName}</span> : null}
      </p>
      {row.needsReassignment ? (
        <p className="notice" data-testid="needs-reassignment">
          {t('funder.reviewers.reassign')}
        </p>
      ) : null}
      {row.assignments.length === 0 ? (
        <p className="muted">{t('funder.reviewers.none')}</p>
      ) : (
        <ul role="list" aria-label={t('funder.reviewers.of', { title })}>
          {row.assignments.map((assignment) => (
            <li
              key={assignment.assignmentId}
              data-account-id={assignment.accountId}
              data-declaration={assignment.declaration}
            >
              {assignment.displayName} · {declarationLabel(t, assignment.declaration)}
              {assignment.submittedAt ? ` · ${t('funder.reviewers.submitted')}` : ''}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <CandidatePicker
          organisationId={organisationId}
          callId={callId}
          row={row}
          title={title}
          onDone={() => setEditing(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t('funder.reviewers.assign', { title })}
        </button>
      )}
    </li>
  );
}

function CandidatePicker({
  organisationId,
  callId,
  row,
  title,
  onDone,
}: {
  organisationId: string;
  callId: string;
  row: RankingRow;
  title: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Map<number, string>>(
    () =>
      new Map(
        row.assignments
          .filter((assignment) => assignment.declaration !== 'conflict')
          .map((assignment) => [assignment.accountId, assignment.displayName]),
      ),
  );
  const candidates = useReviewerCandidates(organisationId, search, true);
  const assign = useAssignReviewers();
  const prefix = `candidates-${row.applicationId}`;
  const toggle = (accountId: number, name: string, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(accountId, name);
      else next.delete(accountId);
      return next;
    });
  const shown = new Map<number, { name: string; source?: string }>();
  chosen.forEach((name, accountId) => shown.set(accountId, { name }));
  candidates.data?.forEach((candidate) =>
    shown.set(candidate.accountId, { name: candidate.displayName, source: candidate.source }),
  );
  const messages = formErrors(assign.error, [], t).messages;

  return (
    <form
      className="form candidate-picker"
      aria-label={t('funder.reviewers.assign', { title })}
      onSubmit={(event) => {
        event.preventDefault();
        setSearch(query.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-q`}>{t('funder.reviewers.search')}</label>
        <input
          id={`${prefix}-q`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <button type="submit" className="secondary">
        {t('funder.reviewers.searchButton')}
      </button>
      {candidates.isFetching ? <Loading label={t('search.loading')} /> : null}
      {candidates.isError ? <ErrorMessage error={candidates.error} /> : null}
      <fieldset>
        <legend>{t('funder.reviewers.candidates')}</legend>
        {shown.size === 0 ? <p className="muted">{t('funder.reviewers.noCandidates')}</p> : null}
        <ul className="facet-options" role="list">
          {[...shown.entries()].map(([accountId, candidate]) => (
            <li key={accountId}>
              <input
                id={`${prefix}-${accountId}`}
                type="checkbox"
                checked={chosen.has(accountId)}
                onChange={(event) => toggle(accountId, candidate.name, event.target.checked)}
              />
              <label htmlFor={`${prefix}-${accountId}`}>
                {candidate.name}
                {candidate.source
                  ? ` (${t(`funder.reviewers.source.${candidate.source === 'staff' ? 'staff' : 'reviewer'}`)})`
                  : ''}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormAlert messages={messages} />
      <div className="actions">
        <button
          type="button"
          disabled={assign.isPending}
          onClick={() =>
            assign.mutate(
              {
                organisationId,
                callId,
                applicationId: row.applicationId,
                accountIds: [...chosen.keys()],
              },
              { onSuccess: onDone },
            )
          }
        >
          {assign.isPending ? t('forms.sending') : t('funder.reviewers.save', { title })}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
