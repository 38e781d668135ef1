import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import {
  activeCount,
  codeFacets,
  FilterCheckbox,
  SearchFilters,
} from '@/components/search-filters';
import { KeywordForm, SearchResults } from '@/components/search-results';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';
import { useUrlSearch } from '@/lib/use-url-search';

import { useSearchCalls } from '../api/calls';
import { CallResult } from '../components/call-result';
import '../i18n';
import { parseCallSearch, toCallSearchParams } from '../utils/call-search-params';

/** `/calls`: the public search of funding calls; the URL holds every filter. */
export function CallSearchPage() {
  const { t } = useTranslation();
  const { state, query, update, clear } = useUrlSearch(parseCallSearch, toCallSearchParams);
  const search = useSearchCalls(state);
  const taxonomies = useTaxonomies();
  const data = search.data;
  const facet = codeFacets(state, update);
  const active = activeCount(
    state.targetGroups,
    state.fundingTypes,
    state.programmes,
    state.closingSoon,
  );

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
      <SaveSearch kind="call" />

      <div className="search-layout">
        <SearchFilters
          label={t('funding.calls.filters')}
          panelId="call-facet-panel"
          lead={
            <RegionPicker
              idPrefix="call-region"
              region={state.region}
              regionCounts={data?.facets.region}
              onChange={(region) => update({ region })}
            />
          }
          panel={
            <FilterCheckbox
              id="call-closing-soon"
              label={t('funding.calls.closingSoon')}
              checked={state.closingSoon}
              onChange={(closingSoon) => update({ closingSoon })}
            />
          }
          taxonomies={taxonomies}
          facets={(taxonomy) => (
            <>
              {facet('targetGroups', {
                legend: t('funding.calls.targetGroups'),
                name: 'targetGroup',
                items: taxonomy.targetGroups,
                counts: data?.facets.targetGroup,
              })}
              {facet('fundingTypes', {
                legend: t('funding.calls.fundingTypes'),
                name: 'fundingType',
                items: taxonomy.fundingTypes,
                counts: data?.facets.fundingType,
              })}
              {facet('programmes', {
                legend: t('funding.calls.programmes'),
                name: 'programme',
                items: taxonomy.programmes,
                counts: data?.facets.programme,
              })}
            </>
          )}
          active={active}
          hasFilters={Boolean(state.q || state.region) || active > 0}
          clearLabel={t('funding.calls.clearFilters')}
          onClear={() => clear()}
        />

        <SearchResults
          id="call-results-heading"
          heading={t('funding.calls.results')}
          search={search}
          query={query}
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
