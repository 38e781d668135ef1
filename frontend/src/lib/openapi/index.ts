/**
 * The API's types, generated from the committed OpenAPI document (`openapi/qianshou.yml`, which
 * the backend generates from its code) into `schema.d.ts` by `npm run api:types` (run before
 * lint, build, test and dev). Refer to answers and bodies by path and method, so that a renamed
 * Java record changes nothing here and a changed field fails `tsc`.
 */
import type * as z from 'zod/mini';

import type { components, paths } from './schema';

export type { components, paths };

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type ApiPath = keyof paths;
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Responses<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON body of a successful answer (200, 201 for creations, 202 for accepted work). */
export type ApiResponse<P extends ApiPath, M extends Method> =
  Responses<P, M> extends { 200: infer Ok }
    ? Json<Ok>
    : Responses<P, M> extends { 201: infer Created }
      ? Json<Created>
      : Responses<P, M> extends { 202: infer Accepted }
        ? Json<Accepted>
        : never;

/** The element type of a list answer. */
export type Item<List> = List extends readonly (infer Element)[] ? Element : never;

/** The JSON request body. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

/** A record of the document by its schema name. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * Ties a zod schema that reads an answer to the API's type of that answer: every answer the
 * document allows must pass the schema's type (a field the SPA needs that the API does not
 * promise, or a type that differs, fails `tsc`). The schema may read fewer fields than the API sends.
 *
 * `export const projectSchema = answers<ApiResponse<'/api/projects/{id}', 'get'>>()(z.object({…}))`
 */
export function answers<Api>() {
  return <Schema extends z.ZodMiniType>(
    schema: Schema & ([Api] extends [z.output<Schema>] ? unknown : DisagreesWithTheApi<Api, Schema>),
  ): Schema => schema;
}

type DisagreesWithTheApi<Api, Schema extends z.ZodMiniType> = {
  'the API answer does not fit this schema': { api: Api; schema: z.output<Schema> };
};
