import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, buildUrl } from '@/lib/api-client';

import { adminOrganisationKey } from './get-admin-organisation';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

// The administrator reads the same documents endpoint as members (features do not share code).
export const documentSchema = answers<
  Item<ApiResponse<'/api/organisations/{id}/documents', 'get'>>
>()(
  z.object({
    id: z.number(),
    kind: z.string(),
    filename: z.string(),
    contentType: z.nullish(z.string()),
    size: z.nullish(z.number()),
    uploadedAt: z.nullish(z.string()),
  }),
);

export function getOrganisationDocuments(id: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiGet(`/api/organisations/${encodeURIComponent(id)}/documents`, z.array(documentSchema), {
    signal,
  });
}

export const getOrganisationDocumentsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...adminOrganisationKey(id), 'documents'],
    queryFn: ({ signal }) => getOrganisationDocuments(id, { signal }),
  });

export function useOrganisationDocuments(id: string) {
  return useQuery(getOrganisationDocumentsQueryOptions(id));
}

export const documentUrl = (id: string, documentId: number) =>
  buildUrl(
    `/api/organisations/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
  );
