import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { activeCount, codeFacets, SearchFilters } from '@/components/search-filters';
import { SearchResults } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';
import { useUrlSearch } from '@/lib/use-url-search';

import { useSearchProjects } from '../api/search-projects';
import { ResultItem } from '../components/result-item';
import { SearchForm } from '../components/search-form';
import { parseSearchParams, toSearchParams } from '../utils/search-params';

export function SearchPage() {
  const { t } = useTranslation();
  const { state, query, update, clear } = useUrlSearch(parseSearchParams, toSearchParams);
  const search = useSearchProjects(state);
  const taxonomies = useTaxonomies();
  const data = search.data;
  const facet = codeFacets(state, update);
  const active = activeCount(state.targetGroups, state.categories);

  return (
    <div className="search-page">
      <title>{`${t('search.title')} · ${t('app.name')}`}</title>
      <h1>{t('search.title')}</h1>
      <SearchForm q={state.q} onSearch={(q) => update({ q })} />
      <SaveSearch kind="project" />

      <div className="search-layout">
        <SearchFilters
          label={t('search.filters')}
          panelId="facet-panel"
          lead={
            <RegionPicker
              region={state.region}
              regionCounts={data?.facets.regions}
              onChange={(region) => update({ region })}
            />
          }
          taxonomies={taxonomies}
          facets={(taxonomy) => (
            <>
              {facet('targetGroups', {
                legend: t('search.targetGroups'),
                name: 'targetGroup',
                items: taxonomy.targetGroups,
                counts: data?.facets.targetGroups,
              })}
              {facet('categories', {
                legend: t('search.categories'),
                name: 'category',
                items: taxonomy.serviceCategories,
                counts: data?.facets.categories,
              })}
            </>
          )}
          active={active}
          hasFilters={Boolean(state.q || state.region) || active > 0}
          clearLabel={t('search.clearFilters')}
          onClear={() => clear()}
        />

        <SearchResults
          id="results-heading"
          heading={t('search.resultsLabel')}
          search={search}
          query={query}
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
