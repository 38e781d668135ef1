import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorMessage, PageFailure } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError, apiGet } from '@/lib/api-client';
import { useSession, type Membership } from '@/lib/auth/session';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { subtypeLabel } from '@/lib/labels';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useCall, useEligibility, useStartApplication } from '../api/calls';
import { applicationSummarySchema, pageOf, type CallDetail } from '../api/schemas';
import { EligibilityList } from '../components/eligibility-list';
import { basisLabel, callStateLabel, sectionLabel } from '../components/labels';
import '../i18n';
import { bpToPercent } from '../utils/money';
import { beijingTime } from '../utils/time';

function BackLink() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const fromSearch =
    state &&
    typeof state === 'object' &&
    'fromSearch' in state &&
    typeof state.fromSearch === 'string'
      ? state.fromSearch
      : '';
  return (
    <p className="back-link">
      <Link to={{ pathname: '/calls', search: fromSearch }}>← {t('funding.call.back')}</Link>
    </p>
  );
}

/** One organisation of the signed-in member: why it may (not) apply, and "start an application". */
function MemberEligibility({ call, membership }: { call: CallDetail; membership: Membership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const verdict = useEligibility(String(call.id), membership.organisationId);
  const start = useStartApplication();
  const open = (call.state ?? '') === 'open';
  const editor = (applicationId: number) =>
    `/my/organisations/${membership.organisationId}/funding/applications/${applicationId}`;

  const startApplication = () =>
    start.mutate(
      { organisationId: membership.organisationId, callId: call.id },
      {
        onSuccess: (application) => void navigate(editor(application.id)),
        onError: async (error) => {
          // one live application per organisation and call: open the one that exists
          if (error instanceof ApiError && error.status === 409) {
            const list = await apiGet(
              `/api/organisations/${membership.organisationId}/applications`,
              pageOf(applicationSummarySchema),
              { params: { size: 100 } },
            ).catch(() => undefined);
            const existing = list?.items.find(
              (item) => item.callId === call.id && !['withdrawn', 'rejected'].includes(item.status),
            );
            if (existing) void navigate(editor(existing.id));
          }
        },
      },
    );

  return (
    <section
      className="member-eligibility"
      aria-labelledby={`eligibility-${membership.organisationId}`}
      data-organisation-id={membership.organisationId}
    >
      <h3 id={`eligibility-${membership.organisationId}`}>{membership.organisationName}</h3>
      {verdict.isPending ? <Loading label={t('funding.loading')} /> : null}
      {verdict.isError ? <ErrorMessage error={verdict.error} /> : null}
      {verdict.data ? (
        <EligibilityList verdict={verdict.data} name={membership.organisationName} />
      ) : null}
      {open ? (
        <div className="actions">
          <button type="button" disabled={start.isPending} onClick={startApplication}>
            {t('funding.call.start', { name: membership.organisationName })}
          </button>
        </div>
      ) : null}
      {start.isError && !(start.error instanceof ApiError && start.error.status === 409) ? (
        <ErrorMessage error={start.error} />
      ) : null}
    </section>
  );
}

function Eligibility({ call }: { call: CallDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return null;
  const memberships = (session.account?.memberships ?? []).filter(
    (membership) => membership.organisationStatus === 'verified',
  );
  return (
    <section aria-labelledby="apply-heading" className="call-apply">
      <h2 id="apply-heading">{t('funding.call.apply')}</h2>
      {!session.account ? (
        <p>
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
            {t('funding.call.loginToApply')}
          </Link>
        </p>
      ) : memberships.length === 0 ? (
        <p>{t('funding.call.noOrganisation')}</p>
      ) : (
        memberships.map((membership) => (
          <MemberEligibility key={membership.organisationId} call={call} membership={membership} />
        ))
      )}
    </section>
  );
}

function CallContent({ call }: { call: CallDetail }) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const names = (codes: string[]) =>
    codes.map((code) => taxonomyName(taxonomies.data?.targetGroups, code, language)).join('、');
  const e = call.eligibility;
  return (
    <article className="call-detail" data-call-id={call.id} data-state={call.state ?? call.status}>
      <title>{`${call.title} · ${t('app.name')}`}</title>
      <header className="project-header">
        <h1>{call.title}</h1>
        <p className="result-org">{call.organisationName}</p>
        <p className="badges">
          <span className="badge" data-testid="call-state">
            {callStateLabel(t, call.state ?? call.status)}
          </span>
          <span className="badge">
            {taxonomyName(taxonomies.data?.fundingTypes, call.fundingType, language)}
          </span>
          {call.programme ? (
            <span className="badge">
              {taxonomyName(taxonomies.data?.programmes, call.programme, language)}
            </span>
          ) : null}
          {call.twoStage ? <span className="badge">{t('funding.call.twoStage')}</span> : null}
          {call.blindReview ? <span className="badge">{t('funding.call.blind')}</span> : null}
        </p>
      </header>
      {call.description ? <p className="description">{call.description}</p> : null}

      <section aria-labelledby="money-heading">
        <h2 id="money-heading">{t('funding.call.money')}</h2>
        <dl className="detail-list">
          <div className="detail-row">
            <dt>{t('funding.call.pool')}</dt>
            <dd data-testid="call-pool">{formatFen(call.poolFen)}</dd>
          </div>
          <div className="detail-row">
            <dt>{t('funding.call.remaining')}</dt>
            <dd>{formatFen(call.remainingFen)}</dd>
          </div>
          <div className="detail-row">
            <dt>{t('funding.call.maxAward')}</dt>
            <dd>{formatFen(call.maxAwardFen)}</dd>
          </div>
          <div className="detail-row">
            <dt>{t('funding.call.managementFeeCap')}</dt>
            <dd>{bpToPercent(call.managementFeeCapBp)}%</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading">{t('funding.call.dates')}</h2>
        <dl className="detail-list">
          <div className="detail-row">
            <dt>{t('funding.call.opensAt')}</dt>
            <dd>{t('funding.beijing', { time: beijingTime(call.opensAt) })}</dd>
          </div>
          {call.twoStage && call.conceptClosesAt ? (
            <div className="detail-row">
              <dt>{t('funding.call.conceptClosesAt')}</dt>
              <dd>{t('funding.beijing', { time: beijingTime(call.conceptClosesAt) })}</dd>
            </div>
          ) : null}
          <div className="detail-row">
            <dt>{t('funding.call.closesAt')}</dt>
            <dd data-testid="call-closes-at">
              {t('funding.beijing', { time: beijingTime(call.closesAt) })}
            </dd>
          </div>
          <div className="detail-row">
            <dt>{t('funding.call.reportInterval')}</dt>
            <dd>{t('funding.call.months', { count: call.reportIntervalMonths })}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{t('funding.call.eligibility')}</h2>
        <dl className="detail-list">
          <div className="detail-row">
            <dt>{t('funding.call.region')}</dt>
            <dd>
              {e.regionPath ?? e.regionCode} ({basisLabel(t, e.regionBasis)})
            </dd>
          </div>
          <div className="detail-row">
            <dt>{t('funding.call.subtypes')}</dt>
            <dd>
              {e.subtypes.length > 0
                ? e.subtypes.map((code) => subtypeLabel(t, code)).join('、')
                : t('funding.call.anyAgency')}
            </dd>
          </div>
          {e.targetGroups.length > 0 ? (
            <div className="detail-row">
              <dt>{t('funding.call.targetGroups')}</dt>
              <dd>{names(e.targetGroups)}</dd>
            </div>
          ) : null}
          <div className="detail-row">
            <dt>{t('funding.call.minSocialWorkers')}</dt>
            <dd>{e.minSocialWorkers}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t('funding.call.sections')}</h2>
        <ul className="card-list" role="list">
          {call.sections.map((section) => (
            <li key={section.code}>
              <h3>
                {sectionLabel(t, section.code)}
                {section.required ? ` (${t('funding.call.required')})` : ''}
              </h3>
              {section.guidance ? <p>{section.guidance}</p> : null}
              <p className="muted">{t('funding.call.maxChars', { count: section.maxChars })}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tranches-heading">
        <h2 id="tranches-heading">{t('funding.call.tranches')}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('funding.tranche.seq')}</th>
                <th scope="col">{t('funding.tranche.share')}</th>
                <th scope="col">{t('funding.tranche.condition')}</th>
              </tr>
            </thead>
            <tbody>
              {call.tranches.map((tranche) => (
                <tr key={tranche.seq}>
                  <td>{tranche.seq}</td>
                  <td>{bpToPercent(tranche.shareBp)}%</td>
                  <td>
                    {tranche.reportDueOn
                      ? t('funding.tranche.afterReport', { date: tranche.reportDueOn })
                      : t('funding.tranche.onAcceptance')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="rubric-heading">
        <h2 id="rubric-heading">{t('funding.call.rubric')}</h2>
        <p className="muted">
          {t('funding.call.scoreRange', { min: call.scoreMin, max: call.scoreMax })}
        </p>
        <ul className="card-list" role="list">
          {call.criteria.map((criterion) => (
            <li key={criterion.id}>
              <h3>
                {criterion.name} · {criterion.weight}%
              </h3>
              {criterion.description ? <p>{criterion.description}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <p>
        <Link to={`/disclosure/calls/${call.id}`}>{t('funding.call.disclosure')}</Link>
      </p>
      <Eligibility call={call} />
    </article>
  );
}

/** `/calls/:id`: everything an applicant needs, and for members the eligibility of each organisation. */
export function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const call = useCall(id);
  let content;
  if (call.isPending) content = <Loading label={t('funding.loading')} />;
  else if (call.isError)
    content = (
      <PageFailure
        error={call.error}
        onRetry={() => void call.refetch()}
        notFoundTitle={t('funding.call.notFound')}
      />
    );
  else content = <CallContent call={call.data} />;
  return (
    <div className="call-page">
      <BackLink />
      {content}
    </div>
  );
}
