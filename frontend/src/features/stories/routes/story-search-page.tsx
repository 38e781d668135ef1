import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { HighlightedText } from '@/components/highlighted-text';
import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { KeywordForm, SearchResults, toggleCode } from '@/components/search-results';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useSearchStories } from '../api/public';
import type { StoryHit } from '../api/schemas';
import '../i18n';
import {
  parseStorySearch,
  toStorySearchParams,
  type StorySearchState,
} from '../utils/search-params';
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
      {highlight.length > 0 ? (
        <p className="result-summary">
          {highlight.map((fragment, index) => (
            <span key={index}>
              {index > 0 ? ' … ' : null}
              <HighlightedText text={fragment} />
            </span>
          ))}
        </p>
      ) : hit.summary ? (
        <p className="result-summary">{hit.summary}</p>
      ) : null}
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
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseStorySearch(searchParams), [searchParams]);
  const search = useSearchStories(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (patch: Partial<StorySearchState>) =>
    setSearchParams(toStorySearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const activeFilters =
    state.targetGroups.length + state.categories.length + state.programmes.length;
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;

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
      <SaveSearch
        key={searchParams.toString()}
        kind="story"
        params={searchParams}
        defaultName={state.q || t('savedSearch.allResults')}
      />
      <div className="search-layout">
        <aside className="filters" aria-label={t('stories.search.filters')}>
          <RegionPicker
            idPrefix="story-search-region"
            region={state.region}
            regionCounts={data?.facets.region}
            onChange={(region) => update({ region })}
          />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="story-facet-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('stories.search.filters')}
            {activeFilters > 0 ? ` (${activeFilters})` : null}
          </button>
          <div id="story-facet-panel" className="facet-panel" data-open={filtersOpen}>
            {taxonomies.data ? (
              <>
                <FacetFilter
                  legend={t('stories.form.targetGroups')}
                  name="targetGroup"
                  items={taxonomies.data.targetGroups}
                  counts={data?.facets.targetGroup}
                  selected={state.targetGroups}
                  onToggle={(code, on) =>
                    update({ targetGroups: toggleCode(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('stories.form.category')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.category}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggleCode(state.categories, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('stories.form.programme')}
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
              {t('stories.search.clearFilters')}
            </button>
          ) : null}
        </aside>

        <SearchResults
          id="story-results-heading"
          heading={t('stories.search.results')}
          search={search}
          query={toStorySearchParams(state).toString()}
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
