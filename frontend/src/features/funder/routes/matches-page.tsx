import { useState } from 'react';
import { useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormActions } from '@/components/form-actions';
import { FormAlert, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useSession } from '@/lib/auth/session';
import { formatFen, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDecideMatch, useMatches, usePledgeMatch, usePublicCalls } from '../api/matches';
import type { Match } from '../api/schemas';
import { BackLink, paths } from '../components/back-link';
import { FourEyesDecision, isFourEyes, proposedBy } from '../components/four-eyes';
import { FunderNav } from '../components/funder-nav';
import { matchStatusLabel } from '../utils/labels';
import { rememberOwn } from '../utils/own-proposals';

/** …/funder/matches — pledges to match (配捐) another funder's awards in a call, 1:1 up to a cap. */
export default function MatchesPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const matches = useMatches(organisationId);
  const [pledging, setPledging] = useState(false);
  return (
    <div className="funder-matches-page">
      <title>{`${t('funder.matches.title')} · ${t('app.name')}`}</title>
      <BackLink to={paths.organisation(organisationId)} label={t('funder.backToOrganisation')} />
      <h1>{t('funder.matches.title')}</h1>
      <FunderNav organisationId={organisationId} />
      <p className="field-hint">{t('funder.matches.explain')}</p>
      {matches.isPending ? <Loading label={t('search.loading')} /> : null}
      {matches.isError ? (
        <ErrorMessage error={matches.error} onRetry={() => void matches.refetch()} />
      ) : null}
      {matches.data?.length === 0 ? <p>{t('funder.matches.none')}</p> : null}
      {matches.data && matches.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('funder.matches.title')}>
          {matches.data.map((match) => (
            <MatchItem key={match.id} organisationId={organisationId} match={match} />
          ))}
        </ul>
      ) : null}
      {pledging ? (
        <PledgeForm organisationId={organisationId} onDone={() => setPledging(false)} />
      ) : (
        <button type="button" onClick={() => setPledging(true)}>
          {t('funder.matches.new')}
        </button>
      )}
    </div>
  );
}

function MatchItem({ organisationId, match }: { organisationId: string; match: Match }) {
  const { t } = useTranslation();
  const session = useSession();
  const decide = useDecideMatch();
  const own = proposedBy('match', match, session.account?.id) || isFourEyes(decide.error);
  const name = t('funder.matches.name', {
    call: match.callTitle ?? `#${match.callId}`,
    cap: formatFen(match.capFen),
  });
  return (
    <li data-match-id={match.id} data-status={match.status}>
      <p>
        {name} <span className="badge">{matchStatusLabel(t, match.status)}</span>
      </p>
      <p className="muted">
        {[
          match.callFunderName ?? '',
          t('funder.matches.committed', { committed: formatFen(match.committedFen ?? 0) }),
          match.statusReason ?? '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {match.status === 'proposed' ? (
        <FourEyesDecision
          kind="match"
          own={own}
          id={`match-decline-${match.id}`}
          approveLabel={t('funder.matches.approve', { name })}
          refuseLabel={t('funder.matches.decline', { name })}
          reasonLabel={t('funder.matches.declineReason')}
          pending={decide.isPending}
          error={decide.error}
          onApprove={() =>
            decide.mutate({ organisationId, matchId: match.id, decision: { action: 'approve' } })
          }
          onRefuse={(reason, done) =>
            decide.mutate(
              { organisationId, matchId: match.id, decision: { action: 'decline', reason } },
              { onSuccess: done },
            )
          }
        />
      ) : null}
    </li>
  );
}

const pledgeSchema = z.object({
  callId: z.string().check(z.minLength(1, 'funder.matches.chooseCall')),
  capYuan: z
    .string()
    .check(z.refine((value) => (yuanToFen(value) ?? 0) > 0, 'funder.form.yuanInvalid')),
});

function PledgeForm({ organisationId, onDone }: { organisationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const calls = usePublicCalls(search ?? '', search !== null);
  const pledge = usePledgeMatch();
  const form = useZodForm(pledgeSchema, { defaultValues: { callId: '', capYuan: '' } });
  const fieldError = useFieldError();
  const errors = form.formState.errors;
  const messages = useServerErrors(form.setError, pledge.error, ['callId', 'capFen'], {
    rename: { capFen: 'capYuan' },
  });
  const others = (calls.data?.items ?? []).filter(
    (call) => String(call.organisationId) !== organisationId,
  );
  const submit = form.handleSubmit((values) =>
    pledge.mutate(
      {
        organisationId,
        input: { callId: Number(values.callId), capFen: yuanToFen(values.capYuan) ?? 0 },
      },
      {
        onSuccess: (match) => {
          rememberOwn('match', session.account?.id, match.id);
          onDone();
        },
      },
    ),
  );
  return (
    <form
      className="form pledge-form"
      aria-label={t('funder.matches.new')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="field">
        <label htmlFor="pledge-search">{t('funder.matches.searchCalls')}</label>
        <input
          id="pledge-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setSearch(query.trim());
            }
          }}
        />
      </div>
      <button type="button" className="secondary" onClick={() => setSearch(query.trim())}>
        {t('funder.reviewers.searchButton')}
      </button>
      {calls.isFetching ? <Loading label={t('search.loading')} /> : null}
      {calls.isError ? <ErrorMessage error={calls.error} /> : null}
      <fieldset aria-invalid={errors.callId ? true : undefined}>
        <legend>{t('funder.matches.call')}</legend>
        {search !== null && !calls.isFetching && others.length === 0 ? (
          <p className="muted">{t('funder.matches.noCalls')}</p>
        ) : null}
        {others.map((call) => (
          <div className="checkbox-field" key={call.id}>
            <input
              id={`pledge-call-${call.id}`}
              type="radio"
              value={String(call.id)}
              {...form.register('callId')}
            />
            <label htmlFor={`pledge-call-${call.id}`}>
              {`${call.title} · ${call.organisationName ?? ''}`}
            </label>
          </div>
        ))}
        {errors.callId ? <p className="field-error">{fieldError(errors.callId)}</p> : null}
      </fieldset>
      <TextField
        id="pledge-capYuan"
        label={t('funder.matches.capYuan')}
        hint={t('funder.form.yuanHint')}
        inputMode="decimal"
        required
        error={fieldError(errors.capYuan)}
        {...form.register('capYuan')}
      />
      <FormAlert messages={messages} />
      <FormActions
        submitLabel={t('funder.matches.submit')}
        pending={pledge.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
