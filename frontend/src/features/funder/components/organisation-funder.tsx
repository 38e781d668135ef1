import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { paths } from './back-link';

/** The funding section of a funder's workspace: its calls, reports and matching pledges. */
export function OrganisationFunder({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('funder.section.explain')}</p>
      <div className="actions">
        <Link className="button-link" to={paths.calls(organisationId)}>
          {t('funder.calls.manage')}
        </Link>
        <Link to={paths.newCall(organisationId)}>{t('funder.calls.new')}</Link>
        <Link to={paths.reports(organisationId)}>{t('funder.reports.title')}</Link>
        <Link to={paths.matches(organisationId)}>{t('funder.matches.title')}</Link>
      </div>
    </>
  );
}
