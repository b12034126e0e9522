// The frame of every page: skip link, header with the service name, navigation and the
// language switch, the main landmark, and the footer.
import { type ReactNode, useState } from 'react';
import { langs, useI18n } from '../i18n.js';
import { Link, navigate, useLocation } from '../router.js';
import { useSession } from '../session.js';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  const { pathname } = useLocation();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const inCredentials = pathname.startsWith('/workspace/credentials');
  const inRecognition = pathname.startsWith('/workspace/recognition');
  const inWorkspace = pathname.startsWith('/workspace') && !inCredentials && !inRecognition;
  const inRegistry = pathname === '/' || pathname.startsWith('/courses');
  const inApplications = pathname.startsWith('/applications');
  const worksOnApplications = user && user.role !== 'learner';

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('skip')}
      </a>
      <header className="header">
        <div className="header__inner width-container">
          <div className="header__brand">
            <Link to="/" className="header__service">
              <span className="header__logo" aria-hidden="true" />
              {t('service.name')}
            </Link>
            <span className="header__org">{t('service.org')}</span>
          </div>
          <div className="header__tools">
            <div className="lang-switch" role="group" aria-label={t('lang.label')}>
              {langs.map((code) => (
                <button
                  key={code}
                  type="button"
                  lang={code}
                  className="lang-switch__button"
                  aria-pressed={lang === code}
                  onClick={() => setLang(code)}
                >
                  {t(code === 'ka' ? 'lang.ka' : 'lang.en')}
                </button>
              ))}
            </div>
          </div>
        </div>
      </header>
      <nav className="service-nav" aria-label={t('nav.label')}>
        <div className="service-nav__inner width-container">
          <ul className="service-nav__list">
            <li>
              <Link to="/" className="service-nav__link" aria-current={inRegistry ? 'page' : undefined}>
                {t('nav.registry')}
              </Link>
            </li>
            <li>
              <Link to="/decisions" className="service-nav__link" aria-current={pathname === '/decisions' ? 'page' : undefined}>
                {t('nav.decisions')}
              </Link>
            </li>
            <li>
              <Link to="/verify" className="service-nav__link" aria-current={pathname === '/verify' || pathname.startsWith('/verify/') ? 'page' : undefined}>
                {t('nav.verify')}
              </Link>
            </li>
            {worksOnApplications ? (
              <li>
                <Link to="/applications" className="service-nav__link" aria-current={inApplications ? 'page' : undefined}>
                  {t(user.role === 'council-member' ? 'nav.hearings' : 'nav.applications')}
                </Link>
              </li>
            ) : null}
            {user?.role === 'center-officer' ? (
              <li>
                <Link to="/monitoring" className="service-nav__link" aria-current={pathname === '/monitoring' ? 'page' : undefined}>
                  {t('nav.monitoring')}
                </Link>
              </li>
            ) : null}
            {user && (user.role === 'provider-admin' || user.role === 'center-officer') ? (
              <li>
                <Link to="/workspace" className="service-nav__link" aria-current={inWorkspace ? 'page' : undefined}>
                  {t('nav.workspace')}
                </Link>
              </li>
            ) : null}
            {user?.role === 'learner' ? (
              <li>
                <Link to="/my/credentials" className="service-nav__link" aria-current={pathname.startsWith('/my/credentials') ? 'page' : undefined}>
                  {t('nav.myCredentials')}
                </Link>
              </li>
            ) : null}
            {user?.role === 'provider-admin' ? (
              <li>
                <Link to="/workspace/credentials" className="service-nav__link" aria-current={inCredentials ? 'page' : undefined}>
                  {t('nav.credentials')}
                </Link>
              </li>
            ) : null}
            {user && (user.role === 'provider-admin' || user.role === 'center-officer') ? (
              <li>
                <Link
                  to={user.role === 'provider-admin' ? '/workspace/recognition' : '/workspace/recognition-agreements'}
                  className="service-nav__link"
                  aria-current={inRecognition ? 'page' : undefined}
                >
                  {t('rr.title')}
                </Link>
              </li>
            ) : null}
          </ul>
          <div className="service-nav__account">
            {user ? (
              <>
                <span className="service-nav__user">
                  <span className="visually-hidden">{t('nav.signedInAs')} </span>
                  {user.name}
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setSignOutFailed(false);
                    signOut().then(
                      () => navigate('/login?signedOut=1'),
                      () => setSignOutFailed(true),
                    );
                  }}
                >
                  {t('nav.signOut')}
                </button>
                {signOutFailed ? (
                  <span role="alert" className="service-nav__error">
                    {t('error.generic')}
                  </span>
                ) : null}
              </>
            ) : (
              <Link to="/login" className="service-nav__link" aria-current={pathname === '/login' ? 'page' : undefined}>
                {t('nav.signIn')}
              </Link>
            )}
          </div>
        </div>
      </nav>
      <div className="width-container">
        <main className="main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="footer__inner width-container">
          <div className="footer__about">
            <p className="footer__org">{t('service.org')}</p>
            <p>{t('footer.about')}</p>
          </div>
          <div>
            <h2 className="visually-hidden">{t('footer.links')}</h2>
            <ul className="footer__links">
              <li>
                <a href="/api/registry/export?format=json">{t('footer.exportJson')}</a>
              </li>
              <li>
                <a href="/api/registry/export?format=csv">{t('footer.exportCsv')}</a>
              </li>
              <li>
                <a href="/api/docs" lang="en">
                  {t('footer.api')}
                </a>
              </li>
            </ul>
            <p className="footer__rights">{t('footer.rights')}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
