import { useRef, useState, type FormEvent, type ReactNode } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { LooseNote } from '@/components/loose-note';
import { Pagination } from '@/components/pagination';
import { MAX_RESULT_WINDOW, SEARCH_PAGE_SIZE } from '@/config/env';
import type { TranslationKey } from '@/lib/i18n/i18n';

// What the public searches (projects, openings, calls, stories) have in common: the keyword form,
// a facet's selection toggled, and the results section (state hooks for scripts, count, list,
// pager). Each page keeps its own filters and result item.

/** A facet's selection with `code` turned on or off. */
export function toggleCode(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

/** The keyword field of a search; follows the URL's `q` when it changes (back, a link). */
export function KeywordForm({
  id,
  q,
  label,
  placeholder,
  submit,
  onSearch,
}: {
  id: string;
  q: string;
  label: string;
  placeholder: string;
  submit: string;
  onSearch: (q: string) => void;
}) {
  const [value, setValue] = useState(q);
  const [lastQ, setLastQ] = useState(q);
  if (q !== lastQ) {
    setLastQ(q);
    setValue(q);
  }
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="search-form" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name="q"
          value={value}
          maxLength={200}
          placeholder={placeholder}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

/** The part of a search query's state the results section reads. */
type Search<Item> = {
  data: { total: number; loose?: boolean | null; size: number; items: Item[] } | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  isPending: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
};

/**
 * A search's results: `section[data-state][data-query]` (`data-query` is the URL's query once the
 * answer is for it), the count (`data-testid="result-count"`), the list, and the pager, which
 * moves the focus to the results' heading (keyboard and screen-reader users continue at the top
 * of the new page). Pages stop at the search's result window.
 */
export function SearchResults<Item extends { id: number | string }>({
  id,
  heading,
  search,
  query,
  page,
  onPage,
  loading,
  errorKey,
  count,
  empty,
  renderItem,
  resultWindow = MAX_RESULT_WINDOW,
}: {
  id: string;
  heading: string;
  search: Search<Item>;
  query: string;
  page: number;
  onPage: (page: number) => void;
  loading: string;
  errorKey: TranslationKey;
  count: (total: number) => string;
  empty: string;
  renderItem: (item: Item) => ReactNode;
  /** How far the search pages (the index's result window unless the search stops sooner). */
  resultWindow?: number;
}) {
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const data = search.data;
  const pageSize = data?.size || SEARCH_PAGE_SIZE;
  const pages = data
    ? Math.max(1, Math.min(Math.ceil(data.total / pageSize), Math.floor(resultWindow / pageSize)))
    : 1;
  const state = search.isFetching
    ? 'loading'
    : search.isError
      ? 'error'
      : data && data.total === 0
        ? 'empty'
        : 'ready';
  return (
    <section
      className="results"
      aria-labelledby={id}
      aria-busy={search.isFetching}
      data-state={state}
      data-query={search.isPlaceholderData ? undefined : query}
    >
      <h2 id={id} ref={resultsHeading} tabIndex={-1}>
        {heading}
      </h2>
      {search.isError ? (
        <ErrorMessage
          error={search.error}
          fallbackKey={errorKey}
          onRetry={() => void search.refetch()}
        />
      ) : null}
      {!data && search.isPending ? <Loading label={loading} /> : null}
      {data && !search.isError ? (
        <>
          <p
            className="result-count"
            role="status"
            data-testid="result-count"
            data-total={data.total}
          >
            {search.isFetching ? loading : count(data.total)}
          </p>
          <LooseNote loose={data.loose} />
          {data.total === 0 ? (
            <p className="empty">{empty}</p>
          ) : (
            <ul className="result-list" role="list" aria-label={heading}>
              {data.items.map((item) => renderItem(item))}
            </ul>
          )}
          <Pagination
            page={page}
            pages={pages}
            onPage={(next) => {
              onPage(next);
              resultsHeading.current?.focus();
            }}
          />
        </>
      ) : null}
    </section>
  );
}
