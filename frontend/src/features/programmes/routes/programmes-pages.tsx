import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/session';
import { useTranslation } from '@/lib/i18n/i18n';

import { PAGE_SIZE, PROGRAMMES_CSV, useProgramme, useProgrammes } from '../api/programmes';
import type { ProgrammeDetail } from '../api/schemas';
import { dates, programmeName } from '../components/labels';
import { ProgrammeFigures } from '../components/programme-figures';

import '../i18n';

/** `/programmes`: every tracked programme's target against its live figures. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const session = useSession();
  return (
    <div className="programmes-page">
      <title>{`${t('programmes.title')} · ${t('app.name')}`}</title>
      <h1>{t('programmes.title')}</h1>
      <p>{t('programmes.intro')}</p>
      <p>
        <a href={PROGRAMMES_CSV} download>
          {t('programmes.csv')}
        </a>
      </p>
      {session.isAdmin ? (
        <p>
          <Link to="/admin/programmes">{t('programmes.admin.title')}</Link>
        </p>
      ) : null}
      {programmes.isPending ? <Loading label={t('programmes.loading')} /> : null}
      {programmes.isError ? (
        <ErrorMessage error={programmes.error} fallbackKey="programmes.error" />
      ) : null}
      {programmes.data?.map((programme) => (
        <ProgrammeFigures key={programme.code} programme={programme} link />
      ))}
    </div>
  );
}

function Demo({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  return demo ? <span className="badge">{t('programmes.demo')}</span> : null;
}

/** The records of one programme, as a table (public facts only: organisations, places, counts, dates). */
function Records({ detail }: { detail: ProgrammeDetail }) {
  const { t } = useTranslation();
  const ongoing = t('programmes.ongoing');
  if (detail.twinningPairs) {
    return (
      <table>
        <caption>{t('programmes.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.pair.partner')}</th>
            <th scope="col">{t('programmes.pair.agency')}</th>
            <th scope="col">{t('programmes.pair.dates')}</th>
            <th scope="col">{t('programmes.pair.support')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.twinningPairs.items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.partnerName}（{p.partnerProvince} {p.partnerCity}） <Demo demo={p.demo} />
              </th>
              <td>
                <Link to={`/organisations/${p.agencyOrganisationId}`}>
                  {p.agencyOrganisationName}
                </Link>
                {p.prefectureName ? `（${p.prefectureName}）` : null}
              </td>
              <td>{dates(p.startDate, p.endDate, ongoing)}</td>
              <td>{t('programmes.pair.supportTotals', p.support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (detail.partnerships) {
    return (
      <table>
        <caption>{t('programmes.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.partnership.university')}</th>
            <th scope="col">{t('programmes.partnership.county')}</th>
            <th scope="col">{t('programmes.partnership.dates')}</th>
            <th scope="col">{t('programmes.records')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.partnerships.items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.universityName} <Demo demo={p.demo} />
              </th>
              <td>
                {p.prefectureName ? `${p.prefectureName} ` : null}
                {p.countyName}
              </td>
              <td>{dates(p.startDate, p.endDate, ongoing)}</td>
              <td>{t('programmes.partnership.activities', p.activities)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (detail.dispatches) {
    return (
      <table>
        <caption>{t('programmes.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.dispatch.place')}</th>
            <th scope="col">{t('programmes.dispatch.workers')}</th>
            <th scope="col">{t('programmes.dispatch.level')}</th>
            <th scope="col">{t('programmes.dispatch.dates')}</th>
            <th scope="col">{t('programmes.dispatch.sender')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.dispatches.items.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {[d.prefectureName, d.countyName, d.regionName].filter(Boolean).join(' ')}{' '}
                <Demo demo={d.demo} />
              </th>
              <td>{d.workers}</td>
              <td>{t(`programmes.levels.${d.qualificationLevel as 'none'}`)}</td>
              <td>{dates(d.startDate, d.endDate, ongoing)}</td>
              <td>{d.sendingOrganisationName ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const designations = detail.designations?.items ?? [];
  return (
    <table>
      <caption>{t('programmes.records')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('programmes.designation.project')}</th>
          <th scope="col">{t('programmes.designation.organisation')}</th>
          <th scope="col">{t('programmes.designation.year')}</th>
          <th scope="col">{t('programmes.designation.category')}</th>
        </tr>
      </thead>
      <tbody>
        {designations.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <Link to={`/projects/${d.projectId}`}>{d.projectTitle}</Link> <Demo demo={d.demo} />
            </th>
            <td>
              <Link to={`/organisations/${d.organisationId}`}>{d.organisationName}</Link>
            </td>
            <td>{d.year}</td>
            <td>{t(`programmes.categories.${d.category as 'a'}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/programmes/:code`: one programme's figures and its records, a page at a time. */
export function ProgrammePage() {
  const { code = '' } = useParams();
  const { t, language } = useTranslation();
  const [page, setPage] = useState(1);
  const detail = useProgramme(code, page - 1);
  if (detail.isPending) return <Loading label={t('programmes.loading')} />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && detail.error.status === 404) {
      return (
        <>
          <title>{`${t('programmes.notFound')} · ${t('app.name')}`}</title>
          <h1>{t('programmes.notFound')}</h1>
          <Link to="/programmes">{t('programmes.back')}</Link>
        </>
      );
    }
    return <ErrorMessage error={detail.error} fallbackKey="programmes.error" />;
  }
  const data = detail.data;
  const records =
    data.twinningPairs ?? data.partnerships ?? data.dispatches ?? data.designations ?? null;
  const pages = records ? Math.ceil(records.total / PAGE_SIZE) : 0;
  return (
    <div className="programme-page">
      <title>{`${programmeName(data.programme, language)} · ${t('app.name')}`}</title>
      <p>
        <Link className="back-link" to="/programmes">
          ← {t('programmes.back')}
        </Link>
      </p>
      <ProgrammeFigures programme={data.programme} headingLevel={1} />
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">{t('programmes.records')}</h2>
        <p className="result-count">
          {t('programmes.recordCount', { count: records?.total ?? 0 })}
        </p>
        {records && records.total > 0 ? (
          <div className="table-scroll">
            <Records detail={data} />
          </div>
        ) : (
          <p>{t('programmes.empty')}</p>
        )}
        <Pagination page={page} pages={pages} onPage={setPage} />
      </section>
    </div>
  );
}
