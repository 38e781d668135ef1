import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { AdminStoryPage, ModerationQueuePage } from './admin-pages';

/** `/admin/stories/*` (administrators, one lazily loaded module): the moderation queue and a story. */
export default function AdminStoryRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<ModerationQueuePage />} />
      <Route path=":storyId" element={<AdminStoryPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
