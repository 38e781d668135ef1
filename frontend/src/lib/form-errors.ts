import { ApiError } from '@/lib/api-client';
import type { TranslationKey, TranslationParams } from '@/lib/i18n/i18n';

export type FieldErrors = Record<string, string>;

/**
 * Maps a 400 problem's `errors[{field, message}]` onto a form's fields. The server may name a
 * field with a prefix (`request.creditCode`, `create.request.socialWorkers.senior`): the longest
 * dotted suffix that is one of `fields` wins. Errors no field claims are returned as `general`.
 */
export function mapFieldErrors(
  error: unknown,
  fields: readonly string[],
): { fields: FieldErrors; general: string[] } {
  const result: { fields: FieldErrors; general: string[] } = { fields: {}, general: [] };
  if (!(error instanceof ApiError)) return result;
  for (const { field, message } of error.errors) {
    const parts = (field ?? '').split('.');
    let matched: string | undefined;
    for (let start = 0; start < parts.length && !matched; start++) {
      const candidate = parts.slice(start).join('.');
      if (fields.includes(candidate)) matched = candidate;
    }
    if (matched) result.fields[matched] ??= message;
    else result.general.push(message);
  }
  return result;
}

type T = (key: TranslationKey, params?: TranslationParams) => string;

/**
 * What to say about a failed request beside its field errors: the 429 wait in seconds, the
 * server's detail, or a network/generic message. Empty when the field errors say it all.
 */
export function problemMessages(
  error: unknown,
  t: T,
  mapped: { fields: FieldErrors; general: string[] } = { fields: {}, general: [] },
): string[] {
  if (!error) return [];
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return [
        error.retryAfter !== undefined
          ? t('auth.tooManyWait', { seconds: error.retryAfter })
          : t('auth.tooMany'),
      ];
    }
    if (Object.keys(mapped.fields).length > 0 || mapped.general.length > 0) return [];
    return [error.detail ?? t('errors.generic')];
  }
  if (error instanceof TypeError) return [t('errors.network')];
  return [t('errors.generic')];
}

/**
 * A form's errors in one call: messages per field, and the messages for the form as a whole.
 * `byStatus` replaces the server's words for statuses the page explains itself (413, 409…).
 */
export function formErrors(
  error: unknown,
  fields: readonly string[],
  t: T,
  byStatus: Partial<Record<number, string>> = {},
): { fields: FieldErrors; messages: string[] } {
  if (error instanceof ApiError && byStatus[error.status]) {
    return { fields: {}, messages: [byStatus[error.status]!] };
  }
  const mapped = mapFieldErrors(error, fields);
  return {
    fields: mapped.fields,
    messages: [...mapped.general, ...problemMessages(error, t, mapped)],
  };
}
