import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import { useAgencyPairs } from '../api/programmes';

import '../i18n';

/** The twinning section of an agency's workspace: shown only when the agency is in a pair. */
export function OrganisationTwinning({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const pairs = useAgencyPairs(organisationId);
  if (!pairs.data || pairs.data.length === 0) return null;
  return (
    <section aria-labelledby="twinning-heading">
      <h3 id="twinning-heading">{t('programmes.agency.title')}</h3>
      <p className="field-hint">{t('programmes.agency.explain')}</p>
      <div className="actions">
        <Link
          className="button-link"
          to={`/my/organisations/${encodeURIComponent(organisationId)}/twinning`}
        >
          {t('programmes.agency.open')}
        </Link>
      </div>
    </section>
  );
}
