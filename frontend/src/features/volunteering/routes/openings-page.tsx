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

import { useSearchOpenings } from '../api/search-openings';
import { DateFilter } from '../components/date-filter';
import { OpeningResult } from '../components/opening-result';
import '../i18n';
import { parseOpeningSearch, toOpeningSearchParams } from '../utils/opening-search-params';

/** `/openings`: the public search of volunteer openings; the URL holds every filter. */
export function OpeningsPage() {
  const { t } = useTranslation();
  const { state, query, update, clear } = useUrlSearch(parseOpeningSearch, toOpeningSearchParams);
  const search = useSearchOpenings(state);
  const taxonomies = useTaxonomies();
  const data = search.data;
  const facet = codeFacets(state, update);
  const active = activeCount(
    state.targetGroups,
    state.categories,
    state.skills,
    state.when,
    state.freePlaces,
  );

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
      <SaveSearch kind="opening" />

      <div className="search-layout">
        <SearchFilters
          label={t('volunteering.openings.filters')}
          panelId="opening-facet-panel"
          lead={
            <RegionPicker
              idPrefix="opening-region"
              region={state.region}
              regionCounts={data?.facets.region}
              onChange={(region) => update({ region })}
            />
          }
          panel={
            <>
              <DateFilter state={state} onChange={update} />
              <FilterCheckbox
                id="opening-free-places"
                label={t('volunteering.openings.freePlaces')}
                checked={state.freePlaces}
                onChange={(freePlaces) => update({ freePlaces })}
              />
            </>
          }
          taxonomies={taxonomies}
          facets={(taxonomy) => (
            <>
              {facet('targetGroups', {
                legend: t('volunteering.openings.targetGroups'),
                name: 'targetGroup',
                items: taxonomy.targetGroups,
                counts: data?.facets.targetGroup,
              })}
              {facet('categories', {
                legend: t('volunteering.openings.categories'),
                name: 'category',
                items: taxonomy.serviceCategories,
                counts: data?.facets.category,
              })}
              {facet('skills', {
                legend: t('volunteering.openings.skills'),
                name: 'skill',
                items: taxonomy.skills ?? [],
                counts: data?.facets.skill,
              })}
            </>
          )}
          active={active}
          hasFilters={Boolean(state.q || state.region) || active > 0}
          clearLabel={t('volunteering.openings.clearFilters')}
          onClear={() => clear()}
        />

        <SearchResults
          id="opening-results-heading"
          heading={t('volunteering.openings.results')}
          search={search}
          query={query}
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
