import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { SearchResults, toggleCode } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchProjects } from '../api/search-projects';
import { ResultItem } from '../components/result-item';
import { SearchForm } from '../components/search-form';
import { parseSearchParams, toSearchParams, type SearchState } from '../utils/search-params';

export function SearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(searchParams), [searchParams]);
  const search = useSearchProjects(state);
  const taxonomies = useTaxonomies();
  // On narrow screens the checkbox groups fold away behind a button, so results come soon.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = state.targetGroups.length + state.categories.length;

  // Every change starts again at page 1, except paging itself.
  const update = (patch: Partial<SearchState>) =>
    setSearchParams(toSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const hasFilters =
    Boolean(state.q || state.region) || state.targetGroups.length + state.categories.length > 0;

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
                    update({ targetGroups: toggleCode(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('search.categories')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.categories}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggleCode(state.categories, code, on) })
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

        <SearchResults
          id="results-heading"
          heading={t('search.resultsLabel')}
          search={search}
          query={toSearchParams(state).toString()}
          page={state.page}
          onPage={(page) => update({ page })}
          loading={t('search.loading')}
          errorKey="search.error"
          count={(total) => t('search.resultCount', { count: total })}
          empty={t('search.empty')}
          renderItem={(hit) => <ResultItem key={hit.id} hit={hit} taxonomies={taxonomies.data} />}
        />
      </div>
    </div>
  );
}
