import type { ReactNode } from 'react';

import { ApiError } from '@/lib/api-client';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

/** An error as a user should read it: the server's localized detail when there is one. */
export function ErrorMessage({
  error,
  fallbackKey = 'errors.generic',
  onRetry,
}: {
  error: unknown;
  fallbackKey?: TranslationKey;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  let message = t(fallbackKey);
  if (error instanceof ApiError && error.detail) message = error.detail;
  else if (error instanceof TypeError) message = t('errors.network');
  return (
    <div className="error-message" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('search.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A page's failed load: for a 404 the page's "not found" title and heading (and `children`, what
 * to do instead), for anything else the error with a retry.
 */
export function PageFailure({
  error,
  onRetry,
  fallbackKey = 'errors.generic',
  notFoundTitle,
  children,
}: {
  error: unknown;
  onRetry: () => void;
  fallbackKey?: TranslationKey;
  notFoundTitle: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return error instanceof ApiError && error.status === 404 ? (
    <>
      <title>{`${notFoundTitle} · ${t('app.name')}`}</title>
      <h1>{notFoundTitle}</h1>
      {children}
    </>
  ) : (
    <ErrorMessage error={error} fallbackKey={fallbackKey} onRetry={onRetry} />
  );
}
