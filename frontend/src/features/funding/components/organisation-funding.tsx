import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

/** The funding section of an agency's workspace: its applications, awards and reports; open calls. */
export function OrganisationFunding({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('funding.agency.explain')}</p>
      <div className="actions">
        <Link
          className="button-link"
          to={`/my/organisations/${encodeURIComponent(organisationId)}/funding`}
        >
          {t('funding.agency.title')}
        </Link>
        <Link to="/calls">{t('funding.agency.findCalls')}</Link>
      </div>
    </>
  );
}
