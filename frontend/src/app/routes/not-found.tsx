import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
