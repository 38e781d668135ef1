import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';

import { ErrorBoundary } from '@/components/error-boundary';
import { Layout } from '@/components/layout';
import { Loading } from '@/components/loading';
import { SearchPage } from '@/features/search/routes/search-page';
import { useTranslation } from '@/lib/i18n/i18n';

import { NotFoundRoute } from './routes/not-found';

// Route-level code splitting: the project page is its own chunk, loaded on first visit.
const ProjectPage = lazy(() => import('@/features/projects/routes/project-page'));

function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={location.pathname}>
        <Suspense fallback={<Loading label={t('search.loading')} />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

/**
 * Declarative routes (React Router's "declarative mode"): we load data with TanStack Query, so
 * the data router's loaders are not needed, and this mode ships about half the router's JS.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<SearchPage />} />
        <Route path="projects/:id" element={<ProjectPage />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
