import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { RegionPicker } from '@/components/region-picker';
import { SEARCH_PAGE_SIZE } from '@/config/env';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import '../i18n';
import { useSearchEverything } from '../api/search-everything';
import { HitItem } from '../components/hit-item';
import { KindFacet } from '../components/kind-facet';
import { OwnFilters } from '../components/own-filters';
import {
  parseCombinedSearchParams,
  toCombinedSearchParams,
  type CombinedSearchState,
} from '../utils/search-params';

/** Blended hits of every kind are paged through the first 200 (the API's limit). */
const BLENDED_WINDOW = 200;
/** One kind pages as its own search does. */
const KIND_WINDOW = 10_000;

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

/**
 * `/search`: one search over projects, openings, calls, organisations and stories. The keywords
 * come from the search box in the header (every page has it); here the kind (with counts), the
 * region and target groups, and the chosen kind's own filters. Everything lives in the URL.
 */
export default function CombinedSearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseCombinedSearchParams(searchParams), [searchParams]);
  const search = useSearchEverything(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // Every change starts again at page 1, except paging itself.
  const update = (patch: Partial<CombinedSearchState>) =>
    setSearchParams(toCombinedSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const window = state.kind ? KIND_WINDOW : BLENDED_WINDOW;
  const pages = data
    ? Math.max(1, Math.min(Math.ceil(data.total / pageSize), Math.floor(window / pageSize)))
    : 1;
  const activeFilters =
    state.targetGroups.length +
    Object.values(state.own).reduce<number>(
      (sum, value) => sum + (Array.isArray(value) ? value.length : value ? 1 : 0),
      0,
    );
  const hasFilters = Boolean(state.q || state.region || state.kind) || activeFilters > 0;
  const resultState = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';
  const heading = state.q
    ? t('combinedSearch.titleWithQuery', { q: state.q })
    : t('combinedSearch.title');

  return (
    <div className="search-page combined-search-page">
      <title>{`${heading} · ${t('app.name')}`}</title>
      <h1>{heading}</h1>

      <div className="search-layout">
        <aside className="filters" aria-label={t('search.filters')}>
          <KindFacet
            kind={state.kind}
            counts={data?.kinds}
            total={data?.total}
            onChange={(kind) => update({ kind, own: {} })}
          />
          <RegionPicker
            region={state.region}
            regionCounts={data?.facets.region}
            onChange={(region) => update({ region })}
          />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="facet-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('search.filters')}
            {activeFilters > 0 ? ` (${activeFilters})` : null}
          </button>
          <div id="facet-panel" className="facet-panel" data-open={filtersOpen}>
            {taxonomies.data ? (
              <>
                <FacetFilter
                  legend={t('search.targetGroups')}
                  name="targetGroup"
                  items={taxonomies.data.targetGroups}
                  counts={data?.facets.targetGroup}
                  selected={state.targetGroups}
                  onToggle={(code, on) =>
                    update({ targetGroups: toggle(state.targetGroups, code, on) })
                  }
                />
                {state.kind ? (
                  <OwnFilters
                    kind={state.kind}
                    state={state}
                    facets={data?.facets}
                    taxonomies={taxonomies.data}
                    onChange={(own) => update({ own })}
                  />
                ) : null}
              </>
            ) : taxonomies.isError ? (
              <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
            ) : null}
          </div>
          {hasFilters ? (
            <button
              type="button"
              className="link-button"
              onClick={() => setSearchParams(state.q ? { q: state.q } : {})}
            >
              {t('search.clearFilters')}
            </button>
          ) : null}
        </aside>

        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={search.isFetching}
          data-state={resultState}
          data-query={
            search.isPlaceholderData ? undefined : toCombinedSearchParams(state).toString()
          }
        >
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('search.resultsLabel')}
          </h2>
          {search.isError ? (
            <ErrorMessage
              error={search.error}
              fallbackKey="combinedSearch.error"
              onRetry={() => void search.refetch()}
            />
          ) : null}
          {!data && search.isPending ? <Loading label={t('search.loading')} /> : null}
          {data && !search.isError ? (
            <>
              <p
                className="result-count"
                role="status"
                data-testid="result-count"
                data-total={data.total}
              >
                {search.isFetching
                  ? t('search.loading')
                  : t('combinedSearch.resultCount', { count: data.total })}
              </p>
              {data.loose && data.total > 0 ? (
                <p className="loose-note" data-testid="loose-note">
                  {t('combinedSearch.loose')}
                </p>
              ) : null}
              {data.total === 0 ? (
                <p className="empty">{t('combinedSearch.empty')}</p>
              ) : (
                <ul className="result-list" role="list" aria-label={t('search.resultsLabel')}>
                  {data.hits.map((hit) => (
                    <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} />
                  ))}
                </ul>
              )}
              <Pagination
                page={state.page}
                pages={pages}
                onPage={(page) => {
                  update({ page });
                  resultsHeading.current?.focus();
                }}
              />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
