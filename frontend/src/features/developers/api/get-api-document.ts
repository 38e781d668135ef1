import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { ApiError, buildUrl } from '@/lib/api-client';

/** The parts of an OpenAPI 3 document the API page shows. */
const schemaRef = z.object({
  $ref: z.optional(z.string()),
  type: z.optional(z.string()),
  format: z.optional(z.string()),
  nullable: z.optional(z.boolean()),
  get items() {
    return z.optional(schemaRef);
  },
});
export type SchemaRef = z.infer<typeof schemaRef>;

const content = z.optional(z.record(z.string(), z.object({ schema: z.optional(schemaRef) })));

const operation = z.object({
  summary: z.optional(z.string()),
  description: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  parameters: z.optional(
    z.array(
      z.object({
        name: z.string(),
        in: z.string(),
        required: z.optional(z.boolean()),
        schema: z.optional(schemaRef),
      }),
    ),
  ),
  requestBody: z.optional(z.object({ content })),
  responses: z.optional(
    z.record(z.string(), z.object({ description: z.optional(z.string()), content })),
  ),
});
export type Operation = z.infer<typeof operation>;

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const apiDocumentSchema = z.object({
  openapi: z.string(),
  info: z.object({
    title: z.string(),
    version: z.string(),
    description: z.optional(z.string()),
  }),
  paths: z.record(z.string(), z.partialRecord(z.enum(METHODS), operation)),
  components: z.optional(
    z.object({
      schemas: z.optional(
        z.record(
          z.string(),
          z.object({
            description: z.optional(z.string()),
            required: z.optional(z.array(z.string())),
            properties: z.optional(z.record(z.string(), schemaRef)),
          }),
        ),
      ),
    }),
  ),
});
export type ApiDocument = z.infer<typeof apiDocumentSchema>;

export const API_DOCUMENT_PATH = '/api/openapi.yml';

/** The document the backend serves, parsed from YAML (the parser is loaded with this page only). */
export async function getApiDocument({ signal }: { signal?: AbortSignal } = {}) {
  const response = await fetch(buildUrl(API_DOCUMENT_PATH), { signal, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, undefined, response.statusText);
  const [{ parse }, text] = await Promise.all([import('yaml'), response.text()]);
  return apiDocumentSchema.parse(parse(text));
}

export function useApiDocument() {
  return useQuery(
    queryOptions({
      queryKey: ['api-document'],
      queryFn: ({ signal }) => getApiDocument({ signal }),
      staleTime: Infinity,
    }),
  );
}
