import { useMemo } from 'react';

import { ApiError } from '@/lib/api-client';

/**
 * The server names list elements with brackets (`budgetLines[2].amountFen`,
 * `budget[activities].explanation`); react-hook-form with dots (`budgetLines.2.amountFen`).
 * The same problem with the names rewritten, for `useServerErrors`; `keys` maps a bracketed key
 * that is not an index (a budget category) to the row's index.
 */
export function useDottedFieldNames(error: unknown, keys: Record<string, number> = {}): unknown {
  const keyList = JSON.stringify(keys);
  return useMemo(() => {
    if (!(error instanceof ApiError) || !error.problem?.errors) return error;
    const byKey = JSON.parse(keyList) as Record<string, number>;
    return new ApiError(
      error.status,
      {
        ...error.problem,
        errors: error.problem.errors.map((item) => ({
          ...item,
          field:
            item.field?.replace(/\[([^\]]+)\]/g, (_, key: string) =>
              /^\d+$/.test(key) ? `.${key}` : key in byKey ? `.${byKey[key]}` : `.${key}`,
            ) ?? null,
        })),
      },
      error.message,
      error.retryAfter,
    );
  }, [error, keyList]);
}
