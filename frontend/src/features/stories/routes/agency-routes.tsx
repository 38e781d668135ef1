import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { MyStoriesPage } from './my-stories-page';
import { NewStoryPage, StoryEditorPage } from './story-editor-page';

/** `/my/organisations/:organisationId/stories/*` (members, one lazily loaded module). */
export default function AgencyStoryRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<MyStoriesPage />} />
      <Route path="new" element={<NewStoryPage />} />
      <Route path=":storyId" element={<StoryEditorPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
