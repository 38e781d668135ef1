import { lazy, type ReactNode } from 'react';

// One lazy import in router.tsx for the three story areas (the initial JS is at its budget); each
// area is still its own chunk, loaded on its first visit.
const PublicRoutes = lazy(() => import('./public-routes'));
const AgencyRoutes = lazy(() => import('./agency-routes'));
const AdminRoutes = lazy(() => import('./admin-routes'));

/** `/stories/*` (public), `/my/organisations/:organisationId/stories/*` (members), `/admin/stories/*`. */
export default function StoryAreas({
  area,
  notFound,
}: {
  area: 'public' | 'agency' | 'admin';
  notFound?: ReactNode;
}) {
  const Routes = area === 'public' ? PublicRoutes : area === 'agency' ? AgencyRoutes : AdminRoutes;
  return <Routes notFound={notFound} />;
}
