import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { CallDisclosurePage, ProjectDisclosurePage } from './disclosure-pages';

/** `/disclosure/*` (public, no sign-in): 资金公示 of a call and of a project. */
export default function DisclosureRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route path="calls/:id" element={<CallDisclosurePage />} />
      <Route path="projects/:id" element={<ProjectDisclosurePage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
