import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { CallPage } from './call-page';
import { CallSearchPage } from './call-search-page';

/** `/calls/*` (public, one lazily loaded module): the call search and a call's page. */
export default function CallsRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<CallSearchPage />} />
      <Route path=":id" element={<CallPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
