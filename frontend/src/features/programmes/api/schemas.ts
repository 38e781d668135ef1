import * as z from 'zod/mini';

import { answers, type ApiResponse, type Item } from '@/lib/openapi';
import { pageOf } from '@/lib/schemas';

// The answers of the programmes API (docs/design/issue-10-contract.md, "Programmes") as far as
// these pages read them. Days are YYYY-MM-DD.

const yearCountSchema = z.object({ year: z.int(), count: z.number() });
const prefectureCountSchema = z.object({ code: z.string(), name: z.string(), count: z.number() });

export const targetSchema = z.object({
  kind: z.string(),
  value: z.nullish(z.int()),
  byYear: z.nullish(z.int()),
  fromYear: z.nullish(z.int()),
});
export type Target = z.infer<typeof targetSchema>;

export const programmeSchema = answers<Item<ApiResponse<'/api/programmes', 'get'>>>()(
  z.object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    targetZh: z.nullish(z.string()),
    targetEn: z.nullish(z.string()),
    target: z.nullish(targetSchema),
    live: z.object({
      total: z.number(),
      demo: z.number(),
      towardsTarget: z.nullish(z.number()),
      byYear: z.array(yearCountSchema),
      byPrefecture: z.array(prefectureCountSchema),
    }),
    definitionZh: z.string(),
    definitionEn: z.string(),
  }),
);
export type Programme = z.infer<typeof programmeSchema>;
export const programmesSchema = z.array(programmeSchema);

export const pairSchema = z.object({
  id: z.number(),
  partnerName: z.string(),
  partnerProvince: z.string(),
  partnerCity: z.string(),
  partnerOrganisationId: z.nullish(z.number()),
  agencyOrganisationId: z.number(),
  agencyOrganisationName: z.string(),
  prefectureName: z.nullish(z.string()),
  startDate: z.string(),
  endDate: z.nullish(z.string()),
  support: z.object({
    peopleSent: z.number(),
    supervision: z.number(),
    training: z.number(),
    jointProjects: z.number(),
  }),
  demo: z.boolean(),
  version: z.number(),
});
export type Pair = z.infer<typeof pairSchema>;

export const partnershipSchema = z.object({
  id: z.number(),
  universityOrganisationId: z.nullish(z.number()),
  universityName: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  prefectureName: z.nullish(z.string()),
  startDate: z.string(),
  endDate: z.nullish(z.string()),
  activities: z.object({
    internshipBases: z.number(),
    studentsPlaced: z.number(),
    teacherPractice: z.number(),
  }),
  demo: z.boolean(),
  version: z.number(),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const dispatchSchema = z.object({
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  countyName: z.nullish(z.string()),
  prefectureName: z.nullish(z.string()),
  qualificationLevel: z.string(),
  workers: z.int(),
  startDate: z.string(),
  endDate: z.nullish(z.string()),
  sendingOrganisationId: z.nullish(z.number()),
  sendingOrganisationName: z.nullish(z.string()),
  demo: z.boolean(),
  version: z.number(),
});
export type Dispatch = z.infer<typeof dispatchSchema>;

export const designationSchema = z.object({
  id: z.number(),
  projectId: z.number(),
  projectTitle: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  year: z.int(),
  category: z.string(),
  withdrawn: z.boolean(),
  demo: z.boolean(),
  version: z.number(),
});
export type Designation = z.infer<typeof designationSchema>;

export const programmeDetailSchema = answers<ApiResponse<'/api/programmes/{code}', 'get'>>()(
  z.object({
    programme: programmeSchema,
    twinningPairs: z.nullish(pageOf(pairSchema)),
    partnerships: z.nullish(pageOf(partnershipSchema)),
    dispatches: z.nullish(pageOf(dispatchSchema)),
    designations: z.nullish(pageOf(designationSchema)),
  }),
);
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const supportEntrySchema = z.object({
  id: z.number(),
  kind: z.string(),
  date: z.string(),
  count: z.int(),
  note: z.string(),
  demo: z.boolean(),
});
export type SupportEntry = z.infer<typeof supportEntrySchema>;

export const agencyPairsSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/twinning-pairs', 'get'>
>()(z.array(z.object({ pair: pairSchema, log: z.array(supportEntrySchema) })));
export type AgencyPair = z.infer<typeof agencyPairsSchema>[number];
