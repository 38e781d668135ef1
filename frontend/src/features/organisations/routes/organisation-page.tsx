import { Link, useParams } from 'react-router';

import { PageFailure } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, subtypeLabel } from '@/lib/labels';
import { useRegionName } from '@/lib/regions';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useOrganisation } from '../api/get-organisation';
import { regionCode, type RegionRef } from '../api/schemas';

function RegionLabel({ region }: { region: RegionRef }) {
  const code = regionCode(region) ?? '';
  const looked = useRegionName(code);
  const name = region.name;
  return <>{name ?? looked ?? code}</>;
}

/** The public profile of a verified organisation. */
export function OrganisationPage() {
  const { t, language } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const taxonomies = useTaxonomies();

  if (organisation.isPending) return <Loading label={t('search.loading')} />;
  if (organisation.isError) {
    return (
      <PageFailure
        error={organisation.error}
        onRetry={() => void organisation.refetch()}
        notFoundTitle={t('orgPage.notFound')}
      >
        <p>
          <Link to="/organisations">{t('orgSearch.title')}</Link>
        </p>
      </PageFailure>
    );
  }
  const data = organisation.data;
  const names = (
    items: 'targetGroups' | 'serviceCategories',
    codes: readonly string[] | null | undefined,
  ) =>
    (codes ?? [])
      .map((code) => taxonomyName(taxonomies.data?.[items], code, language))
      .join('、') || t('project.none');
  const workers = data.socialWorkers;
  const serviceRegions: RegionRef[] =
    data.serviceRegions ?? (data.serviceRegionCodes ?? []).map((code) => ({ code }));
  const registered =
    data.registeredRegion ??
    (data.registeredRegionCode ? { code: data.registeredRegionCode } : undefined);

  return (
    <article className="organisation-page" data-organisation-id={data.id}>
      <title>{`${data.name} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to="/organisations">← {t('orgSearch.title')}</Link>
      </p>
      <h1>{data.name}</h1>
      {data.demo ? <p className="badge demo">{t('project.demo')}</p> : null}
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('orgForm.kind')}</dt>
          <dd>
            {kindLabel(t, data.kind)}
            {data.subtype ? ` · ${subtypeLabel(t, data.subtype)}` : ''}
          </dd>
        </div>
        {registered ? (
          <div className="detail-row">
            <dt>{t('orgForm.registeredRegion')}</dt>
            <dd>
              <RegionLabel region={registered} />
            </dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('orgForm.serviceRegions')}</dt>
          <dd>
            {serviceRegions.length
              ? serviceRegions.map((region, index) => (
                  <span key={regionCode(region)}>
                    {index > 0 ? '、' : null}
                    <RegionLabel region={region} />
                  </span>
                ))
              : t('project.none')}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('search.targetGroups')}</dt>
          <dd>{names('targetGroups', data.targetGroups)}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('search.categories')}</dt>
          <dd>{names('serviceCategories', data.serviceCategories)}</dd>
        </div>
        {workers ? (
          <div className="detail-row">
            <dt>{t('orgForm.socialWorkers')}</dt>
            <dd>
              {t('orgPage.workers', {
                assistant: workers.assistant ?? 0,
                intermediate: workers.intermediate ?? 0,
                senior: workers.senior ?? 0,
              })}
            </dd>
          </div>
        ) : null}
        {data.contactPhone ? (
          <div className="detail-row">
            <dt>{t('orgForm.contactPhone')}</dt>
            <dd>
              <a href={`tel:${data.contactPhone}`}>{data.contactPhone}</a>
            </dd>
          </div>
        ) : null}
        {data.contactEmail ? (
          <div className="detail-row">
            <dt>{t('orgForm.contactEmail')}</dt>
            <dd>
              <a href={`mailto:${data.contactEmail}`}>{data.contactEmail}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {data.description ? (
        <section aria-labelledby="org-description-heading">
          <h2 id="org-description-heading">{t('orgForm.description')}</h2>
          <p className="description">{data.description}</p>
        </section>
      ) : null}
    </article>
  );
}

export default OrganisationPage;
