import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { useLogout } from '@/lib/auth/logout';
import { useSession } from '@/lib/auth/session';
import { useTranslation } from '@/lib/i18n/i18n';

/** 登录 / 注册 for visitors; the user's name with a disclosure menu once signed in. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [lastPath, setLastPath] = useState(location.pathname);
  const button = useRef<HTMLButtonElement>(null);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (session.isPending) return null;
  const account = session.account;
  if (!account) {
    const next =
      location.pathname === '/' || location.pathname.startsWith('/login')
        ? ''
        : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <nav className="user-nav" aria-label={t('nav.account')}>
        <Link to={`/login${next}`}>{t('nav.login')}</Link>
        <Link to="/signup">{t('nav.signup')}</Link>
      </nav>
    );
  }

  return (
    <nav className="user-nav" aria-label={t('nav.account')}>
      <Link to="/organisations">{t('nav.organisations')}</Link>
      <div className="user-menu">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls="user-menu-panel"
          onClick={() => setOpen((value) => !value)}
        >
          {account.displayName}
        </button>
        <ul id="user-menu-panel" className="user-menu-panel" role="list" hidden={!open}>
          <li>
            <Link to="/account">{t('nav.myAccount')}</Link>
          </li>
          <li>
            <Link to="/account#organisations">{t('nav.myOrganisations')}</Link>
          </li>
          <li>
            <Link to="/me/volunteer">{t('nav.myVolunteer')}</Link>
          </li>
          <li>
            <Link to="/me/shifts">{t('nav.myShifts')}</Link>
          </li>
          <li>
            <Link to="/me/hours">{t('nav.myHours')}</Link>
          </li>
          <li>
            <Link to="/me/saved-searches">{t('nav.mySavedSearches')}</Link>
          </li>
          {account.roles.includes('reviewer') ? (
            <li>
              <Link to="/review">{t('nav.review')}</Link>
            </li>
          ) : null}
          {session.isAdmin ? (
            <>
              <li>
                <Link to="/admin/organisations">{t('nav.adminOrganisations')}</Link>
              </li>
              <li>
                <Link to="/admin/audit">{t('nav.adminAudit')}</Link>
              </li>
              <li>
                <Link to="/admin/stories">{t('nav.adminStories')}</Link>
              </li>
              <li>
                <Link to="/admin/programmes">{t('nav.adminProgrammes')}</Link>
              </li>
            </>
          ) : null}
          <li>
            <button
              type="button"
              className="link-button"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/') })}
            >
              {t('nav.logout')}
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
