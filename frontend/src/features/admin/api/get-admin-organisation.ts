import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse } from '@/lib/openapi';

const region = z.object({ code: z.string(), name: z.nullish(z.string()) });

export const adminOrganisationSchema = answers<
  ApiResponse<'/api/admin/organisations/{id}', 'get'>
>()(
  z.object({
    id: z.number(),
    name: z.string(),
    kind: z.string(),
    subtype: z.nullish(z.string()),
    status: z.nullish(z.string()),
    rejectionReason: z.nullish(z.string()),
    creditCode: z.nullish(z.string()),
    legalRepresentative: z.nullish(z.string()),
    registeredRegionCode: z.nullish(z.string()),
    registeredRegion: z.nullish(region),
    address: z.nullish(z.string()),
    description: z.nullish(z.string()),
    contactPhone: z.nullish(z.string()),
    contactEmail: z.nullish(z.string()),
  }),
);
export type AdminOrganisation = z.infer<typeof adminOrganisationSchema>;

export const adminOrganisationKey = (id: string) =>
  [PRIVATE_QUERY_KEY, 'admin', 'organisation', id] as const;

export function getAdminOrganisation(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<AdminOrganisation> {
  return apiGet(`/api/admin/organisations/${encodeURIComponent(id)}`, adminOrganisationSchema, {
    signal,
  });
}

export const getAdminOrganisationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: adminOrganisationKey(id),
    queryFn: ({ signal }) => getAdminOrganisation(id, { signal }),
    staleTime: 0,
  });

export function useAdminOrganisation(id: string) {
  return useQuery(getAdminOrganisationQueryOptions(id));
}
