import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { ProgrammePage, ProgrammesPage } from './programmes-pages';

/** `/programmes/*` (public): the policy's programmes, target against live figures, and their records. */
export default function ProgrammesRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<ProgrammesPage />} />
      <Route path=":code" element={<ProgrammePage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
