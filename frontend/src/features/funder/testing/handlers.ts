import { http, HttpResponse } from 'msw';

import { sessionHandler } from '@/testing/handlers';

import {
  applicationDetail,
  applicationSummaries,
  awardDetail,
  callDetail,
  callSummary,
  funderAccount,
  funderOrganisation,
  ledgerPage,
  pool,
  ranking,
  reportDetail,
  reportSummary,
  reviews72,
} from './fixtures';

/** What the funder handlers were asked, for tests that check the requests. */
export const seen = {
  bodies: [] as { method: string; path: string; body: unknown }[],
  params: [] as { path: string; params: URLSearchParams }[],
  reset() {
    this.bodies.length = 0;
    this.params.length = 0;
  },
  of(method: string, suffix: string) {
    return this.bodies.filter((item) => item.method === method && item.path.endsWith(suffix));
  },
};

export async function remember(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const url = new URL(request.url);
  seen.bodies.push({ method: request.method, path: url.pathname, body });
  return body;
}

const remembered = (params: URLSearchParams, path: string) => seen.params.push({ path, params });

/** The session of a member of the funder. */
export const signedInFunder = (account: typeof funderAccount = funderAccount) =>
  sessionHandler({ account, csrfToken: 'csrf-1' });

const page = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 });

export const funderHandlers = [
  http.get('*/api/organisations/8', () => HttpResponse.json(funderOrganisation)),
  http.get('*/api/organisations/8/documents', () => HttpResponse.json([])),
  http.get('*/api/organisations/8/members', () =>
    HttpResponse.json({ members: [], invitations: [] }),
  ),
  http.get('*/api/organisations/8/projects', () => HttpResponse.json([])),
  http.get('*/api/organisations/8/calls', ({ request }) => {
    const url = new URL(request.url);
    remembered(url.searchParams, url.pathname);
    return HttpResponse.json(page([callSummary]));
  }),
  http.get('*/api/organisations/8/calls/61', () => HttpResponse.json(callDetail)),
  http.post('*/api/organisations/8/calls', async ({ request }) => {
    const body = (await remember(request)) as Record<string, unknown>;
    return HttpResponse.json({ ...callDetail, ...body, id: 62, status: 'draft' }, { status: 201 });
  }),
  http.get('*/api/organisations/8/calls/62', () =>
    HttpResponse.json({ ...callDetail, id: 62, status: 'draft', title: '新资助计划' }),
  ),
  ...['publish', 'close', 'cancel'].map((action) =>
    http.post(`*/api/organisations/8/calls/:id/${action}`, async ({ request }) => {
      await remember(request);
      return HttpResponse.json(callDetail);
    }),
  ),
  http.get('*/api/organisations/8/calls/61/applications', ({ request }) => {
    const url = new URL(request.url);
    remembered(url.searchParams, url.pathname);
    const stage = url.searchParams.get('stage');
    return HttpResponse.json(
      page(applicationSummaries.filter((item) => !stage || item.stage === stage)),
    );
  }),
  http.get('*/api/organisations/8/calls/62/applications', () => HttpResponse.json(page([]))),
  http.get('*/api/organisations/8/calls/61/applications/71', () =>
    HttpResponse.json(applicationDetail),
  ),
  http.post('*/api/organisations/8/calls/61/applications/:id/:decision', async ({ request }) => {
    await remember(request);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('*/api/organisations/8/calls/61/ranking', () => HttpResponse.json(ranking)),
  http.get('*/api/organisations/8/calls/61/applications/72/reviews', () =>
    HttpResponse.json(reviews72),
  ),
  http.get('*/api/organisations/8/reviewer-candidates', ({ request }) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    return HttpResponse.json(
      [
        { accountId: 34, displayName: '评审丁', source: 'reviewer' },
        { accountId: 12, displayName: '钱会计', source: 'staff' },
      ].filter((candidate) => candidate.displayName.includes(q)),
    );
  }),
  http.put('*/api/organisations/8/calls/61/applications/:id/reviewers', async ({ request }) => {
    await remember(request);
    return HttpResponse.json([]);
  }),
  http.get('*/api/organisations/8/calls/61/awards', () => HttpResponse.json([awardDetail])),
  http.post('*/api/organisations/8/calls/61/awards', async ({ request }) => {
    await remember(request);
    return HttpResponse.json(awardDetail, { status: 201 });
  }),
  http.get('*/api/organisations/8/awards/81', () => HttpResponse.json(awardDetail)),
  http.post('*/api/organisations/8/awards/81/:action', async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ ...awardDetail, status: 'approved' });
  }),
  http.get('*/api/organisations/8/calls/61/pool', () => HttpResponse.json(pool)),
  http.get('*/api/organisations/8/calls/61/ledger', () => HttpResponse.json(ledgerPage)),
  http.get('*/api/organisations/8/funded-reports', ({ request }) => {
    const url = new URL(request.url);
    remembered(url.searchParams, url.pathname);
    const status = url.searchParams.get('status');
    return HttpResponse.json(
      status === 'overdue'
        ? [{ ...reportSummary, id: 112, status: 'due', overdue: true, seq: 2 }]
        : [reportSummary],
    );
  }),
  http.get('*/api/organisations/8/funded-reports/111', () => HttpResponse.json(reportDetail)),
  http.post('*/api/organisations/8/funded-reports/111/:action', async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ ...reportDetail, status: 'approved' });
  }),
];
