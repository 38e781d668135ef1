import { useMemo } from 'react';

import { ApiError } from '@/lib/api-client';

/**
 * The server names list elements with brackets (`tranches[1].shareBp`); react-hook-form with
 * dots (`tranches.1.shareBp`). The same problem with the names rewritten, for `useServerErrors`.
 */
export function useDottedFieldNames(error: unknown): unknown {
  return useMemo(() => {
    if (!(error instanceof ApiError) || !error.problem?.errors) return error;
    return new ApiError(
      error.status,
      {
        ...error.problem,
        errors: error.problem.errors.map((item) => ({
          ...item,
          field: item.field?.replace(/\[(\d+)\]/g, '.$1') ?? null,
        })),
      },
      error.message,
      error.retryAfter,
    );
  }, [error]);
}

/** A 403 of the four-eyes rule: the member who proposed (or recorded) it cannot approve it. */
export function isFourEyes(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 403) return false;
  const rule = (error.problem as { rule?: unknown } | undefined)?.rule;
  return error.problemType === 'four-eyes' || rule === 'four-eyes';
}
