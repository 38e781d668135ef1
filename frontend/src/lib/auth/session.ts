import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, refreshSession, setCsrfToken } from '@/lib/api-client';
import { answers, type ApiResponse } from '@/lib/openapi';

// The session is read by the header (a shared component) and by every feature's guards, so it
// lives in lib; the sign-up and log-in pages (features/auth) write it through setSession.

export const membershipSchema = z.object({
  organisationId: z.number(),
  organisationName: z.string(),
  organisationStatus: z.string(),
  role: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const accountSchema = answers<ApiResponse<'/api/account', 'get'>>()(
  z.object({
    id: z.number(),
    displayName: z.string(),
    maskedEmail: z.nullish(z.string()),
    maskedPhone: z.nullish(z.string()),
    roles: z.array(z.string()),
    language: z.nullish(z.string()),
    memberships: z.nullish(z.array(membershipSchema)),
  }),
);
export type Account = z.infer<typeof accountSchema>;

export const sessionSchema = answers<ApiResponse<'/api/auth/me', 'get'>>()(
  z.object({
    account: z.nullish(accountSchema),
    csrfToken: z.nullish(z.string()),
  }),
);
export type Session = z.infer<typeof sessionSchema>;

export const ANONYMOUS: Session = { account: null, csrfToken: null };
export const SESSION_QUERY_KEY = ['auth', 'me'] as const;
/** Queries holding one account's data start with this key; sign-out drops them all. */
export const PRIVATE_QUERY_KEY = 'private';

/**
 * A hint (not a secret) that this browser had a session: only then is an anonymous `me` worth a
 * silent refresh, so visitors who never signed in do not send a refresh on every page load.
 */
const SIGNED_IN_HINT = 'qianshou.signedIn';

function rememberSignedIn(signedIn: boolean) {
  try {
    if (signedIn) window.localStorage.setItem(SIGNED_IN_HINT, '1');
    else window.localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage unavailable: we only lose the silent refresh on the next visit
  }
}

function hadSession(): boolean {
  try {
    return window.localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return false;
  }
}

/** Keeps the CSRF token (memory only) and the hint in step with a session from the server. */
export function acceptSession(session: Session): Session {
  setCsrfToken(session.csrfToken);
  rememberSignedIn(Boolean(session.account));
  return session;
}

export async function getSession({ signal }: { signal?: AbortSignal } = {}): Promise<Session> {
  let session = await apiGet('/api/auth/me', sessionSchema, { signal });
  // The access cookie lives 5 minutes; the refresh cookie 30 days. `me` is open to anonymous
  // callers, so it answers "nobody" instead of 401 when only the access cookie has expired.
  if (!session.account && hadSession() && (await refreshSession())) {
    session = await apiGet('/api/auth/me', sessionSchema, { signal });
  }
  return acceptSession(session);
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession({ signal }),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  const query = useQuery(getSessionQueryOptions());
  const account = query.data?.account ?? null;
  return {
    ...query,
    account,
    isSignedIn: account !== null,
    isAdmin: account?.roles.includes('admin') ?? false,
  };
}

/** Puts a session the server just returned (log-in, sign-up, refresh) into the cache. */
export function setSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(SESSION_QUERY_KEY, acceptSession(session));
}

/** The caller's role in an organisation (`owner`, `staff`), from the session's memberships. */
export function membershipRole(
  account: Account | null,
  organisationId: string | number,
): string | undefined {
  return account?.memberships?.find((m) => String(m.organisationId) === String(organisationId))
    ?.role;
}
