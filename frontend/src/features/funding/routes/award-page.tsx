import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { StandingReasonForm } from '@/components/reason-form';
import { ApiError } from '@/lib/api-client';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import { useAcceptAward, useAward, useRefuseAward } from '../api/awards';
import type { AwardDetail } from '../api/schemas';
import { awardStatusLabel, paymentStatusLabel, trancheStatusLabel } from '../components/labels';
import '../i18n';
import { beijingTime } from '../utils/time';
import { fundingPaths } from './paths';

function Acceptance({ organisationId, award }: { organisationId: string; award: AwardDetail }) {
  const { t } = useTranslation();
  const accept = useAcceptAward(organisationId, String(award.id));
  const refuse = useRefuseAward(organisationId, String(award.id));
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  const problems = formErrors(accept.error, [], t, { 409: t('funding.award.stale') });
  return (
    <section aria-labelledby="acceptance-heading">
      <h2 id="acceptance-heading">{t('funding.award.acceptance')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!agreed) {
            setMissing(true);
            return;
          }
          setMissing(false);
          accept.mutate({ version: award.version, acceptConditions: true });
        }}
      >
        <FormAlert messages={problems.messages} />
        <div className="checkbox-field">
          <input
            id="accept-conditions"
            type="checkbox"
            checked={agreed}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'accept-conditions-error' : undefined}
            onChange={(event) => setAgreed(event.target.checked)}
          />
          <label htmlFor="accept-conditions">{t('funding.award.agree')}</label>
        </div>
        {missing ? (
          <p id="accept-conditions-error" className="field-error">
            {t('funding.award.agreeRequired')}
          </p>
        ) : null}
        <button type="submit" disabled={accept.isPending}>
          {t('funding.award.accept')}
        </button>
      </form>
      <h3>{t('funding.award.refuse')}</h3>
      <StandingReasonForm
        id="refuse"
        label={t('funding.award.refuseReason')}
        submitLabel={t('funding.award.refuse')}
        pending={refuse.isPending}
        error={refuse.error}
        onSubmit={(reason) => refuse.mutate({ reason })}
      />
    </section>
  );
}

/** `/my/organisations/:organisationId/funding/awards/:awardId`: conditions, acceptance, tranches and payments. */
export function AwardPage() {
  const { t } = useTranslation();
  const { organisationId = '', awardId = '' } = useParams();
  const award = useAward(organisationId, awardId);
  if (award.isPending) return <Loading label={t('funding.loading')} />;
  if (award.isError)
    return award.error instanceof ApiError && award.error.status === 404 ? (
      <h1>{t('funding.award.notFound')}</h1>
    ) : (
      <ErrorMessage error={award.error} onRetry={() => void award.refetch()} />
    );
  const data = award.data;
  return (
    <div className="award-page" data-award-id={data.id} data-status={data.status}>
      <title>{`${t('funding.award.title')} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={fundingPaths.home(organisationId)}>← {t('funding.agency.title')}</Link>
      </p>
      <h1>
        {t('funding.award.title')} · {data.callTitle ?? ''}
      </h1>
      <p className="badges">
        <span className="badge" data-testid="award-status">
          {awardStatusLabel(t, data.status)}
        </span>
      </p>
      {data.statusReason ? <p className="notice">{data.statusReason}</p> : null}
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funding.award.funder')}</dt>
          <dd>{data.funderName ?? ''}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.award.project')}</dt>
          <dd>
            {data.projectId ? (
              <Link to={`/projects/${data.projectId}`}>{data.projectTitle ?? data.projectId}</Link>
            ) : (
              (data.projectTitle ?? '')
            )}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.award.amount')}</dt>
          <dd data-testid="award-amount">{formatFen(data.amountFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funding.award.paid')}</dt>
          <dd>{formatFen(data.paidFen)}</dd>
        </div>
        {data.acceptedAt ? (
          <div className="detail-row">
            <dt>{t('funding.award.acceptedAt')}</dt>
            <dd>{t('funding.beijing', { time: beijingTime(data.acceptedAt) })}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">{t('funding.award.conditions')}</h2>
        <p className="description">{data.conditions || t('funding.award.noConditions')}</p>
      </section>
      {data.matchingAwards && data.matchingAwards.length > 0 ? (
        <section aria-labelledby="matching-heading">
          <h2 id="matching-heading">{t('funding.award.matching')}</h2>
          <ul role="list">
            {data.matchingAwards.map((match) => (
              <li key={match.id}>
                {match.funderName ?? ''} · {formatFen(match.amountFen)} ·{' '}
                {awardStatusLabel(t, match.status)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.status === 'approved' ? (
        <Acceptance organisationId={organisationId} award={data} />
      ) : null}

      <section aria-labelledby="tranches-heading">
        <h2 id="tranches-heading">{t('funding.award.tranches')}</h2>
        <ol className="card-list">
          {data.tranches.map((tranche) => (
            <li key={tranche.id} data-tranche-seq={tranche.seq} data-status={tranche.status}>
              <h3>
                {t('funding.tranche.name', { seq: tranche.seq })} · {formatFen(tranche.amountFen)}
              </h3>
              <p>
                <span className="badge">{trancheStatusLabel(t, tranche.status)}</span>{' '}
                {t('funding.award.paidOf', {
                  paid: formatFen(tranche.paidFen),
                  amount: formatFen(tranche.amountFen),
                })}
              </p>
              <p className="muted">
                {tranche.reportDueOn
                  ? t('funding.tranche.afterReport', { date: tranche.reportDueOn })
                  : t('funding.tranche.onAcceptance')}
              </p>
              {tranche.payments && tranche.payments.length > 0 ? (
                <ul role="list" aria-label={t('funding.award.payments')}>
                  {tranche.payments.map((payment) => (
                    <li key={payment.id} data-payment-id={payment.id} data-status={payment.status}>
                      {payment.paidOn ?? ''} · {formatFen(payment.amountFen)} ·{' '}
                      {paymentStatusLabel(t, payment.status)}
                      {payment.externalReference ? ` · ${payment.externalReference}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
