import * as z from 'zod/mini';

/** Story search as it lives in the URL: q, region, targetGroup*, category*, programme*, page (1-based). */
export type StorySearchState = {
  q: string;
  region: string | undefined;
  targetGroups: string[];
  categories: string[];
  programmes: string[];
  page: number;
};

const codeSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const regionSchema = z.string().check(z.regex(/^53\d{0,10}$/));
const pageSchema = z.string().check(z.regex(/^[1-9]\d{0,3}$/));

function validCodes(values: string[]): string[] {
  return [...new Set(values.filter((value) => codeSchema.safeParse(value).success))].sort();
}

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseStorySearch(params: URLSearchParams): StorySearchState {
  const region = regionSchema.safeParse(params.get('region') ?? '');
  const page = pageSchema.safeParse(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    region: region.success && region.data.length > 2 ? region.data : undefined,
    targetGroups: validCodes(params.getAll('targetGroup')),
    categories: validCodes(params.getAll('category')),
    programmes: validCodes(params.getAll('programme')),
    page: page.success ? Number(page.data) : 1,
  };
}

export function toStorySearchParams(state: StorySearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  for (const code of state.categories) params.append('category', code);
  for (const code of state.programmes) params.append('programme', code);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
