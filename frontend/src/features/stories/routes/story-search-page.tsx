import { Link, useLocation } from 'react-router';

import { HighlightedSummary, HighlightedText } from '@/components/highlighted-text';
import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { activeCount, codeFacets, SearchFilters } from '@/components/search-filters';
import { KeywordForm, SearchResults } from '@/components/search-results';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';
import { useUrlSearch } from '@/lib/use-url-search';

import { useSearchStories } from '../api/public';
import type { StoryHit } from '../api/schemas';
import '../i18n';
import { parseStorySearch, toStorySearchParams } from '../utils/search-params';
import { publicStoryPath } from './paths';

function StoryResult({ hit, taxonomies }: { hit: StoryHit; taxonomies?: Taxonomies | undefined }) {
  const { t, language } = useTranslation();
  const location = useLocation();
  // the whole title comes first when it matched, then fragments of the text (the marks stripped
  // here, not with lib/highlight's stripHighlight, which would then have to ship in the initial JS)
  const [first, ...rest] = hit.highlight;
  const titleMatched = first !== undefined && first.replace(/[\uE000\uE001]/g, '') === hit.title;
  const highlight = titleMatched ? rest : hit.highlight;
  const targetGroups = hit.targetGroups ?? [];
  const region = hit.regionPath ?? [];
  return (
    <li
      className="result story-result"
      data-story-id={hit.id}
      data-region-code={region.at(-1)?.code ?? ''}
      data-target-groups={targetGroups.join(',')}
    >
      {hit.coverUrl ? (
        <img className="result-cover" src={hit.coverUrl} alt="" width={160} loading="lazy" />
      ) : null}
      <h3 className="result-title">
        <Link to={publicStoryPath(hit.id)} state={{ fromSearch: location.search }}>
          <HighlightedText text={titleMatched ? first : hit.title} />
        </Link>
      </h3>
      <p className="result-org">
        {[hit.organisationName, hit.projectTitle].filter(Boolean).join(' · ')}
      </p>
      <HighlightedSummary fragments={highlight} summary={hit.summary} />
      <dl className="result-meta">
        <div>
          <dt>{t('stories.form.region')}</dt>
          <dd>{region.map((item) => item.name).join(' › ')}</dd>
        </div>
        <div>
          <dt>{t('stories.form.targetGroups')}</dt>
          <dd>
            {targetGroups
              .map((code) => taxonomyName(taxonomies?.targetGroups, code, language))
              .join('、')}
          </dd>
        </div>
        {hit.publishedAt ? (
          <div>
            <dt>{t('stories.story.published')}</dt>
            <dd>{formatDate(hit.publishedAt)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

/** `/stories`: the public search of published stories; the URL holds every filter. */
export function StorySearchPage() {
  const { t } = useTranslation();
  const { state, query, update, clear } = useUrlSearch(parseStorySearch, toStorySearchParams);
  const search = useSearchStories(state);
  const taxonomies = useTaxonomies();
  const data = search.data;
  const facet = codeFacets(state, update);
  const active = activeCount(state.targetGroups, state.categories, state.programmes);

  return (
    <div className="search-page stories-search">
      <title>{`${t('stories.search.title')} · ${t('app.name')}`}</title>
      <h1>{t('stories.search.title')}</h1>
      <p className="field-hint">{t('stories.search.intro')}</p>
      <KeywordForm
        id="stories-q"
        q={state.q}
        label={t('stories.search.queryLabel')}
        placeholder={t('stories.search.queryPlaceholder')}
        submit={t('stories.search.submit')}
        onSearch={(q) => update({ q })}
      />
      <SaveSearch kind="story" />
      <div className="search-layout">
        <SearchFilters
          label={t('stories.search.filters')}
          panelId="story-facet-panel"
          lead={
            <RegionPicker
              idPrefix="story-search-region"
              region={state.region}
              regionCounts={data?.facets.region}
              onChange={(region) => update({ region })}
            />
          }
          taxonomies={taxonomies}
          facets={(taxonomy) => (
            <>
              {facet('targetGroups', {
                legend: t('stories.form.targetGroups'),
                name: 'targetGroup',
                items: taxonomy.targetGroups,
                counts: data?.facets.targetGroup,
              })}
              {facet('categories', {
                legend: t('stories.form.category'),
                name: 'category',
                items: taxonomy.serviceCategories,
                counts: data?.facets.category,
              })}
              {facet('programmes', {
                legend: t('stories.form.programme'),
                name: 'programme',
                items: taxonomy.programmes,
                counts: data?.facets.programme,
              })}
            </>
          )}
          active={active}
          hasFilters={Boolean(state.q || state.region) || active > 0}
          clearLabel={t('stories.search.clearFilters')}
          onClear={() => clear()}
        />

        <SearchResults
          id="story-results-heading"
          heading={t('stories.search.results')}
          search={search}
          query={query}
          page={state.page}
          onPage={(page) => update({ page })}
          loading={t('stories.loading')}
          errorKey="stories.search.error"
          count={(total) => t('stories.search.resultCount', { count: total })}
          empty={t('stories.search.empty')}
          renderItem={(hit) => <StoryResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />}
        />
      </div>
    </div>
  );
}
