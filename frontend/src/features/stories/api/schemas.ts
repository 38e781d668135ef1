import * as z from 'zod/mini';

import { ApiError, apiGet, type QueryParams } from '@/lib/api-client';

import { answers, type ApiResponse, type Item } from '@/lib/openapi';
import { facetCountSchema, regionCountSchema, searchPageOf } from '@/lib/schemas';

// Answers of the story routes (docs/design/issue-10-contract.md, "Stories"). They read only what
// the pages use; typed against the OpenAPI document once the routes are on main.

const regionPathSchema = z.array(z.object({ code: z.string(), name: z.string() }));

/** A protection flag: `start`/`end` are UTF-16 offsets into `bodyText` (or into `field`). */
export const flagSchema = z.object({
  kind: z.string(),
  field: z.nullish(z.string()),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  justification: z.nullish(z.string()),
  blocking: z.boolean(),
});
export type Flag = z.infer<typeof flagSchema>;

export const photoSchema = answers<ApiResponse<'/api/my/stories/{id}/photos', 'post'>>()(
  z.object({
    id: z.number(),
    width: z.nullish(z.int()),
    height: z.nullish(z.int()),
    altText: z.nullish(z.string()),
    caption: z.nullish(z.string()),
    showsPeople: z.boolean(),
    noIdentifiableFace: z.nullish(z.boolean()),
    position: z.nullish(z.int()),
    urls: z.record(z.string(), z.string()),
  }),
);
export type Photo = z.infer<typeof photoSchema>;

export const consentSchema = z.object({
  id: z.number(),
  personLabel: z.string(),
  minor: z.boolean(),
  givenBy: z.string(),
  givenByRelation: z.nullish(z.string()),
  method: z.string(),
  givenOn: z.string(),
  scopeText: z.boolean(),
  scopePhotos: z.boolean(),
  scopeNote: z.nullish(z.string()),
});
export type Consent = z.infer<typeof consentSchema>;

/** The author's (and the moderator's) view of a story. */
export const storySchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  organisationName: z.nullish(z.string()),
  projectId: z.number(),
  projectTitle: z.nullish(z.string()),
  title: z.string(),
  summary: z.nullish(z.string()),
  bodyHtml: z.string(),
  bodyText: z.string(),
  regionCode: z.string(),
  regionPath: z.optional(regionPathSchema),
  targetGroups: z.array(z.string()),
  /** The story's own target groups or its project's include a protected group (children …). */
  aboutProtectedGroup: z.boolean(),
  serviceCategory: z.nullish(z.string()),
  programme: z.nullish(z.string()),
  status: z.string(),
  statusReason: z.nullish(z.string()),
  coverPhotoId: z.nullish(z.number()),
  photos: z.array(photoSchema),
  consents: z.array(consentSchema),
  flags: z.array(flagSchema),
  version: z.number(),
  createdAt: z.nullish(z.string()),
  updatedAt: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  publishedAt: z.nullish(z.string()),
});
export type Story = z.infer<typeof storySchema>;

/** A story in a list (the organisation's stories, the moderation queue). */
export const storySummarySchema = z.object({
  id: z.number(),
  organisationName: z.nullish(z.string()),
  projectTitle: z.nullish(z.string()),
  title: z.string(),
  status: z.string(),
  statusReason: z.nullish(z.string()),
  updatedAt: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  publishedAt: z.nullish(z.string()),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

/** A list of stories as a page of one (`{items, total, page, size}`). */
export const storyPageSchema = z.object({ items: z.array(storySummarySchema), total: z.number() });

// A shared module of the three areas (a chunk of its own would add a name to the initial JS).
/**
 * A list of stories, answered as a plain array or as a page (`{items, total}`); read as `{ items }`.
 * (No zod union here: its code would have to ship in the initial JS, which is at its budget.)
 */
export async function getStoryList(
  path: string,
  params: QueryParams,
  signal: AbortSignal | undefined,
) {
  try {
    return { items: await apiGet(path, z.array(storySummarySchema), { params, signal }) };
  } catch (error) {
    // only an answer of the other shape is read again; a refusal, the network or an abort is not
    if (error instanceof ApiError || error instanceof TypeError || signal?.aborted) throw error;
    return { items: (await apiGet(path, storyPageSchema, { params, signal })).items };
  }
}

/** The public story page's answer: no flags, consents or reasons. */
export const publicStorySchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  organisationName: z.nullish(z.string()),
  projectId: z.number(),
  title: z.string(),
  summary: z.nullish(z.string()),
  bodyHtml: z.string(),
  regionPath: z.optional(regionPathSchema),
  targetGroups: z.array(z.string()),
  serviceCategory: z.nullish(z.string()),
  programme: z.nullish(z.string()),
  coverPhotoId: z.nullish(z.number()),
  photos: z.array(photoSchema),
  publishedAt: z.nullish(z.string()),
  project: z.object({
    id: z.number(),
    /** None where a story about children would show a village through it: the page says "the project". */
    title: z.nullish(z.string()),
    organisationId: z.nullish(z.number()),
    organisationName: z.nullish(z.string()),
    regionPath: z.optional(regionPathSchema),
  }),
  openings: z.array(
    z.object({
      id: z.number(),
      title: z.nullish(z.string()),
      nextShiftStartsAt: z.nullish(z.string()),
      regionPath: z.optional(regionPathSchema),
    }),
  ),
});
export type PublicStory = z.infer<typeof publicStorySchema>;

export const storyHitSchema = answers<Item<ApiResponse<'/api/stories', 'get'>['items']>>()(
  z.object({
    id: z.number(),
    title: z.string(),
    summary: z.nullish(z.string()),
    /** The keywords' matches marked with U+E000/U+E001: the whole title when it matched, then fragments. */
    highlight: z.array(z.string()),
    organisationName: z.nullish(z.string()),
    projectTitle: z.nullish(z.string()),
    regionPath: z.optional(regionPathSchema),
    targetGroups: z.optional(z.array(z.string())),
    serviceCategory: z.nullish(z.string()),
    programme: z.nullish(z.string()),
    publishedAt: z.nullish(z.string()),
    coverUrl: z.nullish(z.string()),
  }),
);
export type StoryHit = z.infer<typeof storyHitSchema>;

export const storySearchSchema = answers<ApiResponse<'/api/stories', 'get'>>()(
  searchPageOf(storyHitSchema, {
    region: z.array(regionCountSchema),
    targetGroup: z.array(facetCountSchema),
    category: z.array(facetCountSchema),
    programme: z.array(facetCountSchema),
  }),
);
export type StorySearch = z.infer<typeof storySearchSchema>;

const fen = z.int();

/** `GET /api/disclosure/projects/{id}`: the project's money (funding feature's public answer). */
export const projectMoneySchema = z.object({
  sources: z.array(
    z.object({
      funderName: z.string(),
      callId: z.nullish(z.number()),
      callTitle: z.nullish(z.string()),
      awardedFen: fen,
      paidFen: fen,
    }),
  ),
  budgetActual: z.array(
    z.object({ category: z.string(), budgetFen: fen, actualFen: z.nullish(fen) }),
  ),
});
export type ProjectMoney = z.infer<typeof projectMoneySchema>;

export const ownProjectSchema = z.object({ id: z.number(), title: z.string(), status: z.string() });
