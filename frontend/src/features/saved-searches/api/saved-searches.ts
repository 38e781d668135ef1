import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';
import { answers, type ApiResponse } from '@/lib/openapi';
import {
  SAVED_SEARCHES_KEY,
  savedSearchSchema,
  type SavedSearch,
  type SavedSearchBody,
} from '@/lib/saved-searches';

const listSchema = z.array(savedSearchSchema);

export function getSavedSearches({ signal }: { signal?: AbortSignal } = {}): Promise<
  SavedSearch[]
> {
  return apiGet('/api/me/saved-searches', listSchema, { signal });
}

export const getSavedSearchesQueryOptions = () =>
  queryOptions({
    queryKey: SAVED_SEARCHES_KEY,
    queryFn: ({ signal }) => getSavedSearches({ signal }),
  });

export function useSavedSearches() {
  return useQuery(getSavedSearchesQueryOptions());
}

export function useUpdateSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: SavedSearchBody }) =>
      apiRequest('PUT', `/api/me/saved-searches/${id}`, savedSearchSchema, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_SEARCHES_KEY }),
  });
}

export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest('DELETE', `/api/me/saved-searches/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_SEARCHES_KEY }),
  });
}

export const unsubscriptionSchema = answers<
  ApiResponse<'/api/saved-searches/unsubscribe', 'get'>
>()(
  z.object({
    name: z.string(),
    kind: z.string(),
    unsubscribed: z.boolean(),
  }),
);
export type Unsubscription = z.infer<typeof unsubscriptionSchema>;

/** What a digest's unsubscribe link stops (no sign-in). */
export function useUnsubscription(token: string) {
  return useQuery({
    queryKey: ['saved-search-unsubscribe', token],
    queryFn: ({ signal }) =>
      apiGet('/api/saved-searches/unsubscribe', unsubscriptionSchema, {
        params: { token },
        signal,
      }),
    enabled: token !== '',
    retry: false,
  });
}

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('POST', '/api/saved-searches/unsubscribe', unsubscriptionSchema, {
        params: { token },
      }),
    onSuccess: (answer) => queryClient.setQueryData(['saved-search-unsubscribe', token], answer),
  });
}
