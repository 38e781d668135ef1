import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { HighlightedSummary, HighlightedText } from '@/components/highlighted-text';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { RegionPicker } from '@/components/region-picker';
import { LooseNote } from '@/components/loose-note';
import { SaveSearch } from '@/components/save-search';
import { MAX_RESULT_WINDOW, SEARCH_PAGE_SIZE } from '@/config/env';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, ORGANISATION_KINDS, subtypeLabel } from '@/lib/labels';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchOrganisations, type OrganisationHit } from '../api/search-organisations';
import { regionCode } from '../api/schemas';
import {
  parseOrganisationSearch,
  toOrganisationSearchParams,
  type OrganisationSearchState,
} from '../utils/search-params';

const toggle = (list: readonly string[], code: string, on: boolean) =>
  on ? [...new Set([...list, code])] : list.filter((item) => item !== code);

function Hit({ hit }: { hit: OrganisationHit }) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const name = hit.highlight?.name ?? hit.name;
  const fragments = hit.highlight?.description ?? [];
  const regions = (hit.serviceRegions ?? []).map((ref) => ref.name ?? ref.code).join('、');
  return (
    <li className="result" data-organisation-id={hit.id}>
      <h3 className="result-title">
        <Link to={`/organisations/${encodeURIComponent(hit.id)}`}>
          <HighlightedText text={name} />
        </Link>
      </h3>
      <p className="result-org">
        {kindLabel(t, hit.kind)}
        {hit.subtype ? ` · ${subtypeLabel(t, hit.subtype)}` : ''}
      </p>
      <HighlightedSummary fragments={fragments} />
      <dl className="result-meta">
        {regions ? (
          <div>
            <dt>{t('orgForm.serviceRegions')}</dt>
            <dd data-region-codes={(hit.serviceRegions ?? []).map(regionCode).join(',')}>
              {regions}
            </dd>
          </div>
        ) : null}
        {hit.targetGroups?.length ? (
          <div>
            <dt>{t('search.targetGroups')}</dt>
            <dd>
              {hit.targetGroups
                .map((code) => taxonomyName(taxonomies.data?.targetGroups, code, language))
                .join('、')}
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

/** Verified organisations only, searched like projects: keyword, region, kind and facets. */
export function OrganisationSearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseOrganisationSearch(searchParams), [searchParams]);
  const search = useSearchOrganisations(state);
  const taxonomies = useTaxonomies();
  const update = (patch: Partial<OrganisationSearchState>) =>
    setSearchParams(toOrganisationSearchParams({ ...state, page: 1, ...patch }));
  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const pages = data
    ? Math.max(
        1,
        Math.min(Math.ceil(data.total / pageSize), Math.floor(MAX_RESULT_WINDOW / pageSize)),
      )
    : 1;
  const kindCount = (kind: string) => data?.facets.kinds?.find((f) => f.code === kind)?.count;

  return (
    <div className="search-page">
      <title>{`${t('orgSearch.title')} · ${t('app.name')}`}</title>
      <h1>{t('orgSearch.title')}</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const q = new FormData(event.currentTarget).get('q');
          update({ q: typeof q === 'string' ? q.trim() : '' });
        }}
      >
        <label htmlFor="org-search-q">{t('search.queryLabel')}</label>
        <div className="search-row">
          <input
            key={state.q}
            id="org-search-q"
            type="search"
            name="q"
            defaultValue={state.q}
            maxLength={200}
            placeholder={t('orgSearch.placeholder')}
          />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>
      <SaveSearch kind="organisation" />
      <div className="search-layout">
        <aside className="filters" aria-label={t('search.filters')}>
          <RegionPicker
            region={state.region}
            regionCounts={data?.facets.regions ?? undefined}
            onChange={(region) => update({ region })}
          />
          <div className="field">
            <label htmlFor="org-search-kind">{t('orgForm.kind')}</label>
            <select
              id="org-search-kind"
              value={state.kind ?? ''}
              onChange={(event) => update({ kind: event.target.value || undefined })}
            >
              <option value="">{t('search.anyRegion')}</option>
              {ORGANISATION_KINDS.map((kind) => {
                const count = kindCount(kind);
                return (
                  <option key={kind} value={kind}>
                    {kindLabel(t, kind)}
                    {count === undefined ? '' : ` (${count})`}
                  </option>
                );
              })}
            </select>
          </div>
          {taxonomies.data ? (
            <>
              <FacetFilter
                legend={t('search.targetGroups')}
                name="targetGroup"
                items={taxonomies.data.targetGroups}
                counts={data?.facets.targetGroups ?? undefined}
                selected={state.targetGroups}
                onToggle={(code, on) =>
                  update({ targetGroups: toggle(state.targetGroups, code, on) })
                }
              />
              <FacetFilter
                legend={t('search.categories')}
                name="category"
                items={taxonomies.data.serviceCategories}
                counts={data?.facets.categories ?? undefined}
                selected={state.categories}
                onToggle={(code, on) => update({ categories: toggle(state.categories, code, on) })}
              />
            </>
          ) : null}
        </aside>
        <section
          className="results"
          aria-labelledby="org-results-heading"
          aria-busy={search.isFetching}
          data-state={
            search.isFetching
              ? 'loading'
              : search.isError
                ? 'error'
                : data?.total === 0
                  ? 'empty'
                  : 'ready'
          }
        >
          <h2 id="org-results-heading">{t('search.resultsLabel')}</h2>
          {search.isError ? (
            <ErrorMessage
              error={search.error}
              fallbackKey="search.error"
              onRetry={() => void search.refetch()}
            />
          ) : null}
          {!data && search.isPending ? <Loading label={t('search.loading')} /> : null}
          {data && !search.isError ? (
            <>
              <p className="result-count" role="status" data-total={data.total}>
                {t('orgSearch.count', { count: data.total })}
              </p>
              <LooseNote loose={data.loose} />
              {data.total === 0 ? (
                <p className="empty">{t('orgSearch.empty')}</p>
              ) : (
                <ul className="result-list" role="list" aria-label={t('search.resultsLabel')}>
                  {data.items.map((hit) => (
                    <Hit key={hit.id} hit={hit} />
                  ))}
                </ul>
              )}
              <Pagination page={state.page} pages={pages} onPage={(page) => update({ page })} />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}

export default OrganisationSearchPage;
