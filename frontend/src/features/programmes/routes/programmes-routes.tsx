import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { ProgrammePage, ProgrammesPage } from './programmes-pages';

// The administrators' entry and the agency's support log are their own chunks: a visitor of
// /programmes never loads their forms.
const AdminProgrammesRoutes = lazy(() => import('./admin-programmes-routes'));
const AgencyTwinningRoutes = lazy(() => import('./agency-twinning-routes'));

/**
 * The programmes' routes: `area="public"` (default) is `/programmes/*` (target against live
 * figures, the records); `admin` is `/admin/programmes/*`; `agency` is
 * `/my/organisations/:organisationId/twinning/*`. The router wraps the last two in its sign-in
 * and administrator checks.
 */
export default function ProgrammesRoutes({
  area = 'public',
  notFound,
}: {
  area?: 'public' | 'admin' | 'agency';
  notFound?: ReactNode;
}) {
  if (area === 'admin') return <AdminProgrammesRoutes notFound={notFound} />;
  if (area === 'agency') return <AgencyTwinningRoutes notFound={notFound} />;
  return (
    <Routes>
      <Route index element={<ProgrammesPage />} />
      <Route path=":code" element={<ProgrammePage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
