import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';

import { setSessionListener } from '@/lib/api-client';

import { ANONYMOUS, SESSION_QUERY_KEY, sessionSchema, setSession } from './session';

/**
 * Keeps the cached session (`GET /api/auth/me`) in step with silent refreshes done by the API
 * client: a rotated session replaces it, a failed refresh signs the user out in the UI.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    setSessionListener((body) => {
      const parsed = sessionSchema.safeParse(body);
      if (parsed.success) {
        setSession(queryClient, parsed.data);
      } else if (body === null && queryClient.getQueryData(SESSION_QUERY_KEY)) {
        setSession(queryClient, ANONYMOUS);
      }
    });
    return () => setSessionListener(undefined);
  }, [queryClient]);
  return children;
}
