import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { StoryPage } from './story-page';
import { StorySearchPage } from './story-search-page';

/** `/stories/*` (public, one lazily loaded module): the story search and a story's page. */
export default function StoryRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<StorySearchPage />} />
      <Route path=":id" element={<StoryPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
