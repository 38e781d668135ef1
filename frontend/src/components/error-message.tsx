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
