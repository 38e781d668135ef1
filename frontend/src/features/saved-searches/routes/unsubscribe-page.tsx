import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import { useUnsubscribe, useUnsubscription } from '../api/saved-searches';
import '../i18n';

/**
 * `/saved-searches/unsubscribe?token=…`: the link in a digest, without signing in. Says which saved
 * search's alerts it stops and stops them on a click (a link alone never changes anything, so that
 * a mail scanner following it does not unsubscribe anybody).
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const shown = useUnsubscription(token);
  const unsubscribe = useUnsubscribe(token);
  const missing = token === '' || (shown.error instanceof ApiError && shown.error.status === 404);
  return (
    <div className="unsubscribe-page">
      <title>{`${t('savedSearches.unsubscribe.title')} · ${t('app.name')}`}</title>
      <h1>{t('savedSearches.unsubscribe.title')}</h1>
      {missing ? <p role="alert">{t('savedSearches.unsubscribe.missing')}</p> : null}
      {!missing && shown.isPending ? <Loading label={t('search.loading')} /> : null}
      {!missing && shown.isError ? (
        <ErrorMessage error={shown.error} onRetry={() => void shown.refetch()} />
      ) : null}
      {shown.data && shown.data.unsubscribed ? (
        <div role="status">
          <p>{t('savedSearches.unsubscribe.done', { name: shown.data.name })}</p>
          <p>{t('savedSearches.unsubscribe.manage')}</p>
        </div>
      ) : null}
      {shown.data && !shown.data.unsubscribed ? (
        <>
          <p>{t('savedSearches.unsubscribe.question', { name: shown.data.name })}</p>
          <button
            type="button"
            disabled={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate()}
          >
            {t('savedSearches.unsubscribe.confirm')}
          </button>
          {unsubscribe.isError ? <ErrorMessage error={unsubscribe.error} /> : null}
        </>
      ) : null}
    </div>
  );
}

export default UnsubscribePage;
