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

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The server's message in the user's language, when it sent one. */
  get detail(): string | undefined {
    return this.problem?.detail ?? this.problem?.title ?? undefined;
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

/** GET a JSON resource and validate it; non-2xx answers become an {@link ApiError}. */
export async function apiGet<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: { params?: QueryParams; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const response = await fetch(buildUrl(path, options.params), {
    headers: {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': getCurrentLanguage(),
    },
    signal: options.signal,
  });
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(
      response.status,
      problem,
      problem?.detail ?? `GET ${path} answered ${response.status}`,
    );
  }
  return schema.parse(await response.json());
}
