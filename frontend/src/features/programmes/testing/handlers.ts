import { http, HttpResponse } from 'msw';

import { problem } from '@/testing/handlers';

import {
  agencyPairs,
  demonstrationDetail,
  dispatchDetail,
  programmes,
  twinningDetail,
  universityDetail,
} from './fixtures';

type Json = Record<string, unknown>;

const details: Record<string, Json> = {
  twinning: twinningDetail,
  'talent-dispatch': dispatchDetail,
  'university-partnership': universityDetail,
  demonstration: demonstrationDetail,
};

/** What the programmes handlers were asked (path, query, body), for tests that check requests. */
export const programmeRequests = {
  pages: [] as URLSearchParams[],
  writes: [] as { method: string; path: string; body: Json }[],
  /** The answer of the next write: a 400 naming these fields, a 409, or success. */
  nextWrite: null as null | { status: 400 | 409; fields: Record<string, string> },
  reset() {
    this.pages.length = 0;
    this.writes.length = 0;
    this.nextWrite = null;
  },
};

async function write(request: Request) {
  const body = (await request.json()) as Json;
  programmeRequests.writes.push({
    method: request.method,
    path: new URL(request.url).pathname,
    body,
  });
  const next = programmeRequests.nextWrite;
  programmeRequests.nextWrite = null;
  if (next) {
    return problem(
      next.status,
      next.status === 400 ? '请求有误' : '冲突',
      next.status === 400
        ? '请求中有字段不符合要求，请修改后重试。'
        : '该记录已被他人修改，请刷新后再编辑。',
      {
        errors: Object.entries(next.fields).map(([field, message]) => ({ field, message })),
      },
    );
  }
  return HttpResponse.json(
    { id: 999, demo: false, ...body },
    { status: request.method === 'POST' ? 201 : 200 },
  );
}

export const programmeHandlers = [
  http.get('*/api/programmes', () => HttpResponse.json(programmes)),
  http.get('*/api/programmes/:code', ({ params, request }) => {
    programmeRequests.pages.push(new URL(request.url).searchParams);
    const detail = details[String(params.code)];
    return detail ? HttpResponse.json(detail) : problem(404, '未找到', '未找到重点项目计划');
  }),
  http.get('*/api/organisations/5/twinning-pairs', () => HttpResponse.json(agencyPairs)),
  http.post('*/api/organisations/5/twinning-pairs/:pairId/support', ({ request }) =>
    write(request),
  ),
  http.post('*/api/admin/programmes/*', ({ request }) => write(request)),
  http.put('*/api/admin/programmes/*', ({ request }) => write(request)),
];
