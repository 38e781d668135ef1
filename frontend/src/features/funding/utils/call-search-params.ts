import * as z from 'zod/mini';

/**
 * Call search as it lives in the URL: q, region, targetGroup*, fundingType*, programme*, soon=1
 * ("closing soon": open and closing within 14 days), page (1-based).
 */
export type CallSearchState = {
  q: string;
  region: string | undefined;
  targetGroups: string[];
  fundingTypes: string[];
  programmes: string[];
  closingSoon: boolean;
  page: number;
};

const codeSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const regionSchema = z.string().check(z.regex(/^53\d{0,10}$/));
const pageSchema = z.string().check(z.regex(/^[1-9]\d{0,3}$/));

function validCodes(values: string[]): string[] {
  return [...new Set(values.filter((value) => codeSchema.safeParse(value).success))].sort();
}

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseCallSearch(params: URLSearchParams): CallSearchState {
  const region = regionSchema.safeParse(params.get('region') ?? '');
  const page = pageSchema.safeParse(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    region: region.success && region.data.length > 2 ? region.data : undefined,
    targetGroups: validCodes(params.getAll('targetGroup')),
    fundingTypes: validCodes(params.getAll('fundingType')),
    programmes: validCodes(params.getAll('programme')),
    closingSoon: params.get('soon') === '1',
    page: page.success ? Number(page.data) : 1,
  };
}

export function toCallSearchParams(state: CallSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  for (const code of state.fundingTypes) params.append('fundingType', code);
  for (const code of state.programmes) params.append('programme', code);
  if (state.closingSoon) params.set('soon', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
