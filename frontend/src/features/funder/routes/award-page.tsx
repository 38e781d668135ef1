import { useState } from 'react';
import { useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormActions } from '@/components/form-actions';
import { FormAlert, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/session';
import { fenToYuan, formatFen, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useAward, useDecidePayment, useRecordPayment } from '../api/awards';
import type { Award, Payment, Tranche } from '../api/schemas';
import { AwardDecision } from '../components/award-decision';
import { BackLink, paths } from '../components/back-link';
import { FourEyesDecision, isFourEyes } from '../components/four-eyes';
import { awardStatusLabel, paymentStatusLabel, trancheStatusLabel } from '../utils/labels';
import { formatInstant, shanghaiToday } from '../utils/time';
import { isOwn, rememberOwn } from '../utils/own-proposals';
import { newIdempotencyKey } from '../utils/uuid';

/** …/funder/awards/:awardId — the award, its decision, its tranches and their payments. */
export default function AwardPage() {
  const { t } = useTranslation();
  const { organisationId = '', awardId = '' } = useParams();
  const award = useAward(organisationId, awardId);
  if (award.isPending) return <Loading label={t('search.loading')} />;
  if (award.isError) {
    return <ErrorMessage error={award.error} onRetry={() => void award.refetch()} />;
  }
  const data = award.data;
  const name = t('funder.awards.name', {
    organisation: data.organisationName ?? '',
    amount: formatFen(data.amountFen),
  });
  return (
    <div className="funder-award-page" data-award-id={data.id} data-status={data.status}>
      <title>{`${name} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.call(organisationId, data.callId, 'awards')}
        label={data.callTitle ?? t('funder.calls.title')}
      />
      <h1>{name}</h1>
      <p>
        <span className={`badge status-${data.status}`} data-testid="award-status">
          {awardStatusLabel(t, data.status)}
        </span>
        {data.statusReason ? <span className="muted"> · {data.statusReason}</span> : null}
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funder.award.project')}</dt>
          <dd>{data.projectTitle ?? ''}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.award.amount')}</dt>
          <dd>{formatFen(data.amountFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.award.paid')}</dt>
          <dd data-testid="award-paid">{formatFen(data.paidFen)}</dd>
        </div>
        {data.conditions ? (
          <div className="detail-row">
            <dt>{t('funder.awards.conditions')}</dt>
            <dd>{data.conditions}</dd>
          </div>
        ) : null}
        {data.proposedAt ? (
          <div className="detail-row">
            <dt>{t('funder.award.proposedAt')}</dt>
            <dd>{formatInstant(data.proposedAt)}</dd>
          </div>
        ) : null}
        {data.acceptedAt ? (
          <div className="detail-row">
            <dt>{t('funder.award.acceptedAt')}</dt>
            <dd>{formatInstant(data.acceptedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {data.status === 'proposed' ? (
        <AwardDecision organisationId={organisationId} award={data} />
      ) : null}
      {data.matchingAwards && data.matchingAwards.length > 0 ? (
        <section aria-labelledby="matching-heading">
          <h2 id="matching-heading">{t('funder.award.matching')}</h2>
          <ul role="list">
            {data.matchingAwards.map((match) => (
              <li key={match.id}>
                {`${match.funderName ?? ''} · ${formatFen(match.amountFen)} · ${awardStatusLabel(t, match.status)}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tranches-heading">
        <h2 id="tranches-heading">{t('funder.award.tranches')}</h2>
        <ol className="card-list">
          {[...data.tranches]
            .sort((a, b) => a.seq - b.seq)
            .map((tranche) => (
              <TrancheItem
                key={tranche.id}
                organisationId={organisationId}
                award={data}
                tranche={tranche}
              />
            ))}
        </ol>
      </section>
    </div>
  );
}

function TrancheItem({
  organisationId,
  award,
  tranche,
}: {
  organisationId: string;
  award: Award;
  tranche: Tranche;
}) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const unpaid = tranche.amountFen - tranche.paidFen;
  const open = tranche.payments.some((payment) => payment.status === 'recorded');
  const label = t('funder.award.tranche', { seq: tranche.seq });
  return (
    <li data-tranche-id={tranche.id} data-seq={tranche.seq} data-status={tranche.status}>
      <h3>
        {label}{' '}
        <span className={`badge status-${tranche.status}`}>
          {trancheStatusLabel(t, tranche.status)}
        </span>
      </h3>
      <p className="muted">
        {[
          t('funder.award.trancheAmount', {
            amount: formatFen(tranche.amountFen),
            paid: formatFen(tranche.paidFen),
          }),
          tranche.reportDueOn
            ? t('funder.award.reportDue', { date: tranche.reportDueOn })
            : t('funder.award.onAcceptance'),
        ].join(' · ')}
      </p>
      {tranche.payments.length > 0 ? (
        <ul role="list" aria-label={t('funder.award.paymentsOf', { tranche: label })}>
          {tranche.payments.map((payment) => (
            <PaymentItem
              key={payment.id}
              organisationId={organisationId}
              payment={payment}
              tranche={label}
            />
          ))}
        </ul>
      ) : null}
      {tranche.status === 'payable' && unpaid > 0 && !open && award.status !== 'proposed' ? (
        recording ? (
          <PaymentForm
            organisationId={organisationId}
            tranche={tranche}
            label={label}
            unpaid={unpaid}
            onDone={() => setRecording(false)}
          />
        ) : (
          <button type="button" onClick={() => setRecording(true)}>
            {t('funder.payment.record', { tranche: label })}
          </button>
        )
      ) : null}
    </li>
  );
}

function PaymentItem({
  organisationId,
  payment,
  tranche,
}: {
  organisationId: string;
  payment: Payment;
  tranche: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const decide = useDecidePayment();
  const accountId = session.account?.id;
  // the answer names the recorder where the API gives it; else what this browser recorded
  const own =
    (payment.recordedByMe ??
      (payment.recordedByAccountId != null
        ? payment.recordedByAccountId === accountId
        : isOwn('payment', accountId, payment.id))) ||
    isFourEyes(decide.error);
  const name = t('funder.payment.name', { tranche, amount: formatFen(payment.amountFen) });
  return (
    <li data-payment-id={payment.id} data-status={payment.status}>
      <p>
        {name} · {paymentStatusLabel(t, payment.status)}
        {payment.externalReference
          ? ` · ${t('funder.payment.reference', { reference: payment.externalReference })}`
          : ''}
        {payment.paidOn ? ` · ${t('funder.payment.paidOnText', { date: payment.paidOn })}` : ''}
      </p>
      {payment.status === 'recorded' ? (
        <FourEyesDecision
          kind="payment"
          own={own}
          id={`payment-reject-${payment.id}`}
          approveLabel={t('funder.payment.approve', { name })}
          refuseLabel={t('funder.payment.reject', { name })}
          reasonLabel={t('funder.payment.rejectReason')}
          pending={decide.isPending}
          error={decide.error}
          onApprove={() =>
            decide.mutate({
              organisationId,
              paymentId: payment.id,
              decision: { action: 'approve' },
            })
          }
          onRefuse={(reason, done) =>
            decide.mutate(
              { organisationId, paymentId: payment.id, decision: { action: 'reject', reason } },
              { onSuccess: done },
            )
          }
        />
      ) : null}
    </li>
  );
}

const paymentSchema = z.object({
  amountYuan: z
    .string()
    .check(z.refine((value) => (yuanToFen(value) ?? 0) > 0, 'funder.form.yuanInvalid')),
  externalReference: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  paidOn: z.string().check(z.minLength(1, 'forms.required')),
});

/**
 * Records a payment. The idempotency key is made when the form opens and sent with every try, so
 * a double click or a retry after a dropped connection records it once.
 */
function PaymentForm({
  organisationId,
  tranche,
  label,
  unpaid,
  onDone,
}: {
  organisationId: string;
  tranche: Tranche;
  label: string;
  unpaid: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const record = useRecordPayment();
  const form = useZodForm(paymentSchema, {
    defaultValues: {
      amountYuan: fenToYuan(unpaid),
      externalReference: '',
      paidOn: shanghaiToday(),
    },
  });
  const fieldError = useFieldError();
  const errors = form.formState.errors;
  const messages = useServerErrors(
    form.setError,
    record.error,
    ['amountFen', 'externalReference', 'paidOn'],
    { rename: { amountFen: 'amountYuan' } },
  );
  const submit = form.handleSubmit((values) =>
    record.mutate(
      {
        organisationId,
        trancheId: tranche.id,
        input: {
          amountFen: yuanToFen(values.amountYuan) ?? 0,
          externalReference: values.externalReference.trim(),
          paidOn: values.paidOn,
          idempotencyKey,
        },
      },
      {
        onSuccess: (payment) => {
          rememberOwn('payment', session.account?.id, payment.id);
          onDone();
        },
      },
    ),
  );
  const prefix = `payment-${tranche.id}`;
  // The key was seen with another body: an earlier try of this form recorded a payment (its
  // answer may have been lost) and the user has since changed it.
  const keyConflict =
    record.error instanceof ApiError &&
    record.error.status === 409 &&
    record.error.errors.some((item) => item.field?.split('.').at(-1) === 'idempotencyKey');
  return (
    <form
      className="form payment-form"
      aria-label={t('funder.payment.record', { tranche: label })}
      data-idempotency-key={idempotencyKey}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <TextField
        id={`${prefix}-amount`}
        label={t('funder.payment.amountYuan')}
        hint={t('funder.payment.unpaid', { amount: formatFen(unpaid) })}
        inputMode="decimal"
        required
        error={fieldError(errors.amountYuan)}
        {...form.register('amountYuan')}
      />
      <TextField
        id={`${prefix}-reference`}
        label={t('funder.payment.externalReference')}
        required
        maxLength={100}
        autoComplete="off"
        error={fieldError(errors.externalReference)}
        {...form.register('externalReference')}
      />
      <TextField
        id={`${prefix}-paidOn`}
        label={t('funder.payment.paidOn')}
        type="date"
        required
        error={fieldError(errors.paidOn)}
        {...form.register('paidOn')}
      />
      <p className="field-hint">{t('funder.payment.fourEyesHint')}</p>
      {keyConflict ? (
        <div className="notice" role="alert">
          <p>{t('funder.payment.keyConflict')}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              // the user means another payment: a new key, so the server records it
              setIdempotencyKey(newIdempotencyKey());
              record.reset();
            }}
          >
            {t('funder.payment.newKey')}
          </button>
        </div>
      ) : (
        <FormAlert messages={messages} />
      )}
      <FormActions
        submitLabel={t('funder.payment.submit')}
        pending={record.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
