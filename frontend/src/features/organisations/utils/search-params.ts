import * as z from 'zod/mini';

/** Organisation search state as it lives in the URL; page is 1-based as in project search. */
export type OrganisationSearchState = {
  q: string;
  region: string | undefined;
  kind: string | undefined;
  targetGroups: string[];
  categories: string[];
  page: number;
};

const codeSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const regionSchema = z.string().check(z.regex(/^53\d{2,10}$/));
const pageSchema = z.string().check(z.regex(/^[1-9]\d{0,3}$/));

const codes = (values: string[]) =>
  [...new Set(values.filter((value) => codeSchema.safeParse(value).success))].sort();

export function parseOrganisationSearch(params: URLSearchParams): OrganisationSearchState {
  const region = regionSchema.safeParse(params.get('region') ?? '');
  const kind = codeSchema.safeParse(params.get('kind') ?? '');
  const page = pageSchema.safeParse(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    region: region.success ? region.data : undefined,
    kind: kind.success ? kind.data : undefined,
    targetGroups: codes(params.getAll('targetGroup')),
    categories: codes(params.getAll('category')),
    page: page.success ? Number(page.data) : 1,
  };
}

export function toOrganisationSearchParams(state: OrganisationSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  if (state.kind) params.set('kind', state.kind);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  for (const code of state.categories) params.append('category', code);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
