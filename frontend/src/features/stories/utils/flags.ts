import type { Consent, Flag, Photo, Story } from '../api/schemas';

export const isBodyFlag = (flag: Flag) => !flag.field || flag.field === 'body';

/**
 * A place in the story's project's title (a story about children): not blocking and not the
 * author's to justify; the public page and search show the project without that title.
 */
export const isProjectTitleFlag = (flag: Flag) => flag.field === 'project.title';

/** A photo's caption or alt text as a flag's field: `photos[0].caption` → [0, 'caption']. */
export function photoField(
  field: string | null | undefined,
): [number, 'caption' | 'altText'] | null {
  const match = /^photos\[(\d+)\]\.(caption|altText)$/.exec(field ?? '');
  return match ? [Number(match[1]), match[2] as 'caption' | 'altText'] : null;
}

function order(flag: Flag): number {
  if (flag.field === 'title') return 0;
  if (flag.field === 'summary') return 1;
  if (isBodyFlag(flag)) return 2;
  const photo = photoField(flag.field);
  return photo ? 3 + photo[0] * 2 + (photo[1] === 'caption' ? 0 : 1) : 10_000;
}

/** Flags in reading order (title, summary, the body, then each photo's caption and alt text), numbered from 1. */
export function numberFlags(flags: readonly Flag[]): (Flag & { number: number })[] {
  return [...flags]
    .sort((a, b) => order(a) - order(b) || a.start - b.start || a.end - b.end)
    .map((flag, index) => ({ ...flag, number: index + 1 }));
}

export type Segment = { text: string; flag?: Flag & { number: number } };

/**
 * Cuts `text` at the flags' UTF-16 offsets (as the server counts them, like JavaScript strings)
 * into plain and flagged segments. Offsets out of range are clamped; an overlapping flag starts
 * where the previous one ended.
 */
export function flagSegments(
  text: string,
  flags: readonly (Flag & { number: number })[],
): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(flag.start, text.length));
    const end = Math.max(start, Math.min(flag.end, text.length));
    if (end === start) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), flag });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Flags that can never be justified: the text must go. */
export const mustRemove = (flag: Flag) => flag.kind === 'id-number' || flag.kind === 'mobile';

export type Blocker =
  | { kind: 'flag'; flag: Flag & { number: number } }
  | { kind: 'consent' }
  | { kind: 'photo-consent'; photo: Photo; index: number }
  | { kind: 'face'; photo: Photo; index: number }
  | { kind: 'field'; field: 'title' | 'projectId' | 'regionCode' | 'targetGroups' };

/** What still stands between the story and its submission, as the server's rules say. */
export function blockers(story: Story): Blocker[] {
  const result: Blocker[] = [];
  if (!story.title.trim()) result.push({ kind: 'field', field: 'title' });
  if (!story.regionCode) result.push({ kind: 'field', field: 'regionCode' });
  if (story.targetGroups.length === 0) result.push({ kind: 'field', field: 'targetGroups' });
  for (const flag of numberFlags(story.flags)) {
    if (flag.blocking && (mustRemove(flag) || !flag.justification)) {
      result.push({ kind: 'flag', flag });
    }
  }
  if (story.consents.length === 0) result.push({ kind: 'consent' });
  const photoConsent = story.consents.some((consent: Consent) => consent.scopePhotos);
  // the server's answer: the story's own groups or its project's (the face rule follows either)
  const children = story.aboutProtectedGroup;
  story.photos.forEach((photo, index) => {
    if (photo.showsPeople && !photoConsent) result.push({ kind: 'photo-consent', photo, index });
    if (children && !photo.noIdentifiableFace) result.push({ kind: 'face', photo, index });
  });
  return result;
}
