import { useState } from 'react';
import { Link } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormActions } from '@/components/form-actions';
import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useSession } from '@/lib/auth/session';
import { formatFen, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useCallApplications } from '../api/applications';
import { useCallAwards, useProposeAward } from '../api/awards';
import type { Award, CallDetail } from '../api/schemas';
import { awardStatusLabel } from '../utils/labels';
import { rememberOwn } from '../utils/own-proposals';

import { AwardDecision } from './award-decision';
import { paths } from './back-link';

/** The call's awards (proposed, approved…) and the proposal form. */
export function CallAwards({ organisationId, call }: { organisationId: string; call: CallDetail }) {
  const { t } = useTranslation();
  const callId = String(call.id);
  const awards = useCallAwards(organisationId, callId);
  const [proposing, setProposing] = useState(false);
  return (
    <>
      {awards.isPending ? <Loading label={t('search.loading')} /> : null}
      {awards.isError ? (
        <ErrorMessage error={awards.error} onRetry={() => void awards.refetch()} />
      ) : null}
      {awards.data?.length === 0 ? <p>{t('funder.awards.none')}</p> : null}
      {awards.data && awards.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('funder.tab.awards')}>
          {awards.data.map((award) => (
            <AwardItem key={award.id} organisationId={organisationId} award={award} />
          ))}
        </ul>
      ) : null}
      {proposing ? (
        <ProposeForm
          organisationId={organisationId}
          call={call}
          onDone={() => setProposing(false)}
        />
      ) : (
        <button type="button" onClick={() => setProposing(true)}>
          {t('funder.awards.propose')}
        </button>
      )}
    </>
  );
}

function AwardItem({ organisationId, award }: { organisationId: string; award: Award }) {
  const { t } = useTranslation();
  return (
    <li data-award-id={award.id} data-status={award.status}>
      <p>
        <Link to={paths.award(organisationId, award.id)}>
          {t('funder.awards.name', {
            organisation: award.organisationName ?? '',
            amount: formatFen(award.amountFen),
          })}
        </Link>{' '}
        <span className={`badge status-${award.status}`}>{awardStatusLabel(t, award.status)}</span>
      </p>
      {award.projectTitle ? <p className="muted">{award.projectTitle}</p> : null}
      {award.conditions ? (
        <p className="description">
          {t('funder.awards.conditionsText', { text: award.conditions })}
        </p>
      ) : null}
      {award.status === 'proposed' ? (
        <AwardDecision organisationId={organisationId} award={award} />
      ) : null}
    </li>
  );
}

const proposeSchema = z.object({
  applicationId: z.string().check(z.minLength(1, 'forms.required')),
  amountYuan: z
    .string()
    .check(z.refine((value) => (yuanToFen(value) ?? 0) > 0, 'funder.form.yuanInvalid')),
  conditions: z.string(),
});

function ProposeForm({
  organisationId,
  call,
  onDone,
}: {
  organisationId: string;
  call: CallDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const applications = useCallApplications(organisationId, String(call.id), {
    status: 'submitted',
    stage: call.twoStage ? 'full' : undefined,
    page: 0,
  });
  const propose = useProposeAward();
  const form = useZodForm(proposeSchema, {
    defaultValues: { applicationId: '', amountYuan: '', conditions: '' },
  });
  const fieldError = useFieldError();
  const errors = form.formState.errors;
  const messages = useServerErrors(
    form.setError,
    propose.error,
    ['applicationId', 'amountFen', 'conditions'],
    { rename: { amountFen: 'amountYuan' } },
  );
  const submit = form.handleSubmit((values) =>
    propose.mutate(
      {
        organisationId,
        callId: String(call.id),
        input: {
          applicationId: Number(values.applicationId),
          amountFen: yuanToFen(values.amountYuan) ?? 0,
          conditions: values.conditions,
        },
      },
      {
        onSuccess: (award) => {
          rememberOwn('award', session.account?.id, award.id);
          onDone();
        },
      },
    ),
  );
  if (applications.isPending) return <Loading label={t('search.loading')} />;
  if (applications.isError) return <ErrorMessage error={applications.error} />;
  const remaining = call.remainingFen ?? call.poolFen - (call.committedFen ?? 0);
  return (
    <form
      className="form propose-form"
      aria-label={t('funder.awards.propose')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <p className="field-hint">
        {t('funder.awards.limits', {
          max: formatFen(call.maxAwardFen),
          remaining: formatFen(remaining),
        })}
      </p>
      <SelectField
        id="award-application"
        label={t('funder.awards.application')}
        required
        error={fieldError(errors.applicationId)}
        {...form.register('applicationId')}
      >
        <option value="">{t('funder.form.choose')}</option>
        {applications.data.items.map((application) => (
          <option key={application.id} value={String(application.id)}>
            {`${application.organisationName ?? ''} · ${application.title ?? ''} · ${formatFen(application.requestedFen)}`}
          </option>
        ))}
      </SelectField>
      <TextField
        id="award-amountYuan"
        label={t('funder.awards.amountYuan')}
        hint={t('funder.form.yuanHint')}
        inputMode="decimal"
        required
        error={fieldError(errors.amountYuan)}
        {...form.register('amountYuan')}
      />
      <TextAreaField
        id="award-conditions"
        label={t('funder.awards.conditions')}
        rows={3}
        maxLength={5000}
        error={fieldError(errors.conditions)}
        {...form.register('conditions')}
      />
      <p className="field-hint">{t('funder.awards.fourEyesHint')}</p>
      <FormAlert messages={messages} />
      <FormActions
        submitLabel={t('funder.awards.submitProposal')}
        pending={propose.isPending}
        disabled={!session.account}
        onCancel={onDone}
      />
    </form>
  );
}
