import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { SiteSearch } from '@/components/site-search';
import { UserMenu } from '@/components/user-menu';
import { useTranslation } from '@/lib/i18n/i18n';

/** The public sections of the site, in the header of every page. */
const MAIN_NAV = [
  ['/', 'nav.home'],
  ['/projects', 'nav.projects'],
  ['/openings', 'nav.openings'],
  ['/calls', 'nav.calls'],
  ['/stories', 'nav.stories'],
  ['/programmes', 'nav.programmes'],
  ['/yunnan', 'nav.yunnan'],
] as const;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label={t('app.home')}>
          <span className="brand-name" lang="zh-CN">
            牵手
          </span>{' '}
          <span className="brand-latin" lang="en">
            Qianshou
          </span>
        </Link>
        <p className="tagline">{t('app.tagline')}</p>
        <SiteSearch />
        <div className="header-actions">
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="main-nav" aria-label={t('nav.main')}>
        <ul role="list">
          {MAIN_NAV.map(([path, key]) => (
            <li key={path}>
              <NavLink to={path} end={path === '/'}>
                {t(key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/developers/api">{t('app.apiLink')}</Link>
        </p>
      </footer>
    </>
  );
}
