import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';

import {
  ApiError,
  apiRequest,
  apiUpload,
  getCsrfToken,
  parseRetryAfter,
  setCsrfToken,
  setSessionListener,
} from './api-client';

afterEach(() => {
  setCsrfToken(null);
  setSessionListener(undefined);
});

describe('CSRF token from another tab', () => {
  it('reads the current session token once after a csrf refusal and retries', async () => {
    setCsrfToken('old-token');
    const tokens: (string | null)[] = [];
    server.use(
      http.post('*/api/thing', ({ request }) => {
        const token = request.headers.get('X-CSRF-TOKEN');
        tokens.push(token);
        return token === 'new-token'
          ? new HttpResponse(null, { status: 204 })
          : problem(403, '无权访问', '请求来源校验失败', {
              type: 'https://qianshou.org/problems/csrf',
            });
      }),
      http.get('*/api/auth/me', () =>
        HttpResponse.json({ account: { id: 1 }, csrfToken: 'new-token' }),
      ),
    );
    await apiRequest('POST', '/api/thing');
    expect(tokens).toEqual(['old-token', 'new-token']);
    expect(getCsrfToken()).toBe('new-token');
  });

  it('does not retry other 403s', async () => {
    setCsrfToken('token');
    let calls = 0;
    server.use(
      http.post('*/api/thing', () => {
        calls++;
        return problem(403, '无权访问', '不是成员', {
          type: 'https://qianshou.org/problems/not-a-member',
        });
      }),
    );
    await expect(apiRequest('POST', '/api/thing')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });
});

describe('CSRF header', () => {
  it('is sent on POST, PUT, PATCH and DELETE, never on GET', async () => {
    setCsrfToken('token-123');
    const seen: Record<string, string | null> = {};
    server.use(
      http.all('*/api/thing', ({ request }) => {
        seen[request.method] = request.headers.get('X-CSRF-TOKEN');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      await apiRequest(method, '/api/thing');
    }
    expect(seen).toEqual({
      GET: null,
      POST: 'token-123',
      PUT: 'token-123',
      PATCH: 'token-123',
      DELETE: 'token-123',
    });
  });

  it('sends JSON bodies with their content type and the same-origin credentials mode', async () => {
    let body: unknown;
    let type: string | null = null;
    server.use(
      http.post('*/api/thing', async ({ request }) => {
        type = request.headers.get('Content-Type');
        body = await request.json();
        return HttpResponse.json({ id: 1 });
      }),
    );
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(
      apiRequest('POST', '/api/thing', z.object({ id: z.number() }), { body: { a: 1 } }),
    ).resolves.toEqual({ id: 1 });
    expect(type).toBe('application/json');
    expect(body).toEqual({ a: 1 });
    expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('uploads multipart with the CSRF header and the browser-made boundary', async () => {
    setCsrfToken('token-9');
    let seen: { csrf: string | null; type: string | null; kind: unknown; name: unknown } = {
      csrf: null,
      type: null,
      kind: null,
      name: null,
    };
    server.use(
      http.post('*/api/organisations/5/documents', async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file');
        seen = {
          csrf: request.headers.get('X-CSRF-TOKEN'),
          type: request.headers.get('Content-Type'),
          kind: form.get('kind'),
          // jsdom's FormData reaches Node's fetch as a plain blob part (its file name is lost
          // in that hand-over, not in a browser), so the test checks the part is there.
          name: typeof file === 'object' && file !== null ? file.size : null,
        };
        return HttpResponse.json({ id: 3 }, { status: 201 });
      }),
    );
    const form = new FormData();
    form.append('kind', 'registration-certificate');
    form.append(
      'file',
      new File(['%PDF-1.4'], 'cert.pdf', { type: 'application/pdf' }),
      'cert.pdf',
    );
    await apiUpload('/api/organisations/5/documents', form, z.object({ id: z.number() }));
    expect(seen.csrf).toBe('token-9');
    expect(seen.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.kind).toBe('registration-certificate');
    expect(seen.name).toBe(8);
  });
});

describe('401: refresh once, then retry', () => {
  it('refreshes, keeps the new CSRF token, retries with it and tells the session listener', async () => {
    setCsrfToken('old');
    const calls: string[] = [];
    let attempts = 0;
    server.use(
      http.put('*/api/account', ({ request }) => {
        attempts += 1;
        calls.push(`PUT ${request.headers.get('X-CSRF-TOKEN')}`);
        return attempts === 1
          ? problem(401, 'Unauthenticated', '请先登录')
          : HttpResponse.json({ ok: true });
      }),
      http.post('*/api/auth/refresh', () => {
        calls.push('refresh');
        return HttpResponse.json({ account: null, csrfToken: 'new' });
      }),
    );
    const listener = vi.fn();
    setSessionListener(listener);
    await expect(
      apiRequest('PUT', '/api/account', z.object({ ok: z.boolean() }), { body: {} }),
    ).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['PUT old', 'refresh', 'PUT new']);
    expect(getCsrfToken()).toBe('new');
    expect(listener).toHaveBeenCalledWith({ account: null, csrfToken: 'new' });
  });

  it('gives up after one retry and after a failed refresh', async () => {
    let refreshes = 0;
    let gets = 0;
    server.use(
      http.get('*/api/account', () => {
        gets += 1;
        return problem(401, 'Unauthenticated', '请先登录');
      }),
      http.post('*/api/auth/refresh', () => {
        refreshes += 1;
        return refreshes === 1
          ? HttpResponse.json({ account: null, csrfToken: 'x' })
          : problem(401, 'Unauthenticated', 'expired');
      }),
    );
    const first = await apiRequest('GET', '/api/account', z.object({})).catch((e: unknown) => e);
    expect((first as ApiError).status).toBe(401);
    expect([gets, refreshes]).toEqual([2, 1]);

    const listener = vi.fn();
    setSessionListener(listener);
    const second = await apiRequest('GET', '/api/account', z.object({})).catch((e: unknown) => e);
    expect((second as ApiError).status).toBe(401);
    expect([gets, refreshes]).toEqual([3, 2]);
    expect(listener).toHaveBeenCalledWith(null);
    expect(getCsrfToken()).toBeNull();
  });

  it('never refreshes for /api/auth/* (a wrong password is not an expired session)', async () => {
    server.use(
      http.post('*/api/auth/login', () => problem(401, 'Login failed', '账号或密码错误')),
      http.post('*/api/auth/refresh', () => {
        throw new Error('must not refresh');
      }),
    );
    const error = (await apiRequest('POST', '/api/auth/login', undefined, { body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.status).toBe(401);
    expect(error.detail).toBe('账号或密码错误');
  });

  it('shares one refresh between requests that fail together', async () => {
    let refreshes = 0;
    const seenAfter = new Set<string>();
    server.use(
      http.get('*/api/things/:n', ({ params, request }) => {
        if (request.headers.get('X-Retry') === null && !seenAfter.has(String(params.n))) {
          seenAfter.add(String(params.n));
          return problem(401, 'Unauthenticated', '');
        }
        return HttpResponse.json({ n: Number(params.n) });
      }),
      http.post('*/api/auth/refresh', async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return HttpResponse.json({ account: null, csrfToken: 'shared' });
      }),
    );
    const schema = z.object({ n: z.number() });
    await Promise.all([1, 2, 3].map((n) => apiRequest('GET', `/api/things/${n}`, schema)));
    expect(refreshes).toBe(1);
  });
});

describe('problems', () => {
  it('parse into status, title, detail, field errors and Retry-After', async () => {
    server.use(
      http.post('*/api/organisations', () =>
        problem(
          400,
          '输入有误',
          '请检查标出的字段',
          {
            type: 'https://qianshou.org/problems/invalid-input',
            errors: [{ field: 'creditCode', message: '校验码不正确' }],
          },
          { 'Retry-After': '7' },
        ),
      ),
    );
    const error = (await apiRequest('POST', '/api/organisations', undefined, { body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.title).toBe('输入有误');
    expect(error.detail).toBe('请检查标出的字段');
    expect(error.errors).toEqual([{ field: 'creditCode', message: '校验码不正确' }]);
    expect(error.problemType).toBe('invalid-input');
    expect(error.retryAfter).toBe(7);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
