import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiBody, type ApiResponse } from '@/lib/openapi';

import { openingKey } from './get-opening';

export const SIGNUP_STATUSES = [
  'confirmed',
  'pending',
  'waitlisted',
  'declined',
  'cancelled',
  'shift-cancelled',
] as const;

export const signupAnswerSchema = answers<ApiResponse<'/api/signups', 'post'>>()(
  z.array(
    z.object({
      signupId: z.number(),
      shiftId: z.number(),
      status: z.string(),
      waitlistPosition: z.nullish(z.int()),
    }),
  ),
);
export type SignupAnswer = z.infer<typeof signupAnswerSchema>;

export const myShiftSchema = z.object({
  signupId: z.number(),
  status: z.string(),
  waitlistPosition: z.nullish(z.int()),
  attendance: z.nullish(z.string()),
  shift: z.object({ id: z.number(), startsAt: z.string(), endsAt: z.string() }),
  opening: z.object({
    id: z.number(),
    title: z.string(),
    regionPath: z.string(),
    meetingPlace: z.string(),
    organisationName: z.string(),
  }),
});
export type MyShift = z.infer<typeof myShiftSchema>;
export const myShiftsSchema = answers<ApiResponse<'/api/volunteer/shifts', 'get'>>()(
  z.array(myShiftSchema),
);

export type ShiftScope = 'upcoming' | 'past';
const myShiftsKey = [PRIVATE_QUERY_KEY, 'volunteer', 'shifts'] as const;

export function getMyShifts(
  scope: ShiftScope,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MyShift[]> {
  return apiGet('/api/volunteer/shifts', myShiftsSchema, { params: { scope }, signal });
}

export const getMyShiftsQueryOptions = (scope: ShiftScope) =>
  queryOptions({
    queryKey: [...myShiftsKey, scope],
    queryFn: ({ signal }) => getMyShifts(scope, { signal }),
  });

export function useMyShifts(scope: ShiftScope) {
  return useQuery(getMyShiftsQueryOptions(scope));
}

/** `POST /api/signups`: all the chosen shifts, or none when any is refused. */
export function signUp(shiftIds: number[]): Promise<SignupAnswer> {
  return apiRequest('POST', '/api/signups', signupAnswerSchema, {
    body: { shiftIds } satisfies ApiBody<'/api/signups', 'post'>,
  });
}

export function useSignUp(openingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: openingKey(openingId) }),
        queryClient.invalidateQueries({ queryKey: myShiftsKey }),
      ]),
  });
}

export function cancelSignup(signupId: number): Promise<void> {
  return apiRequest('POST', `/api/signups/${encodeURIComponent(String(signupId))}/cancel`);
}

export function useCancelSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelSignup,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myShiftsKey }),
        queryClient.invalidateQueries({ queryKey: ['openings'] }),
      ]),
  });
}

const calendarSchema = answers<ApiResponse<'/api/volunteer/calendar', 'get'>>()(
  z.object({ url: z.string() }),
);
const calendarKey = [PRIVATE_QUERY_KEY, 'volunteer', 'calendar'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarKey,
    queryFn: ({ signal }) => apiGet('/api/volunteer/calendar', calendarSchema, { signal }),
  });
}

/** A new secret feed URL; the old one stops working. */
export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', '/api/volunteer/calendar', calendarSchema),
    onSuccess: (feed) => queryClient.setQueryData(calendarKey, feed),
  });
}

export const checkInAnswerSchema = answers<ApiResponse<'/api/check-in', 'post'>>()(
  z.object({ signupId: z.number(), attendance: z.string() }),
);

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shiftId, code }: { shiftId: number; code: string }) =>
      apiRequest('POST', '/api/check-in', checkInAnswerSchema, {
        body: { shiftId, code } satisfies ApiBody<'/api/check-in', 'post'>,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myShiftsKey }),
  });
}
