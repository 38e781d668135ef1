import * as z from 'zod/mini';

import { API_BASE_URL } from '@/config/env';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

/** RFC 9457 problem details, as every Qianshou error answers. */
export const problemSchema = z.object({
  // The backend serialises absent members as null (Micronaut serde inclusion ALWAYS).
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  status: z.nullish(z.number()),
  detail: z.nullish(z.string()),
  instance: z.nullish(z.string()),
  errors: z.nullish(z.array(z.object({ field: z.nullish(z.string()), message: z.string() }))),
});
export type Problem = z.infer<typeof problemSchema>;
export type FieldError = { field: string | null; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Seconds to wait before trying again (the `Retry-After` header of a 429 or 503). */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem | undefined, message: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The server's message in the user's language, when it sent one. */
  get detail(): string | undefined {
    return this.problem?.detail ?? this.problem?.title ?? undefined;
  }

  get title(): string | undefined {
    return this.problem?.title ?? undefined;
  }

  /** Field errors of a 400 `invalid-input`; empty for every other problem. */
  get errors(): FieldError[] {
    return (this.problem?.errors ?? []).map((error) => ({
      field: error.field ?? null,
      message: error.message,
    }));
  }

  /** The problem type's last path segment: `…/problems/not-owner` → `not-owner`. */
  get problemType(): string | undefined {
    const type = this.problem?.type;
    if (!type || type === 'about:blank') return undefined;
    return type.replace(/\/+$/, '').split('/').at(-1);
  }
}

export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

export function buildUrl(path: string, params?: QueryParams): string {
  const url = new URL(API_BASE_URL + path, window.location.origin);
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) url.searchParams.append(name, item);
    } else {
      url.searchParams.set(name, String(value));
    }
  }
  return url.toString();
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

// ---- Session: the CSRF token lives in memory only (never in storage, never in a cookie we read).

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

type SessionListener = (session: unknown | null) => void;
let sessionListener: SessionListener | undefined;

/**
 * Told about every silent refresh: the new session body when it worked, `null` when the session
 * is gone. The session provider keeps the `me` query in step with it.
 */
export function setSessionListener(listener: SessionListener | undefined): void {
  sessionListener = listener;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const AUTH_PREFIX = '/api/auth/';

let refreshing: Promise<boolean> | undefined;

/**
 * `POST /api/auth/refresh` with the refresh cookie; concurrent callers share one request, so a
 * page that fires five queries after the access token expired refreshes once.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(buildUrl('/api/auth/refresh'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: headers('POST', undefined),
      });
      if (!response.ok) {
        setCsrfToken(null);
        sessionListener?.(null);
        return false;
      }
      const body: unknown = await response.json().catch(() => null);
      if (body && typeof body === 'object' && 'csrfToken' in body) {
        setCsrfToken(typeof body.csrfToken === 'string' ? body.csrfToken : null);
      }
      sessionListener?.(body);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return (
    !!body &&
    typeof body === 'object' &&
    'type' in body &&
    typeof body.type === 'string' &&
    body.type.endsWith('/csrf')
  );
}

/** `GET /api/auth/me`: the session the cookies now stand for, with its CSRF token. */
async function resyncSession(): Promise<boolean> {
  try {
    const response = await fetch(buildUrl('/api/auth/me'), {
      method: 'GET',
      credentials: 'same-origin',
      headers: headers('GET', undefined),
    });
    if (!response.ok) return false;
    const body: unknown = await response.json().catch(() => null);
    if (!body || typeof body !== 'object' || !('csrfToken' in body)) return false;
    const token = typeof body.csrfToken === 'string' ? body.csrfToken : null;
    setCsrfToken(token);
    sessionListener?.(body);
    return token !== null;
  } catch {
    return false;
  }
}

function headers(method: string, contentType: string | undefined): Record<string, string> {
  const result: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': getCurrentLanguage(),
  };
  if (contentType) result['Content-Type'] = contentType;
  if (UNSAFE_METHODS.has(method) && csrfToken) result['X-CSRF-TOKEN'] = csrfToken;
  return result;
}

export type RequestOptions = {
  params?: QueryParams;
  signal?: AbortSignal;
  /** A JSON body, or FormData (multipart; the browser sets Content-Type with its boundary). */
  body?: unknown;
};

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const hasJson = options.body !== undefined && !isForm;
  const doFetch = () =>
    fetch(buildUrl(path, options.params), {
      method,
      credentials: 'same-origin',
      headers: headers(method, hasJson ? 'application/json' : undefined),
      body: isForm
        ? (options.body as FormData)
        : hasJson
          ? JSON.stringify(options.body)
          : undefined,
      signal: options.signal,
    });

  let response = await doFetch();
  // An expired access token: refresh once and try again. Auth endpoints answer 401 for their
  // own reasons (wrong password), which a refresh cannot fix.
  if (response.status === 401 && !path.startsWith(AUTH_PREFIX)) {
    if (await refreshSession()) response = await doFetch();
  }
  // A CSRF token from an older session: another tab refreshed the session (the cookies are
  // shared, the token in memory is not). Read the current session's token once and try again.
  if (response.status === 403 && UNSAFE_METHODS.has(method) && (await isCsrfRefusal(response))) {
    if (await resyncSession()) response = await doFetch();
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(
      response.status,
      problem,
      problem?.detail ?? `${method} ${path} answered ${response.status}`,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
  return response;
}

/** Any method; the answer is validated with `schema`, or ignored when there is none (204, 202). */
export async function apiRequest<S extends z.ZodMiniType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  options?: RequestOptions,
): Promise<z.infer<S>>;
export async function apiRequest(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema?: undefined,
  options?: RequestOptions,
): Promise<void>;
export async function apiRequest(
  method: string,
  path: string,
  schema?: z.ZodMiniType,
  options: RequestOptions = {},
): Promise<unknown> {
  const response = await send(method, path, options);
  if (!schema) return undefined;
  return schema.parse(await response.json());
}

/** GET a JSON resource and validate it; non-2xx answers become an {@link ApiError}. */
export function apiGet<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: { params?: QueryParams; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return apiRequest('GET', path, schema, options);
}

/** Multipart upload (documents): FormData as is, CSRF header as for any other POST. */
export function apiUpload<S extends z.ZodMiniType>(
  path: string,
  form: FormData,
  schema: S,
): Promise<z.infer<S>> {
  return apiRequest('POST', path, schema, { body: form });
}
