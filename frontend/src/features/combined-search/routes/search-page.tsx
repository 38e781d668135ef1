import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { activeCount, codeFacets, SearchFilters } from '@/components/search-filters';
import { SearchResults } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';
import { useUrlSearch } from '@/lib/use-url-search';

import '../i18n';
import { useSearchEverything } from '../api/search-everything';
import { HitItem } from '../components/hit-item';
import { KindFacet } from '../components/kind-facet';
import { OwnFilters } from '../components/own-filters';
import { parseCombinedSearchParams, toCombinedSearchParams } from '../utils/search-params';

/** Blended hits of every kind are paged through the first 200 (the API's limit). */
const BLENDED_WINDOW = 200;
/** One kind pages as its own search does. */
const KIND_WINDOW = 10_000;

/**
 * `/search`: one search over projects, openings, calls, organisations and stories. The keywords
 * come from the search box in the header (every page has it); here the kind (with counts), the
 * region and target groups, and the chosen kind's own filters. Everything lives in the URL.
 */
export default function CombinedSearchPage() {
  const { t } = useTranslation();
  const { state, query, update, clear } = useUrlSearch(
    parseCombinedSearchParams,
    toCombinedSearchParams,
  );
  const search = useSearchEverything(state);
  const taxonomies = useTaxonomies();

  const data = search.data;
  const facet = codeFacets(state, update);
  const active = activeCount(state.targetGroups, ...Object.values(state.own));
  const heading = state.q
    ? t('combinedSearch.titleWithQuery', { q: state.q })
    : t('combinedSearch.title');

  return (
    <div className="search-page combined-search-page">
      <title>{`${heading} · ${t('app.name')}`}</title>
      <h1>{heading}</h1>
      <SaveSearch kind="all" />

      <div className="search-layout">
        <SearchFilters
          label={t('search.filters')}
          panelId="facet-panel"
          lead={
            <>
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
            </>
          }
          taxonomies={taxonomies}
          facets={(taxonomy) => (
            <>
              {facet('targetGroups', {
                legend: t('search.targetGroups'),
                name: 'targetGroup',
                items: taxonomy.targetGroups,
                counts: data?.facets.targetGroup,
              })}
              {state.kind ? (
                <OwnFilters
                  kind={state.kind}
                  state={state}
                  facets={data?.facets}
                  taxonomies={taxonomy}
                  onChange={(own) => update({ own })}
                />
              ) : null}
            </>
          )}
          active={active}
          hasFilters={Boolean(state.q || state.region || state.kind) || active > 0}
          clearLabel={t('search.clearFilters')}
          onClear={() => clear(state.q ? { q: state.q } : {})}
        />

        <SearchResults
          id="results-heading"
          heading={t('search.resultsLabel')}
          search={{ ...search, data: data && { ...data, items: data.hits } }}
          query={query}
          page={state.page}
          onPage={(page) => update({ page })}
          loading={t('search.loading')}
          errorKey="combinedSearch.error"
          count={(total) => t('combinedSearch.resultCount', { count: total })}
          empty={t('combinedSearch.empty')}
          renderItem={(hit) => <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} />}
          resultWindow={state.kind ? KIND_WINDOW : BLENDED_WINDOW}
        />
      </div>
    </div>
  );
}
