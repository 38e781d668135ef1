import * as z from 'zod/mini';

// What the public searches' URLs have in common (projects, openings, calls, stories, the combined
// search): keywords, a region of Yunnan, target groups, codes of other facets, a 1-based page.
// Anything malformed in the URL is dropped rather than sent to the API.

const codeSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const regionSchema = z.string().check(z.regex(/^53\d{0,10}$/));
const pageSchema = z.string().check(z.regex(/^[1-9]\d{0,3}$/));

/** The keywords, region, target groups and page every search's URL holds. */
export type SearchBase = {
  q: string;
  region: string | undefined;
  targetGroups: string[];
  page: number;
};

/** The well-formed codes of a facet, once each, sorted (so that equal searches have equal URLs). */
export function validCodes(values: string[]): string[] {
  return [...new Set(values.filter((value) => codeSchema.safeParse(value).success))].sort();
}

/** The well-formed codes of the URL's parameter `name`. */
export function codesOf(params: URLSearchParams, name: string): string[] {
  return validCodes(params.getAll(name));
}

/** Reads q (trimmed, at most `maxQ` characters), region (below the province), targetGroup*, page. */
export function parseSearchBase(params: URLSearchParams, maxQ = 200): SearchBase {
  const region = regionSchema.safeParse(params.get('region') ?? '');
  const page = pageSchema.safeParse(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, maxQ),
    region: region.success && region.data.length > 2 ? region.data : undefined,
    targetGroups: codesOf(params, 'targetGroup'),
    page: page.success ? Number(page.data) : 1,
  };
}

/**
 * Writes a search's URL in the order every page uses: q, region, targetGroup*, then the page's
 * own parameters (`own`), then page when it is not the first.
 */
export function toSearchBaseParams(
  state: SearchBase,
  own: (params: URLSearchParams) => void = () => {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  own(params);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Appends each code as a repeated parameter. */
export function appendCodes(params: URLSearchParams, name: string, codes: readonly string[]) {
  for (const code of codes) params.append(name, code);
}
