import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ReasonForm } from '@/components/reason-form';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import '../i18n';
import { useCall, useChangeCallStatus } from '../api/calls';
import { BackLink, paths } from '../components/back-link';
import { CallApplications } from '../components/call-applications';
import { CallAwards } from '../components/call-awards';
import { PoolAndLedger } from '../components/pool-ledger';
import { RankingTable } from '../components/ranking-table';
import { ReviewerAssignment } from '../components/reviewer-assignment';
import { callStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

const TABS = ['applications', 'reviewers', 'ranking', 'awards', 'pool'] as const;
type Tab = (typeof TABS)[number];

/** …/funder/calls/:callId — the call, its status actions, and its tabs. */
export default function CallPage() {
  const { t, language } = useTranslation();
  const { organisationId = '', callId = '' } = useParams();
  const [params] = useSearchParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'applications';
  const call = useCall(organisationId, callId);
  const taxonomies = useTaxonomies();
  const status = useChangeCallStatus();
  const [cancelling, setCancelling] = useState(false);
  const statusMessages = formErrors(status.error, [], t).messages;

  if (call.isPending) return <Loading label={t('search.loading')} />;
  if (call.isError) return <ErrorMessage error={call.error} onRetry={() => void call.refetch()} />;
  const data = call.data;
  const act = (action: 'publish' | 'close' | 'cancel', reason?: string) =>
    status.mutate(
      { organisationId, callId, action, reason },
      {
        onSuccess: () => {
          setCancelling(false);
          void call.refetch();
        },
      },
    );
  const remaining = data.remainingFen ?? data.poolFen - (data.committedFen ?? 0);

  return (
    <div className="funder-call-page" data-call-id={data.id} data-status={data.status}>
      <title>{`${data.title} · ${t('app.name')}`}</title>
      <BackLink to={paths.calls(organisationId)} label={t('funder.calls.title')} />
      <h1>{data.title}</h1>
      <p>
        <span className={`badge status-${data.status}`} data-testid="call-status">
          {callStatusLabel(t, data.status)}
        </span>{' '}
        {data.statusReason ? <span className="muted">{data.statusReason} · </span> : null}
        <span className="muted">
          {taxonomyName(taxonomies.data?.fundingTypes, data.fundingType, language)}
          {data.programme
            ? ` · ${taxonomyName(taxonomies.data?.programmes, data.programme, language)}`
            : ''}
        </span>
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funder.call.pool')}</dt>
          <dd data-testid="call-pool">{formatFen(data.poolFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.committed')}</dt>
          <dd>{formatFen(data.committedFen ?? 0)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.remaining')}</dt>
          <dd>{formatFen(remaining)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.maxAward')}</dt>
          <dd>{formatFen(data.maxAwardFen)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.window')}</dt>
          <dd>
            {formatInstant(data.opensAt)} – {formatInstant(data.closesAt)}
            {data.twoStage && data.conceptClosesAt
              ? ` · ${t('funder.call.conceptCloses', { time: formatInstant(data.conceptClosesAt) })}`
              : ''}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.region')}</dt>
          <dd>{data.eligibility.regionPath ?? data.eligibility.regionCode}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('funder.call.review')}</dt>
          <dd>
            {[
              data.blindReview ? t('funder.call.blind') : t('funder.call.notBlind'),
              data.twoStage ? t('funder.calls.twoStage') : '',
              t('funder.call.scoreRange', { min: data.scoreMin, max: data.scoreMax }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </dd>
        </div>
      </dl>
      <div className="actions">
        {data.status === 'draft' || data.status === 'published' ? (
          <Link to={paths.editCall(organisationId, callId)}>{t('funder.call.edit')}</Link>
        ) : null}
        {data.status === 'draft' ? (
          <button type="button" disabled={status.isPending} onClick={() => act('publish')}>
            {t('funder.call.publish')}
          </button>
        ) : null}
        {data.status === 'published' ? (
          <button
            type="button"
            className="secondary"
            disabled={status.isPending}
            onClick={() => act('close')}
          >
            {t('funder.call.close')}
          </button>
        ) : null}
        {(data.status === 'draft' || data.status === 'published') && !cancelling ? (
          <button type="button" className="danger" onClick={() => setCancelling(true)}>
            {t('funder.call.cancel')}
          </button>
        ) : null}
      </div>
      {cancelling ? (
        <ReasonForm
          id="call-cancel-reason"
          label={t('funder.call.cancelReason')}
          submitLabel={t('funder.call.cancel')}
          pending={status.isPending}
          error={status.error}
          onSubmit={(reason) => act('cancel', reason)}
          onCancel={() => setCancelling(false)}
        />
      ) : (
        <FormAlert messages={statusMessages} />
      )}

      <nav className="section-nav call-tabs" aria-label={t('funder.call.tabs')}>
        {TABS.map((name) => (
          <Link
            key={name}
            to={paths.call(organisationId, callId, name)}
            aria-current={name === tab ? 'page' : undefined}
            replace
          >
            {t(`funder.tab.${name}`)}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="call-tab-heading" data-tab={tab}>
        <h2 id="call-tab-heading">{t(`funder.tab.${tab}`)}</h2>
        {tab === 'applications' ? (
          <CallApplications organisationId={organisationId} call={data} />
        ) : null}
        {tab === 'reviewers' ? (
          <ReviewerAssignment organisationId={organisationId} callId={callId} />
        ) : null}
        {tab === 'ranking' ? <RankingTable organisationId={organisationId} call={data} /> : null}
        {tab === 'awards' ? <CallAwards organisationId={organisationId} call={data} /> : null}
        {tab === 'pool' ? <PoolAndLedger organisationId={organisationId} callId={callId} /> : null}
      </section>
    </div>
  );
}
