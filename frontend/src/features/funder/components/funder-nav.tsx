import { NavLink } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { paths } from './back-link';

/** Calls, reports and matching: the funder's three lists. */
export function FunderNav({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('funder.nav.label')}>
      <NavLink end to={paths.calls(organisationId)}>
        {t('funder.calls.title')}
      </NavLink>
      <NavLink to={paths.reports(organisationId)}>{t('funder.reports.title')}</NavLink>
      <NavLink to={paths.matches(organisationId)}>{t('funder.matches.title')}</NavLink>
    </nav>
  );
}
