import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { RegionPicker } from '@/components/region-picker';
import { LooseNote } from '@/components/loose-note';
import { MAX_RESULT_WINDOW, SEARCH_PAGE_SIZE } from '@/config/env';
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
      <label htmlFor="openings-q">{t('volunteering.openings.queryLabel')}</label>
      <div className="search-row">
        <input
          id="openings-q"
          type="search"
          name="q"
          value={value}
          maxLength={200}
          placeholder={t('volunteering.openings.queryPlaceholder')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">{t('volunteering.openings.submit')}</button>
      </div>
    </form>
  );
}

/** `/openings`: the public search of volunteer openings; the URL holds every filter. */
export function OpeningsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseOpeningSearch(searchParams), [searchParams]);
  const search = useSearchOpenings(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = (patch: Partial<OpeningSearchState>) =>
    setSearchParams(toOpeningSearchParams({ ...state, page: 1, ...patch }));

  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const pages = data
    ? Math.max(
        1,
        Math.min(Math.ceil(data.total / pageSize), Math.floor(MAX_RESULT_WINDOW / pageSize)),
      )
    : 1;
  const activeFilters =
    state.targetGroups.length +
    state.categories.length +
    state.skills.length +
    (state.when ? 1 : 0) +
    (state.freePlaces ? 1 : 0);
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;
  const resultState = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';

  return (
    <div className="search-page openings-page">
      <title>{`${t('volunteering.openings.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.openings.title')}</h1>
      <KeywordForm q={state.q} onSearch={(q) => update({ q })} />

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
                    update({ targetGroups: toggle(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('volunteering.openings.categories')}
                  name="category"
                  items={taxonomies.data.serviceCategories}
                  counts={data?.facets.category}
                  selected={state.categories}
                  onToggle={(code, on) =>
                    update({ categories: toggle(state.categories, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('volunteering.openings.skills')}
                  name="skill"
                  items={taxonomies.data.skills ?? []}
                  counts={data?.facets.skill}
                  selected={state.skills}
                  onToggle={(code, on) => update({ skills: toggle(state.skills, code, on) })}
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

        <section
          className="results"
          aria-labelledby="opening-results-heading"
          aria-busy={search.isFetching}
          data-state={resultState}
          data-query={
            search.isPlaceholderData ? undefined : toOpeningSearchParams(state).toString()
          }
        >
          <h2 id="opening-results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('volunteering.openings.results')}
          </h2>
          {search.isError ? (
            <ErrorMessage
              error={search.error}
              fallbackKey="volunteering.openings.error"
              onRetry={() => void search.refetch()}
            />
          ) : null}
          {!data && search.isPending ? (
            <Loading label={t('volunteering.openings.loading')} />
          ) : null}
          {data && !search.isError ? (
            <>
              <p
                className="result-count"
                role="status"
                data-testid="result-count"
                data-total={data.total}
              >
                {search.isFetching
                  ? t('volunteering.openings.loading')
                  : t('volunteering.openings.resultCount', { count: data.total })}
              </p>
              <LooseNote loose={data.loose} />
              {data.total === 0 ? (
                <p className="empty">{t('volunteering.openings.empty')}</p>
              ) : (
                <ul
                  className="result-list"
                  role="list"
                  aria-label={t('volunteering.openings.results')}
                >
                  {data.items.map((hit) => (
                    <OpeningResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />
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

export default OpeningsPage;
