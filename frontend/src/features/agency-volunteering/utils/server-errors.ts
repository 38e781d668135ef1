import { useMemo } from 'react';

import { ApiError } from '@/lib/api-client';

/**
 * The server names list elements with brackets (`create.request.shifts[1].end`); react-hook-form
 * with dots (`shifts.1.end`). The same problem with the names rewritten, for `useServerErrors`.
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
