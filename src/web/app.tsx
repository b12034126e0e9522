// Routes of the front-end. Each page is a URL; path parameters and the query are its state.
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Loading } from './components/common.js';
import { Layout } from './components/layout.js';
import { I18nProvider } from './i18n.js';
import { ApplicationsPage, NewApplicationPage } from './pages/applications.js';
import { ComplaintPage } from './pages/complaint.js';
import { CoursePage } from './pages/course.js';
import { DecisionsPage } from './pages/decisions.js';
import { EditorPage } from './pages/editor.js';
import { LoginPage } from './pages/login.js';
import { MonitoringPage } from './pages/monitoring.js';
import { NotFoundPage } from './pages/not-found.js';
import { RegistryPage } from './pages/registry.js';
import { WorkspacePage } from './pages/workspace.js';

// The application page carries the standards catalogue; it loads when first opened.
const ApplicationPage = lazy(() => import('./pages/application.js').then((module) => ({ default: module.ApplicationPage })));
// So do the credential pages: the learner's claim page and the provider's credentials and awards.
const ClaimPage = lazy(() => import('./pages/claim.js').then((module) => ({ default: module.ClaimPage })));
const CredentialsPage = lazy(() => import('./pages/credentials.js').then((module) => ({ default: module.CredentialsPage })));
const CredentialPage = lazy(() => import('./pages/credentials.js').then((module) => ({ default: module.CredentialPage })));
const AwardPage = lazy(() => import('./pages/award.js').then((module) => ({ default: module.AwardPage })));
const VerifyPage = lazy(() => import('./pages/verify.js').then((module) => ({ default: module.VerifyPage })));
const RecognitionReportsPage = lazy(() => import('./pages/recognition-reports.js').then((module) => ({ default: module.RecognitionReportsPage })));
const RecognitionReportPage = lazy(() => import('./pages/recognition-reports.js').then((module) => ({ default: module.RecognitionReportPage })));
const VerifyStoredPage = lazy(() => import('./pages/verify.js').then((module) => ({ default: module.VerifyStoredPage })));
const BulkAwardPage = lazy(() => import('./pages/bulk-award.js').then((module) => ({ default: module.BulkAwardPage })));
const RecognitionAgreementsPage = lazy(() => import('./pages/recognition-agreements.js').then((module) => ({ default: module.RecognitionAgreementsPage })));
const RecognitionAgreementFormPage = lazy(() => import('./pages/recognition-agreements.js').then((module) => ({ default: module.RecognitionAgreementFormPage })));
// The learner's own credentials and the page a share link opens.
const MyCredentialsPage = lazy(() => import('./pages/my-credentials.js').then((module) => ({ default: module.MyCredentialsPage })));
const MyCredentialPage = lazy(() => import('./pages/my-credentials.js').then((module) => ({ default: module.MyCredentialPage })));
const SharedPage = lazy(() => import('./pages/shared.js').then((module) => ({ default: module.SharedPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
import { matchPath, useLocation } from './router.js';
import { SessionProvider } from './session.js';
import { ERASED_PATH, ErasedPage } from './personal-data.js';

function Page({ pathname }: { pathname: string }) {
  if (pathname === '/' || pathname === '/courses') return <RegistryPage />;
  let params = matchPath('/courses/:code/versions/:n', pathname);
  if (params) return <CoursePage key={pathname} code={params.code ?? ''} versionNo={params.n ?? ''} />;
  params = matchPath('/courses/:code', pathname);
  if (params) return <CoursePage key={pathname} code={params.code ?? ''} versionNo={null} />;
  if (pathname === '/login') return <LoginPage />;
  if (pathname === '/decisions') return <DecisionsPage />;
  if (pathname === '/monitoring') return <MonitoringPage />;
  if (pathname === '/complaints/new') return <ComplaintPage />;
  if (pathname === '/applications') return <ApplicationsPage />;
  if (pathname === '/applications/new') return <NewApplicationPage />;
  params = matchPath('/applications/:code', pathname);
  if (params) {
    return (
      <Suspense fallback={<Loading />}>
        <ApplicationPage key={pathname} code={params.code ?? ''} />
      </Suspense>
    );
  }
  if (pathname === '/workspace') return <WorkspacePage />;
  if (pathname === '/workspace/courses/new') return <EditorPage key="new" code={null} />;
  params = matchPath('/workspace/courses/:code/edit', pathname);
  if (params) return <EditorPage key={pathname} code={params.code ?? ''} />;
  params = matchPath('/workspace/courses/:code/award', pathname);
  if (params) {
    return (
      <Lazy>
        <AwardPage key={pathname} code={params.code ?? ''} />
      </Lazy>
    );
  }
  if (pathname === '/workspace/credentials' || pathname === '/workspace/credentials/') {
    return (
      <Lazy>
        <CredentialsPage />
      </Lazy>
    );
  }
  if (pathname === '/workspace/recognition-agreements' || pathname === '/workspace/recognition-agreements/') {
    return (
      <Lazy>
        <RecognitionAgreementsPage />
      </Lazy>
    );
  }
  params = matchPath('/workspace/recognition-agreements/:id', pathname);
  if (params) {
    return (
      <Lazy>
        <RecognitionAgreementFormPage key={pathname} id={params.id === 'new' ? null : (params.id ?? '')} />
      </Lazy>
    );
  }
  if (pathname === '/workspace/recognition' || pathname === '/workspace/recognition/') {
    return (
      <Lazy>
        <RecognitionReportsPage />
      </Lazy>
    );
  }
  params = matchPath('/workspace/recognition/:id', pathname);
  if (params) {
    return (
      <Lazy>
        <RecognitionReportPage key={pathname} id={params.id ?? ''} />
      </Lazy>
    );
  }
  if (pathname === '/workspace/credentials/bulk') {
    return (
      <Lazy>
        <BulkAwardPage />
      </Lazy>
    );
  }
  params = matchPath('/workspace/credentials/:id', pathname);
  if (params) {
    return (
      <Lazy>
        <CredentialPage key={pathname} id={params.id ?? ''} />
      </Lazy>
    );
  }
  if (pathname === '/verify' || pathname === '/verify/') {
    return (
      <Lazy>
        <VerifyPage />
      </Lazy>
    );
  }
  params = matchPath('/verify/:id', pathname);
  if (params) {
    return (
      <Lazy>
        <VerifyStoredPage key={pathname} id={params.id ?? ''} />
      </Lazy>
    );
  }
  if (pathname === ERASED_PATH) return <ErasedPage />;
  if (pathname === '/my/credentials' || pathname === '/my/credentials/') {
    return (
      <Lazy>
        <MyCredentialsPage />
      </Lazy>
    );
  }
  params = matchPath('/my/credentials/:id', pathname);
  if (params) {
    return (
      <Lazy>
        <MyCredentialPage key={pathname} id={params.id ?? ''} />
      </Lazy>
    );
  }
  params = matchPath('/shared/:token', pathname);
  if (params) {
    return (
      <Lazy>
        <SharedPage key={pathname} token={params.token ?? ''} />
      </Lazy>
    );
  }
  params = matchPath('/claim/:token', pathname);
  if (params) {
    return (
      <Lazy>
        <ClaimPage key={pathname} token={params.token ?? ''} />
      </Lazy>
    );
  }
  return <NotFoundPage />;
}

/** After moving to another page, focus goes to the main content, as after a full page load with a skip link. */
function useFocusOnNavigation(pageKey: string) {
  const previous = useRef(pageKey);
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    window.scrollTo(0, 0);
    document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [pageKey]);
}

function Routes() {
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname === '/' ? '/courses' : pathname);
  return (
    <Layout>
      <Page pathname={pathname} />
    </Layout>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </I18nProvider>
  );
}
