import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A search page's state kept in its URL: `state` as `parse` reads the address, `update` writes a
 * change back (every change starts again at page 1, except paging itself), `clear` drops every
 * filter (keeping `keep`), `query` is the URL's query for that state.
 */
export function useUrlSearch<State extends { page: number }>(
  parse: (params: URLSearchParams) => State,
  write: (state: State) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parse(searchParams), [parse, searchParams]);
  return {
    state,
    query: write(state).toString(),
    update: (patch: Partial<State>) => setSearchParams(write({ ...state, page: 1, ...patch })),
    clear: (keep: Record<string, string> = {}) => setSearchParams(keep),
  };
}
