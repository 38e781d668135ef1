import * as z from 'zod/mini';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

// The contract (docs/design/issue-3-contract.md) names the request; the answers are read
// leniently: members the contract does not promise are optional.

export const idSchema = z.number();

/** A region by code and name. */
export const regionRefSchema = z.object({ code: z.string(), name: z.nullish(z.string()) });
export type RegionRef = z.infer<typeof regionRefSchema>;

export function regionCode(ref: RegionRef | null | undefined): string | undefined {
  return ref?.code;
}

export const socialWorkersSchema = z.object({
  assistant: z.nullish(z.int()),
  intermediate: z.nullish(z.int()),
  senior: z.nullish(z.int()),
});

export const organisationDetailSchema = answers<ApiResponse<'/api/organisations/{id}', 'get'>>()(
  z.object({
    id: idSchema,
    name: z.string(),
    kind: z.string(),
    subtype: z.nullish(z.string()),
    status: z.nullish(z.string()),
    rejectionReason: z.nullish(z.string()),
    creditCode: z.nullish(z.string()),
    legalRepresentative: z.nullish(z.string()),
    registeredRegionCode: z.nullish(z.string()),
    registeredRegion: z.nullish(regionRefSchema),
    address: z.nullish(z.string()),
    serviceRegionCodes: z.nullish(z.array(z.string())),
    serviceRegions: z.nullish(z.array(regionRefSchema)),
    targetGroups: z.nullish(z.array(z.string())),
    serviceCategories: z.nullish(z.array(z.string())),
    description: z.nullish(z.string()),
    contactPhone: z.nullish(z.string()),
    contactEmail: z.nullish(z.string()),
    socialWorkers: z.nullish(socialWorkersSchema),
    demo: z.nullish(z.boolean()),
  }),
);
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

export type OrganisationRequest = {
  name: string;
  kind: string;
  subtype: string;
  creditCode: string;
  legalRepresentative: string;
  registeredRegionCode: string;
  address: string;
  serviceRegionCodes: string[];
  targetGroups: string[];
  serviceCategories: string[];
  description: string;
  contactPhone: string;
  contactEmail: string;
  socialWorkers: { assistant: number; intermediate: number; senior: number };
};

export const ORGANISATION_FIELDS = [
  'name',
  'kind',
  'subtype',
  'creditCode',
  'legalRepresentative',
  'registeredRegionCode',
  'address',
  'serviceRegionCodes',
  'targetGroups',
  'serviceCategories',
  'description',
  'contactPhone',
  'contactEmail',
  'socialWorkers.assistant',
  'socialWorkers.intermediate',
  'socialWorkers.senior',
] as const;

export const documentSchema = answers<
  Item<ApiResponse<'/api/organisations/{id}/documents', 'get'>>
>()(
  z.object({
    id: idSchema,
    kind: z.string(),
    filename: z.string(),
    contentType: z.nullish(z.string()),
    size: z.nullish(z.number()),
    uploadedAt: z.nullish(z.string()),
  }),
);
export type OrganisationDocument = z.infer<typeof documentSchema>;

export const organisationKey = (id: string) => ['private', 'organisations', id] as const;
