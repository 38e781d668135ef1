import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiGet, apiRequest } from '@/lib/api-client';

import { awardKey, awardsKey } from './keys';
import { awardDetailSchema, pageOf } from './schemas';

const base = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/awards`;

export function useAwards(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: awardsKey(organisationId),
      queryFn: ({ signal }) =>
        apiGet(base(organisationId), pageOf(awardDetailSchema), { params: { size: 100 }, signal }),
    }),
  );
}

export function useAward(organisationId: string, awardId: string) {
  return useQuery(
    queryOptions({
      queryKey: awardKey(organisationId, awardId),
      queryFn: ({ signal }) =>
        apiGet(`${base(organisationId)}/${encodeURIComponent(awardId)}`, awardDetailSchema, {
          signal,
        }),
    }),
  );
}

function useAwardAction<Body>(
  organisationId: string,
  awardId: string,
  action: 'accept' | 'refuse',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) =>
      apiRequest(
        'POST',
        `${base(organisationId)}/${encodeURIComponent(awardId)}/${action}`,
        awardDetailSchema,
        { body },
      ),
    onSuccess: (detail) => {
      queryClient.setQueryData(awardKey(organisationId, awardId), detail);
      void queryClient.invalidateQueries({ queryKey: awardsKey(organisationId), exact: true });
    },
  });
}

export const useAcceptAward = (organisationId: string, awardId: string) =>
  useAwardAction<{ version: number; acceptConditions: true }>(organisationId, awardId, 'accept');
export const useRefuseAward = (organisationId: string, awardId: string) =>
  useAwardAction<{ reason: string }>(organisationId, awardId, 'refuse');
