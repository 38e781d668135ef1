import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import DisclosureIndexPage from './disclosure-index-page';
import { CallDisclosurePage, ProjectDisclosurePage } from './disclosure-pages';

/** `/disclosure/*` (public, no sign-in): 资金公示 — the public calls, a call's, a project's. */
export default function DisclosureRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<DisclosureIndexPage />} />
      <Route path="calls/:id" element={<CallDisclosurePage />} />
      <Route path="projects/:id" element={<ProjectDisclosurePage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
