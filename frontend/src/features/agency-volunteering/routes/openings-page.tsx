import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useOpenings } from '../api/get-openings';
import { BackLink, paths } from '../components/back-link';
import { openingStatusLabel } from '../utils/labels';
import { formatInstant } from '../utils/time';

const STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;

/** /my/organisations/:organisationId/openings — the organisation's volunteer openings. */
export default function OpeningsPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((candidate) => candidate === params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openings = useOpenings(organisationId, { status, page: page - 1 });
  const pages =
    openings.data && openings.data.size > 0
      ? Math.max(1, Math.ceil(openings.data.total / openings.data.size))
      : 1;

  const setFilter = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    const nextStatus = 'status' in next ? next.status : status;
    if (nextStatus) search.set('status', nextStatus);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <div className="agency-openings-page">
      <title>{`${t('agencyVolunteering.openings.title')} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.organisation(organisationId)}
        label={t('agencyVolunteering.backToOrganisation')}
      />
      <h1>{t('agencyVolunteering.openings.title')}</h1>
      <div className="actions">
        <Link className="button-link" to={paths.newOpening(organisationId)}>
          {t('agencyVolunteering.openings.new')}
        </Link>
        <Link to={paths.records(organisationId)}>{t('agencyVolunteering.records.title')}</Link>
      </div>
      <div className="field">
        <label htmlFor="openings-status">{t('agencyVolunteering.openings.statusFilter')}</label>
        <select
          id="openings-status"
          value={status ?? ''}
          onChange={(event) => setFilter({ status: event.target.value || undefined, page: 1 })}
        >
          <option value="">{t('agencyVolunteering.openings.anyStatus')}</option>
          {STATUSES.map((code) => (
            <option key={code} value={code}>
              {openingStatusLabel(t, code)}
            </option>
          ))}
        </select>
      </div>
      {openings.isPending ? <Loading label={t('search.loading')} /> : null}
      {openings.isError ? (
        <ErrorMessage error={openings.error} onRetry={() => void openings.refetch()} />
      ) : null}
      {openings.data?.items.length === 0 ? <p>{t('agencyVolunteering.openings.none')}</p> : null}
      {openings.data && openings.data.items.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('agencyVolunteering.openings.title')}>
          {openings.data.items.map((opening) => (
            <li key={opening.id} data-opening-id={opening.id} data-status={opening.status}>
              <p>
                <Link to={paths.opening(organisationId, opening.id)}>{opening.title}</Link>{' '}
                <span className={`badge status-${opening.status}`}>
                  {openingStatusLabel(t, opening.status)}
                </span>
              </p>
              {opening.regionPath ? <p className="muted">{opening.regionPath}</p> : null}
              <p className="muted">
                {[
                  opening.shiftCount != null
                    ? t('agencyVolunteering.openings.shiftCount', { count: opening.shiftCount })
                    : '',
                  opening.freePlaces != null
                    ? opening.capacity != null
                      ? t('agencyVolunteering.openings.freeOf', {
                          free: opening.freePlaces,
                          capacity: opening.capacity,
                        })
                      : t('agencyVolunteering.openings.free', { free: opening.freePlaces })
                    : '',
                  opening.nextShiftStartsAt
                    ? t('agencyVolunteering.openings.next', {
                        time: formatInstant(opening.nextShiftStartsAt),
                      })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {opening.signupDeadline ? (
                <p className="muted">
                  {t('agencyVolunteering.openings.deadline', {
                    time: formatInstant(opening.signupDeadline),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <Pagination page={page} pages={pages} onPage={(next) => setFilter({ page: next })} />
      ) : null}
    </div>
  );
}
