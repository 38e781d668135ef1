import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { paths } from './back-link';

/** The volunteering section of an organisation's workspace: its openings, records and export. */
export function OrganisationVolunteering({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('agencyVolunteering.section.explain')}</p>
      <div className="actions">
        <Link className="button-link" to={paths.openings(organisationId)}>
          {t('agencyVolunteering.openings.title')}
        </Link>
        <Link to={paths.newOpening(organisationId)}>{t('agencyVolunteering.openings.new')}</Link>
        <Link to={paths.records(organisationId)}>{t('agencyVolunteering.records.title')}</Link>
      </div>
    </>
  );
}
