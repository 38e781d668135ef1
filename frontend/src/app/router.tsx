import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';

import { Layout } from '@/components/layout';
import { Loading } from '@/components/loading';
import { SearchPage } from '@/features/search/routes/search-page';
import { useTranslation } from '@/lib/i18n/i18n';

import { NotFoundRoute } from './routes/not-found';

// Route-level code splitting: the project page is its own chunk, loaded on first visit.
const ProjectPage = lazy(() => import('@/features/projects/routes/project-page'));

function Shell() {
  const { t } = useTranslation();
  return (
    <Layout>
      <Suspense fallback={<Loading label={t('search.loading')} />}>
        <Outlet />
      </Suspense>
    </Layout>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'projects/:id', element: <ProjectPage /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
