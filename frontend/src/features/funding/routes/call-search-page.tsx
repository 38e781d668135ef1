import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { RegionPicker } from '@/components/region-picker';
import { KeywordForm, SearchResults, toggleCode } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchCalls } from '../api/calls';
import { CallResult } from '../components/call-result';
import '../i18n';
import {
  parseCallSearch,
  toCallSearchParams,
  type CallSearchState,
} from '../utils/call-search-params';

/** `/calls`: the public search of funding calls; the URL holds every filter. */
export function CallSearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseCallSearch(searchParams), [searchParams]);
  const search = useSearchCalls(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (patch: Partial<CallSearchState>) =>
    setSearchParams(toCallSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const activeFilters =
    state.targetGroups.length +
    state.fundingTypes.length +
    state.programmes.length +
    (state.closingSoon ? 1 : 0);
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;

  return (
    <div className="search-page calls-page">
      <title>{`${t('funding.calls.title')} · ${t('app.name')}`}</title>
      <h1>{t('funding.calls.title')}</h1>
      <KeywordForm
        id="calls-q"
        q={state.q}
        label={t('funding.calls.queryLabel')}
        placeholder={t('funding.calls.queryPlaceholder')}
        submit={t('funding.calls.submit')}
        onSearch={(q) => update({ q })}
      />

      <div className="search-layout">
        <aside className="filters" aria-label={t('funding.calls.filters')}>
          <RegionPicker
            idPrefix="call-region"
            region={state.region}
            regionCounts={data?.facets.region}
            onChange={(region) => update({ region })}
          />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="call-facet-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('funding.calls.filters')}
            {activeFilters > 0 ? ` (${activeFilters})` : null}
          </button>
          <div id="call-facet-panel" className="facet-panel" data-open={filtersOpen}>
            <div className="checkbox-field">
              <input
                id="call-closing-soon"
                type="checkbox"
                checked={state.closingSoon}
                onChange={(event) => update({ closingSoon: event.target.checked })}
              />
              <label htmlFor="call-closing-soon">{t('funding.calls.closingSoon')}</label>
            </div>
            {taxonomies.data ? (
              <>
                <FacetFilter
                  legend={t('funding.calls.targetGroups')}
                  name="targetGroup"
                  items={taxonomies.data.targetGroups}
                  counts={data?.facets.targetGroup}
                  selected={state.targetGroups}
                  onToggle={(code, on) =>
                    update({ targetGroups: toggleCode(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('funding.calls.fundingTypes')}
                  name="fundingType"
                  items={taxonomies.data.fundingTypes}
                  counts={data?.facets.fundingType}
                  selected={state.fundingTypes}
                  onToggle={(code, on) =>
                    update({ fundingTypes: toggleCode(state.fundingTypes, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('funding.calls.programmes')}
                  name="programme"
                  items={taxonomies.data.programmes}
                  counts={data?.facets.programme}
                  selected={state.programmes}
                  onToggle={(code, on) =>
                    update({ programmes: toggleCode(state.programmes, code, on) })
                  }
                />
              </>
            ) : taxonomies.isError ? (
              <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
            ) : null}
          </div>
          {hasFilters ? (
            <button type="button" className="link-button" onClick={() => setSearchParams({})}>
              {t('funding.calls.clearFilters')}
            </button>
          ) : null}
        </aside>

        <SearchResults
          id="call-results-heading"
          heading={t('funding.calls.results')}
          search={search}
          query={toCallSearchParams(state).toString()}
          page={state.page}
          onPage={(page) => update({ page })}
          loading={t('funding.loading')}
          errorKey="funding.calls.error"
          count={(total) => t('funding.calls.resultCount', { count: total })}
          empty={t('funding.calls.empty')}
          renderItem={(hit) => <CallResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />}
        />
      </div>
    </div>
  );
}
