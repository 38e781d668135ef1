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

import { useSearchCalls } from '../api/calls';
import { CallResult } from '../components/call-result';
import '../i18n';
import {
  parseCallSearch,
  toCallSearchParams,
  type CallSearchState,
} from '../utils/call-search-params';

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
      <label htmlFor="calls-q">{t('funding.calls.queryLabel')}</label>
      <div className="search-row">
        <input
          id="calls-q"
          type="search"
          name="q"
          value={value}
          maxLength={200}
          placeholder={t('funding.calls.queryPlaceholder')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">{t('funding.calls.submit')}</button>
      </div>
    </form>
  );
}

/** `/calls`: the public search of funding calls; the URL holds every filter. */
export function CallSearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseCallSearch(searchParams), [searchParams]);
  const search = useSearchCalls(state);
  const taxonomies = useTaxonomies();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = (patch: Partial<CallSearchState>) =>
    setSearchParams(toCallSearchParams({ ...state, page: 1, ...patch }));

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
    state.fundingTypes.length +
    state.programmes.length +
    (state.closingSoon ? 1 : 0);
  const hasFilters = Boolean(state.q || state.region) || activeFilters > 0;
  const resultState = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';

  return (
    <div className="search-page calls-page">
      <title>{`${t('funding.calls.title')} · ${t('app.name')}`}</title>
      <h1>{t('funding.calls.title')}</h1>
      <KeywordForm q={state.q} onSearch={(q) => update({ q })} />

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
                    update({ targetGroups: toggle(state.targetGroups, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('funding.calls.fundingTypes')}
                  name="fundingType"
                  items={taxonomies.data.fundingTypes}
                  counts={data?.facets.fundingType}
                  selected={state.fundingTypes}
                  onToggle={(code, on) =>
                    update({ fundingTypes: toggle(state.fundingTypes, code, on) })
                  }
                />
                <FacetFilter
                  legend={t('funding.calls.programmes')}
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
              {t('funding.calls.clearFilters')}
            </button>
          ) : null}
        </aside>

        <section
          className="results"
          aria-labelledby="call-results-heading"
          aria-busy={search.isFetching}
          data-state={resultState}
          data-query={search.isPlaceholderData ? undefined : toCallSearchParams(state).toString()}
        >
          <h2 id="call-results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('funding.calls.results')}
          </h2>
          {search.isError ? (
            <ErrorMessage
              error={search.error}
              fallbackKey="funding.calls.error"
              onRetry={() => void search.refetch()}
            />
          ) : null}
          {!data && search.isPending ? <Loading label={t('funding.loading')} /> : null}
          {data && !search.isError ? (
            <>
              <p
                className="result-count"
                role="status"
                data-testid="result-count"
                data-total={data.total}
              >
                {search.isFetching
                  ? t('funding.loading')
                  : t('funding.calls.resultCount', { count: data.total })}
              </p>
              <LooseNote loose={data.loose} />
              {data.total === 0 ? (
                <p className="empty">{t('funding.calls.empty')}</p>
              ) : (
                <ul className="result-list" role="list" aria-label={t('funding.calls.results')}>
                  {data.items.map((hit) => (
                    <CallResult key={hit.id} hit={hit} taxonomies={taxonomies.data} />
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
