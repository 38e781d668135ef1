import { http, HttpResponse } from 'msw';

import { provinceHandlers } from '@/features/province/testing/handlers';

import { hitKunming, hitZhaotong, projectDetail, regionChildren, taxonomies } from './fixtures';

export type SearchRequestLog = URLSearchParams[];
/** Every search request the handlers saw, for tests that assert what was asked. */
export const searchRequests: SearchRequestLog = [];
/** The Accept-Language of every search request, in order. */
export const searchLanguages: (string | null)[] = [];

function problem(
  status: number,
  title: string,
  detail: string,
  extra: { type?: string; errors?: { field: string; message: string }[] } = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** `GET /api/auth/me` answering with this session (use with server.use). */
export function sessionHandler(body: Record<string, unknown>) {
  return http.get('*/api/auth/me', () => HttpResponse.json(body));
}

export const handlers = [
  // Anonymous unless a test says otherwise (server.use with a signed-in session).
  http.get('*/api/auth/me', () => HttpResponse.json({ account: null, csrfToken: null })),

  http.get('*/api/taxonomies', () => HttpResponse.json(taxonomies)),

  // The header box's suggestions as the user types: none unless a test says otherwise.
  http.get('*/api/search/suggest', () => HttpResponse.json([])),

  // An organisation's 牵手计划 pairs (its workspace asks): none unless a test says otherwise.
  http.get('*/api/organisations/:id/twinning-pairs', () => HttpResponse.json([])),

  http.get('*/api/regions/:code/children', ({ params }) =>
    HttpResponse.json(regionChildren[String(params.code)] ?? []),
  ),

  http.get('*/api/projects/search', ({ request }) => {
    const url = new URL(request.url);
    searchRequests.push(url.searchParams);
    searchLanguages.push(request.headers.get('Accept-Language'));
    const region = url.searchParams.get('region') ?? '';
    const groups = url.searchParams.getAll('targetGroup');
    const items = [hitZhaotong, hitKunming].filter(
      (hit) =>
        hit.regions.some((r) => r.code.startsWith(region)) &&
        groups.every((group) => hit.targetGroups.includes(group)),
    );
    const regionFacets = (regionChildren[region || '53'] ?? []).map((r) => ({
      code: r.code,
      name: r.name,
      count: items.filter((hit) => hit.regions.some((h) => h.code.startsWith(r.code))).length,
    }));
    return HttpResponse.json({
      total: items.length,
      page: Number(url.searchParams.get('page') ?? 0),
      size: Number(url.searchParams.get('size') ?? 20),
      items,
      facets: {
        regions: regionFacets,
        targetGroups: [
          { code: 'left-behind-children', count: 1 },
          { code: 'elderly-in-difficulty', count: 1 },
        ],
        categories: [
          { code: 'left-behind-children', count: 1 },
          { code: 'special-groups', count: 1 },
        ],
      },
    });
  }),

  http.get('*/api/projects/:id', ({ params, request }) => {
    if (String(params.id) === String(projectDetail.id)) return HttpResponse.json(projectDetail);
    const en = request.headers.get('Accept-Language')?.startsWith('en');
    return en
      ? problem(404, 'Not found', 'Project not found')
      : problem(404, '未找到', '项目不存在');
  }),

  // A project page asks for its money (funding disclosure); none unless a test says otherwise.
  http.get('*/api/disclosure/projects/:id', () => problem(404, '未找到', '没有公示信息')),

  // The home page (`/`) and the province page (issue 10).
  ...provinceHandlers,
];

export { problem };
