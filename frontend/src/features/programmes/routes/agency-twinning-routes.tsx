import type { ReactNode } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';

import { useAddSupport, useAgencyPairs } from '../api/programmes';
import type { AgencyPair } from '../api/schemas';
import { EntryForm } from '../components/entry-form';
import { dates } from '../components/labels';

import '../i18n';

const SUPPORT_KINDS = ['people-sent', 'supervision', 'training', 'joint-project'] as const;

function PairSection({ organisationId, entry }: { organisationId: string; entry: AgencyPair }) {
  const { t } = useTranslation();
  const add = useAddSupport(organisationId, entry.pair.id);
  const { pair, log } = entry;
  const headingId = `pair-${pair.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {pair.partnerName}（{pair.partnerProvince} {pair.partnerCity}）
      </h2>
      <p>
        {t('programmes.pair.dates')}：{dates(pair.startDate, pair.endDate, t('programmes.ongoing'))}
      </p>
      <p>{t('programmes.pair.supportTotals', pair.support)}</p>
      <div className="table-scroll">
        {log.length === 0 ? (
          <p>{t('programmes.agency.noEntries')}</p>
        ) : (
          <table>
            <caption>{t('programmes.agency.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.admin.fields.date')}</th>
                <th scope="col">{t('programmes.admin.fields.kind')}</th>
                <th scope="col">{t('programmes.admin.fields.count')}</th>
                <th scope="col">{t('programmes.admin.fields.note')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.date}</th>
                  <td>{t(`programmes.kinds.${e.kind as 'training'}`)}</td>
                  <td>{e.count}</td>
                  <td>{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <EntryForm
        id={`support-${pair.id}`}
        title={t('programmes.agency.add')}
        kinds={SUPPORT_KINDS}
        pending={add.isPending}
        error={add.error}
        done={add.isSuccess}
        onSubmit={(body) => add.mutate(body)}
      />
    </section>
  );
}

function AgencyTwinningPage() {
  const { organisationId = '' } = useParams();
  const { t } = useTranslation();
  const pairs = useAgencyPairs(organisationId);
  return (
    <div className="form-page">
      <title>{`${t('programmes.agency.title')} · ${t('app.name')}`}</title>
      <p>
        <Link className="back-link" to={`/my/organisations/${encodeURIComponent(organisationId)}`}>
          ← {t('programmes.agency.back')}
        </Link>
      </p>
      <h1>{t('programmes.agency.title')}</h1>
      {pairs.isPending ? <Loading label={t('programmes.loading')} /> : null}
      {pairs.isError ? <ErrorMessage error={pairs.error} /> : null}
      {pairs.data && pairs.data.length === 0 ? <p>{t('programmes.agency.none')}</p> : null}
      {pairs.data?.map((entry) => (
        <PairSection key={entry.pair.id} organisationId={organisationId} entry={entry} />
      ))}
    </div>
  );
}

/** `/my/organisations/:organisationId/twinning/*`: the agency's pairs and their support log. */
export default function AgencyTwinningRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<AgencyTwinningPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
