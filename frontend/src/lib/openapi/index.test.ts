import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { answers, type ApiBody, type ApiResponse, type Item } from '@/lib/openapi';

// `answers` is checked by tsc (npm run lint): each @ts-expect-error below must be an error, or
// the build fails. These lines prove that a schema disagreeing with the API does not compile.
describe('answers (zod schemas typed against the API document)', () => {
  it('accepts a schema that reads part of an answer, with its types', () => {
    const schema = answers<ApiResponse<'/api/projects/{id}', 'get'>>()(
      z.object({ id: z.number(), title: z.string() }),
    );
    expect(schema.parse({ id: 7, title: '留守儿童', extra: true })).toEqual({
      id: 7,
      title: '留守儿童',
    });
  });

  it('refuses, at compile time, another type, a field the API does not have, or a hedge', () => {
    type Project = ApiResponse<'/api/projects/{id}', 'get'>;
    // @ts-expect-error the id is a number (int64) in the API, not a string
    answers<Project>()(z.object({ id: z.string() }));
    // @ts-expect-error the API promises no such field
    answers<Project>()(z.object({ id: z.number(), colour: z.string() }));
    // @ts-expect-error a required field read as non-null where the API may send null
    answers<Project>()(z.object({ fundingType: z.string() }));
    // @ts-expect-error list answers are checked element by element
    answers<Item<ApiResponse<'/api/regions/{code}/children', 'get'>>>()(z.object({ level: z.int() }));
    const body: ApiBody<'/api/auth/login', 'post'> = { identifier: 'a@example.org', password: 'x' };
    // @ts-expect-error request bodies have the API's field names
    const wrong: ApiBody<'/api/auth/login', 'post'> = { username: 'a@example.org' };
    expect([body, wrong]).toHaveLength(2);
  });
});
