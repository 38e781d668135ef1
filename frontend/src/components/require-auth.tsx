import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useSession } from '@/lib/auth/session';
import { useTranslation } from '@/lib/i18n/i18n';

/** Pages for signed-in users: anyone else goes to /login?next=<this page>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label={t('auth.checking')} />;
  if (session.isError)
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.isSignedIn) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Administrator pages: sign in first; a signed-in non-administrator reads a 403 message. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RequireAuth>
      {session.isAdmin ? (
        children
      ) : (
        <div className="forbidden">
          <title>{`${t('auth.forbiddenTitle')} · ${t('app.name')}`}</title>
          <h1>{t('auth.forbiddenTitle')}</h1>
          <p role="alert">{t('auth.forbidden')}</p>
        </div>
      )}
    </RequireAuth>
  );
}

/** Only same-site paths may follow a log-in (no `//evil.example`, no `https://…`). */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}
