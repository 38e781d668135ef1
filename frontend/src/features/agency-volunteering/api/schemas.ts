import * as z from 'zod/mini';

import { answers, type ApiResponse, type Item } from '@/lib/openapi';

// The agency's side of the volunteering API (docs/design/issue-8-contract.md). The schemas read
// only what the pages show.

export const shiftSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/openings/{id}', 'get'>['shifts']>
>()(
  z.object({
    id: z.number(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.int(),
    confirmed: z.nullish(z.int()),
    free: z.nullish(z.int()),
    waitlisted: z.nullish(z.int()),
    status: z.nullish(z.string()),
    /** For optimistic locking, when the API sends one: sent back with an edit. */
    version: z.nullish(z.int()),
  }),
);
export type Shift = z.infer<typeof shiftSchema>;

export const openingDetailSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/openings/{id}', 'get'>
>()(
  z.object({
    id: z.number(),
    status: z.string(),
    organisationId: z.number(),
    organisationName: z.nullish(z.string()),
    projectId: z.number(),
    projectTitle: z.nullish(z.string()),
    title: z.string(),
    description: z.nullish(z.string()),
    regionCode: z.string(),
    regionPath: z.nullish(z.string()),
    meetingPlace: z.nullish(z.string()),
    targetGroups: z.array(z.string()),
    category: z.nullish(z.string()),
    skills: z.array(z.string()),
    adultsOnly: z.boolean(),
    screening: z.string(),
    signupDeadline: z.nullish(z.string()),
    contactName: z.nullish(z.string()),
    contactPhone: z.nullish(z.string()),
    shifts: z.array(shiftSchema),
    version: z.nullish(z.int()),
  }),
);
export type OpeningDetail = z.infer<typeof openingDetailSchema>;

export const openingSummarySchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/openings', 'get'>['items']>
>()(
  z.object({
    id: z.number(),
    title: z.string(),
    status: z.string(),
    regionPath: z.nullish(z.string()),
    signupDeadline: z.nullish(z.string()),
    shiftCount: z.nullish(z.int()),
    nextShiftStartsAt: z.nullish(z.string()),
    capacity: z.nullish(z.int()),
    freePlaces: z.nullish(z.int()),
  }),
);
export type OpeningSummary = z.infer<typeof openingSummarySchema>;

export { pageOf } from '@/lib/schemas';

export const rosterSignupSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/shifts/{shiftId}/roster', 'get'>['signups']>
>()(
  z.object({
    signupId: z.number(),
    volunteerAccountId: z.number(),
    name: z.string(),
    idNumberMasked: z.string(),
    mobileMasked: z.nullish(z.string()),
    age: z.nullish(z.int()),
    status: z.string(),
    waitlistPosition: z.nullish(z.int()),
    attendance: z.nullish(z.string()),
    createdAt: z.nullish(z.string()),
  }),
);
export type RosterSignup = z.infer<typeof rosterSignupSchema>;

export const rosterSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/shifts/{shiftId}/roster', 'get'>
>()(
  z.object({
    shift: z.object({
      id: z.number(),
      startsAt: z.string(),
      endsAt: z.string(),
      capacity: z.nullish(z.int()),
      confirmed: z.nullish(z.int()),
      status: z.nullish(z.string()),
    }),
    opening: z.object({ id: z.number(), title: z.string() }),
    signups: z.array(rosterSignupSchema),
  }),
);
export type Roster = z.infer<typeof rosterSchema>;

export const checkInSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/shifts/{shiftId}/check-in', 'get'>
>()(z.object({ code: z.string(), url: z.string() }));
export type CheckIn = z.infer<typeof checkInSchema>;

export const recordSchema = answers<
  NonNullable<
    Item<
      ApiResponse<'/api/organisations/{organisationId}/shifts/{shiftId}/records', 'get'>
    >['record']
  >
>()(
  z.object({
    id: z.number(),
    status: z.string(),
    minutes: z.int(),
    content: z.nullish(z.string()),
    evaluation: z.nullish(z.string()),
    version: z.nullish(z.int()),
  }),
);
export type ServiceRecord = z.infer<typeof recordSchema>;

export const shiftRecordSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/shifts/{shiftId}/records', 'get'>>
>()(
  z.object({
    signupId: z.number(),
    volunteerAccountId: z.number(),
    name: z.string(),
    idNumberMasked: z.string(),
    attendance: z.nullish(z.string()),
    record: z.nullish(recordSchema),
    defaultMinutes: z.int(),
  }),
);
export type ShiftRecord = z.infer<typeof shiftRecordSchema>;

export const disputeSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/disputes', 'get'>['items']>
>()(
  z.object({
    id: z.number(),
    status: z.nullish(z.string()),
    reason: z.string(),
    createdAt: z.nullish(z.string()),
    volunteerName: z.nullish(z.string()),
    idNumberMasked: z.nullish(z.string()),
    activity: z.nullish(z.string()),
    startsAt: z.nullish(z.string()),
    record: recordSchema,
  }),
);
export type Dispute = z.infer<typeof disputeSchema>;

export const ownProjectSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/projects', 'get'>>
>()(z.object({ id: z.number(), title: z.string(), status: z.string() }));
