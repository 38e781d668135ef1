import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { HighlightedText } from '@/components/highlighted-text';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { RegionPicker } from '@/components/region-picker';
import { SaveSearch } from '@/components/save-search';
import { MAX_RESULT_WINDOW, SEARCH_PAGE_SIZE } from '@/config/env';
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

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

function KeywordForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q);
  const [lastQ, setLastQ] = useState(q);
  if (q !== lastQ) {
    setLastQ(q);
    setValue(q);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="stories-q">{t('stories.search.queryLabel')}</label>
      <div className="search-row">
        <input
          id="stories-q"
          type="search"
          name="q"
          value={value}
          maxLength={200}
          placeholder={t('stories.search.queryPlaceholder')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">{t('stories.search.submit')}</button>
      </div>
    </form>
  );
}

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
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = (patch: Partial<StorySearchState>) =>
    setSearchParams(toStorySearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const pages = data
    ? Math.max(
        1,
        Math.min(Math.ceil(data.total / pageSize), Math.floor(MAX_RESULT_WINDOW / pageSize)),
      )
    : 1;
  const activeFilters =
    state.targetGroups.length + state.categories.length + state.programmes.length;
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;
  const resultState = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';

  return (
    <div className="search-page stories-search">
      <title>{`${t('stories.search.title')} · ${t('app.name')}`}</title>
      <h1>{t('stories.search.title')}</h1>
      <p className="field-hint">{t('stories.search.intro')}</p>
      <KeywordForm q={state.q} onSearch={(q) => update({ q })} />
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
                    update({ targetGroups: toggle(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('stories.form.category')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.category}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggle(state.categories, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('stories.form.programme')}
                  name="programme"
                  items={taxonomies.data.programmes}
                  counts={data?.facets.programme}
                  selected={state.programmes}
                  onToggle={(code, on) =>
                    update({ programmes: toggle(state.programmes, code, on) })
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

        <section
          className="results"
          aria-labelledby="story-results-heading"
          aria-busy={search.isFetching}
          data-state={resultState}
          data-query={search.isPlaceholderData ? undefined : toStorySearchParams(state).toString()}
        >
          <h2 id="story-results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('stories.search.results')}
          </h2>
          {search.isError ? (
            <ErrorMessage
              error={search.error}
              fallbackKey="stories.search.error"
              onRetry={() => void search.refetch()}
            />
          ) : null}
          {!data && search.isPending ? <Loading label={t('stories.loading')} /> : null}
          {data && !search.isError ? (
            <>
              <p
                className="result-count"
                role="status"
                data-testid="result-count"
                data-total={data.total}
              >
                {search.isFetching
                  ? t('stories.loading')
                  : t('stories.search.resultCount', { count: data.total })}
              </p>
              {data.total === 0 ? (
                <p className="empty">{t('stories.search.empty')}</p>
              ) : (
                <ul className="result-list" role="list" aria-label={t('stories.search.results')}>
                  {data.items.map((hit) => (
                    <StoryResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />
                  ))}
                </ul>
              )}
              <Pagination
                page={state.page}
                pages={pages}
                onPage={(page) => {
                  update({ page });
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
