import { Link, Route, Routes } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

import AssignmentPage from './assignment-page';
import QueuePage from './queue-page';

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/review">{t('review.queue.title')}</Link>
      </p>
    </>
  );
}

/** /review/* — the reviewer's pages, one lazily loaded module (issue-9 contract, "SPA"). */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path=":assignmentId" element={<AssignmentPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
