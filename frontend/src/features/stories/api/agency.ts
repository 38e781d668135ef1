import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';

import { myStoryKey, organisationStoriesKey } from './keys';
import {
  consentSchema,
  getStoryList,
  ownProjectSchema,
  photoSchema,
  storySchema,
  type Story,
} from './schemas';

const enc = encodeURIComponent;
export const myStoryPath = (storyId: string | number) => `/api/my/stories/${enc(String(storyId))}`;

/** The fields of a story as the author edits them (the contract's create/save body). */
export type StoryFields = {
  projectId: number;
  title: string;
  summary: string;
  bodyHtml: string;
  regionCode: string;
  targetGroups: string[];
  serviceCategory: string | null;
  programme: string | null;
};

export type ConsentFields = {
  personLabel: string;
  minor: boolean;
  givenBy: 'self' | 'guardian';
  givenByRelation: string | null;
  method: string;
  givenOn: string;
  scopeText: boolean;
  scopePhotos: boolean;
  scopeNote: string;
};

export type PhotoFields = {
  altText: string;
  caption: string;
  showsPeople: boolean;
  noIdentifiableFace: boolean;
  position: number;
};

export function useOrganisationStories(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: organisationStoriesKey(organisationId),
      queryFn: ({ signal }) =>
        getStoryList(`/api/organisations/${enc(organisationId)}/stories`, { size: 100 }, signal),
    }),
  );
}

/** The organisation's projects, one of which the story is about. */
export function useOwnProjects(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...organisationStoriesKey(organisationId), 'projects'],
      queryFn: ({ signal }) =>
        apiGet(`/api/organisations/${enc(organisationId)}/projects`, z.array(ownProjectSchema), {
          signal,
        }),
    }),
  );
}

export function useMyStory(storyId: string) {
  return useQuery(
    queryOptions({
      queryKey: myStoryKey(storyId),
      queryFn: ({ signal }) => apiGet(myStoryPath(storyId), storySchema, { signal }),
    }),
  );
}

export function useCreateStory(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: StoryFields) =>
      apiRequest('POST', `/api/organisations/${enc(organisationId)}/stories`, storySchema, {
        body: fields,
      }),
    onSuccess: (story) => {
      queryClient.setQueryData(myStoryKey(String(story.id)), story);
      void queryClient.invalidateQueries({ queryKey: organisationStoriesKey(organisationId) });
    },
  });
}

/** Saves the author's fields with the version they started from (409 when another save came first). */
export function useSaveStory(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: StoryFields & { version: number }) =>
      apiRequest('PUT', myStoryPath(storyId), storySchema, { body: fields }),
    onSuccess: (story) => queryClient.setQueryData(myStoryKey(storyId), story),
  });
}

/** Any change that answers with nothing the page keeps: the story is read again afterwards. */
function useStoryChange<Input>(storyId: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: myStoryKey(storyId) }),
  });
}

export function useSubmitStory(storyId: string) {
  return useStoryChange(storyId, (version: number) =>
    apiRequest('POST', `${myStoryPath(storyId)}/submit`, undefined, { body: { version } }),
  );
}

export function useUnpublishOwnStory(storyId: string) {
  return useStoryChange(storyId, (reason: string) =>
    apiRequest('POST', `${myStoryPath(storyId)}/unpublish`, undefined, { body: { reason } }),
  );
}

export function useDeleteStory(storyId: string) {
  return useMutation({
    mutationFn: () => apiRequest('DELETE', myStoryPath(storyId)),
  });
}

export function useJustify(storyId: string) {
  return useStoryChange(storyId, (input: { kind: string; text: string; justification: string }) =>
    apiRequest('PUT', `${myStoryPath(storyId)}/justifications`, undefined, { body: input }),
  );
}

export function useAddConsent(storyId: string) {
  return useStoryChange(storyId, (consent: ConsentFields) =>
    apiRequest('POST', `${myStoryPath(storyId)}/consents`, consentSchema, { body: consent }),
  );
}

/**
 * A consent record changed (`PUT …/consents/{consentId}`). Consent records carry no version of their
 * own: the server answers 409 when the story can no longer be edited (submitted meanwhile) and 404
 * when the record is gone. Only a success reads the story again, so that a refusal stays on the form.
 */
export function useUpdateConsent(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, ...consent }: ConsentFields & { consentId: number }) =>
      apiRequest('PUT', `${myStoryPath(storyId)}/consents/${consentId}`, consentSchema, {
        body: consent,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myStoryKey(storyId) }),
  });
}

export function useDeleteConsent(storyId: string) {
  return useStoryChange(storyId, (consentId: number) =>
    apiRequest('DELETE', `${myStoryPath(storyId)}/consents/${consentId}`),
  );
}

export function useUpdatePhoto(storyId: string) {
  return useStoryChange(storyId, ({ photoId, ...fields }: PhotoFields & { photoId: number }) =>
    apiRequest('PUT', `${myStoryPath(storyId)}/photos/${photoId}`, photoSchema, { body: fields }),
  );
}

export function useDeletePhoto(storyId: string) {
  return useStoryChange(storyId, (photoId: number) =>
    apiRequest('DELETE', `${myStoryPath(storyId)}/photos/${photoId}`),
  );
}

export function useSetCover(storyId: string) {
  return useStoryChange(storyId, (photoId: number) =>
    apiRequest('PUT', `${myStoryPath(storyId)}/cover`, undefined, { body: { photoId } }),
  );
}

export type { Story };
