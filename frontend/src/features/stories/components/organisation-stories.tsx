import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

/** The stories section of an agency's workspace. */
export function OrganisationStories({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const base = `/my/organisations/${encodeURIComponent(organisationId)}/stories`;
  return (
    <section id="stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading">{t('stories.workspace.heading')}</h2>
      <p className="field-hint">{t('stories.workspace.explain')}</p>
      <div className="actions">
        <Link className="button-link" to={base}>
          {t('stories.workspace.list')}
        </Link>
        <Link to={`${base}/new`}>{t('stories.workspace.new')}</Link>
      </div>
    </section>
  );
}
