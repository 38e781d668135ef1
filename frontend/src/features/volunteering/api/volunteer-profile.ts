import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { ApiError, apiGet, apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiBody, type ApiResponse } from '@/lib/openapi';

export const volunteerProfileSchema = answers<ApiResponse<'/api/volunteer/profile', 'get'>>()(
  z.object({
    name: z.string(),
    idType: z.string(),
    /** Only ever the masked form (`530627********1234`); the number in clear never comes back. */
    idNumberMasked: z.string(),
    birthDate: z.string(),
    age: z.int(),
    gender: z.nullish(z.string()),
    mobile: z.string(),
    skills: z.array(z.string()),
    regionCodes: z.array(z.string()),
    availability: z.array(z.string()),
    minor: z.boolean(),
    consentRequired: z.boolean(),
    guardianConsent: z.nullish(
      z.object({
        guardianName: z.string(),
        relation: z.string(),
        guardianPhoneMasked: z.string(),
        recordedAt: z.string(),
      }),
    ),
    complete: z.boolean(),
    canSignUp: z.boolean(),
    version: z.number(),
  }),
);
export type VolunteerProfile = z.infer<typeof volunteerProfileSchema>;

export const AVAILABILITY_SLOTS = [
  'weekday-daytime',
  'weekday-evening',
  'weekend',
  'school-holidays',
  'public-holidays',
] as const;
export const GUARDIAN_RELATIONS = [
  'father',
  'mother',
  'grandparent',
  'sibling',
  'other-guardian',
] as const;

export type Registration = {
  name: string;
  idType: string;
  idNumber: string;
  birthDate?: string | undefined;
  gender?: string | undefined;
  mobile: string;
  skills: string[];
  regionCodes: string[];
  availability: string[];
};
export type ProfileUpdate = Omit<
  Registration,
  'name' | 'idType' | 'idNumber' | 'birthDate' | 'gender'
> & {
  version: number;
};
export type GuardianConsentRequest = {
  guardianName: string;
  relation: string;
  guardianPhone: string;
  confirmed: true;
};

export const volunteerProfileKey = [PRIVATE_QUERY_KEY, 'volunteer', 'profile'] as const;

/** The signed-in account's profile, or `null` when it has none yet (404). */
export async function getVolunteerProfile({
  signal,
}: { signal?: AbortSignal } = {}): Promise<VolunteerProfile | null> {
  try {
    return await apiGet('/api/volunteer/profile', volunteerProfileSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const getVolunteerProfileQueryOptions = () =>
  queryOptions({
    queryKey: volunteerProfileKey,
    queryFn: ({ signal }) => getVolunteerProfile({ signal }),
  });

export function useVolunteerProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getVolunteerProfileQueryOptions(), enabled });
}

function useProfileMutation<Input>(send: (input: Input) => Promise<VolunteerProfile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (profile) => {
      queryClient.setQueryData(volunteerProfileKey, profile);
      // Registration grants the volunteer role: the session's roles change.
      return queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
    },
  });
}

export function useRegisterVolunteer() {
  return useProfileMutation((input: Registration) =>
    apiRequest('POST', '/api/volunteer/profile', volunteerProfileSchema, {
      body: input satisfies ApiBody<'/api/volunteer/profile', 'post'>,
    }),
  );
}

export function useUpdateVolunteer() {
  return useProfileMutation((input: ProfileUpdate) =>
    apiRequest('PUT', '/api/volunteer/profile', volunteerProfileSchema, {
      body: input satisfies ApiBody<'/api/volunteer/profile', 'put'>,
    }),
  );
}

export function useGuardianConsent() {
  return useProfileMutation((input: GuardianConsentRequest) =>
    apiRequest('POST', '/api/volunteer/profile/guardian-consent', volunteerProfileSchema, {
      body: input satisfies ApiBody<'/api/volunteer/profile/guardian-consent', 'post'>,
    }),
  );
}
