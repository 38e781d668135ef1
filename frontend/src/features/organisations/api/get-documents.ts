import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, buildUrl } from '@/lib/api-client';

import { documentSchema, organisationKey, type OrganisationDocument } from './schemas';

export function getDocuments(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OrganisationDocument[]> {
  return apiGet(`/api/organisations/${encodeURIComponent(id)}/documents`, z.array(documentSchema), {
    signal,
  });
}

export const getDocumentsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...organisationKey(id), 'documents'],
    queryFn: ({ signal }) => getDocuments(id, { signal }),
    staleTime: 0,
  });

export function useDocuments(id: string) {
  return useQuery(getDocumentsQueryOptions(id));
}

/** The file itself (an attachment); a plain link, so the browser downloads it with the cookie. */
export function documentUrl(id: string, documentId: number): string {
  return buildUrl(
    `/api/organisations/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
  );
}
