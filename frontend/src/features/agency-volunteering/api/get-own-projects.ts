import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';

import { agencyKey } from './keys';
import { ownProjectSchema } from './schemas';

/** The organisation's projects, one of which an opening belongs to. */
export function useOwnProjects(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...agencyKey(organisationId), 'projects'],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/organisations/${encodeURIComponent(organisationId)}/projects`,
          z.array(ownProjectSchema),
          { signal },
        ),
    }),
  );
}
