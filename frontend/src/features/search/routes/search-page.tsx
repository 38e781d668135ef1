import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { MAX_RESULT_WINDOW, SEARCH_PAGE_SIZE } from '@/config/env';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchProjects } from '../api/search-projects';
import { ResultItem } from '../components/result-item';
import { SearchForm } from '../components/search-form';
import { parseSearchParams, toSearchParams, type SearchState } from '../utils/search-params';

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

export function SearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(searchParams), [searchParams]);
  const search = useSearchProjects(state);
  const taxonomies = useTaxonomies();
  // On narrow screens the checkbox groups fold away behind a button, so results come soon.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = state.targetGroups.length + state.categories.length;
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // Every change starts again at page 1, except paging itself.
  const update = (patch: Partial<SearchState>) =>
    setSearchParams(toSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const pages = data
    ? Math.max(
        1,
        Math.min(Math.ceil(data.total / pageSize), Math.floor(MAX_RESULT_WINDOW / pageSize)),
      )
    : 1;
  const hasFilters =
    Boolean(state.q || state.region) || state.targetGroups.length + state.categories.length > 0;
  const resultState = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';

  return (
    <div className="search-page">
      <title>{`${t('search.title')} · ${t('app.name')}`}</title>
      <h1>{t('search.title')}</h1>
      <SearchForm q={state.q} onSearch={(q) => update({ q })} />
      <SaveSearch
        key={searchParams.toString()}
        kind="project"
        params={searchParams}
        defaultName={state.q || t('savedSearch.allResults')}
      />

      <div className="search-layout">
        <aside className="filters" aria-label={t('search.filters')}>
          <RegionPicker
            region={state.region}
            regionCounts={data?.facets.regions}
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
                  counts={data?.facets.targetGroups}
                  selected={state.targetGroups}
                  onToggle={(code, on) =>
                    update({ targetGroups: toggle(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('search.categories')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.categories}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggle(state.categories, code, on) })
                  }
                />
              </>
            ) : taxonomies.isError ? (
              <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
            ) : null}
          </div>
          {hasFilters ? (
            <button type="button" className="link-button" onClick={() => setSearchParams({})}>
              {t('search.clearFilters')}
            </button>
          ) : null}
        </aside>

        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={search.isFetching}
          data-state={resultState}
          data-query={search.isPlaceholderData ? undefined : toSearchParams(state).toString()}
        >
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('search.resultsLabel')}
          </h2>
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
              <p
                className="result-count"
                role="status"
                data-testid="result-count"
                data-total={data.total}
              >
                {search.isFetching
                  ? t('search.loading')
                  : t('search.resultCount', { count: data.total })}
              </p>
              {data.total === 0 ? (
                <p className="empty">{t('search.empty')}</p>
              ) : (
                <ul className="result-list" role="list" aria-label={t('search.resultsLabel')}>
                  {data.items.map((hit) => (
                    <ResultItem key={hit.id} hit={hit} taxonomies={taxonomies.data} />
                  ))}
                </ul>
              )}
              <Pagination
                page={state.page}
                pages={pages}
                onPage={(page) => {
                  update({ page });
                  // Keyboard and screen-reader users continue at the top of the new page.
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
