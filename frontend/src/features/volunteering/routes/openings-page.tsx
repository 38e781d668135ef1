import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { RegionPicker } from '@/components/region-picker';
import { KeywordForm, SearchResults, toggleCode } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchOpenings } from '../api/search-openings';
import { DateFilter } from '../components/date-filter';
import { OpeningResult } from '../components/opening-result';
import '../i18n';
import {
  parseOpeningSearch,
  toOpeningSearchParams,
  type OpeningSearchState,
} from '../utils/opening-search-params';

/** `/openings`: the public search of volunteer openings; the URL holds every filter. */
export function OpeningsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseOpeningSearch(searchParams), [searchParams]);
  const search = useSearchOpenings(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (patch: Partial<OpeningSearchState>) =>
    setSearchParams(toOpeningSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const activeFilters =
    state.targetGroups.length +
    state.categories.length +
    state.skills.length +
    (state.when ? 1 : 0) +
    (state.freePlaces ? 1 : 0);
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;

  return (
    <div className="search-page openings-page">
      <title>{`${t('volunteering.openings.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.openings.title')}</h1>
      <KeywordForm
        id="openings-q"
        q={state.q}
        label={t('volunteering.openings.queryLabel')}
        placeholder={t('volunteering.openings.queryPlaceholder')}
        submit={t('volunteering.openings.submit')}
        onSearch={(q) => update({ q })}
      />

      <div className="search-layout">
        <aside className="filters" aria-label={t('volunteering.openings.filters')}>
          <RegionPicker
            idPrefix="opening-region"
            region={state.region}
            regionCounts={data?.facets.region}
            onChange={(region) => update({ region })}
          />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="opening-facet-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('volunteering.openings.filters')}
            {activeFilters > 0 ? ` (${activeFilters})` : null}
          </button>
          <div id="opening-facet-panel" className="facet-panel" data-open={filtersOpen}>
            <DateFilter state={state} onChange={update} />
            <div className="checkbox-field">
              <input
                id="opening-free-places"
                type="checkbox"
                checked={state.freePlaces}
                onChange={(event) => update({ freePlaces: event.target.checked })}
              />
              <label htmlFor="opening-free-places">{t('volunteering.openings.freePlaces')}</label>
            </div>
            {taxonomies.data ? (
              <>
                <FacetFilter
                  legend={t('volunteering.openings.targetGroups')}
                  name="targetGroup"
                  items={taxonomies.data.targetGroups}
                  counts={data?.facets.targetGroup}
                  selected={state.targetGroups}
                  onToggle={(code, on) =>
                    update({ targetGroups: toggleCode(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('volunteering.openings.categories')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.category}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggleCode(state.categories, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('volunteering.openings.skills')}
                  name="skill"
                  items={taxonomies.data.skills ?? []}
                  counts={data?.facets.skill}
                  selected={state.skills}
                  onToggle={(code, on) => update({ skills: toggleCode(state.skills, code, on) })}
                />
              </>
            ) : taxonomies.isError ? (
              <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
            ) : null}
          </div>
          {hasFilters ? (
            <button type="button" className="link-button" onClick={() => setSearchParams({})}>
              {t('volunteering.openings.clearFilters')}
            </button>
          ) : null}
        </aside>

        <SearchResults
          id="opening-results-heading"
          heading={t('volunteering.openings.results')}
          search={search}
          query={toOpeningSearchParams(state).toString()}
          page={state.page}
          onPage={(page) => update({ page })}
          loading={t('volunteering.openings.loading')}
          errorKey="volunteering.openings.error"
          count={(total) => t('volunteering.openings.resultCount', { count: total })}
          empty={t('volunteering.openings.empty')}
          renderItem={(hit) => (
            <OpeningResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />
          )}
        />
      </div>
    </div>
  );
}

export default OpeningsPage;
