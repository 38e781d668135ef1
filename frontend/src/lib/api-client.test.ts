import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { server } from '@/testing/server';

import { ApiError, apiGet, buildUrl } from './api-client';

describe('apiGet', () => {
  it('sends Accept-Language and repeats array parameters', async () => {
    let seen: Request | undefined;
    server.use(
      http.get('*/api/thing', ({ request }) => {
        seen = request;
        return HttpResponse.json({ ok: true });
      }),
    );
    await expect(
      apiGet('/api/thing', z.object({ ok: z.boolean() }), { params: { a: ['x', 'y'], q: '' } }),
    ).resolves.toEqual({ ok: true });
    expect(seen?.headers.get('Accept-Language')).toBe('zh-CN');
    expect(new URL(seen!.url).search).toBe('?a=x&a=y');
  });

  it('turns a problem+json answer into an ApiError with its detail', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: '服务不可用',
            status: 503,
            detail: '搜索暂时不可用',
            instance: null,
            errors: null,
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await apiGet('/api/thing', z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect((error as ApiError).detail).toBe('搜索暂时不可用');
  });

  it('copes with an error that is not JSON', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse('bad gateway', { status: 502 })));
    const error = (await apiGet('/api/thing', z.object({})).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.detail).toBeUndefined();
  });

  it('rejects a response that breaks the contract', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: 'yes' })));
    await expect(apiGet('/api/thing', z.object({ ok: z.boolean() }))).rejects.toThrow();
  });

  it('builds same-origin URLs', () => {
    expect(buildUrl('/api/x', { page: 0, region: undefined })).toBe(
      'http://localhost:3000/api/x?page=0',
    );
  });
});
