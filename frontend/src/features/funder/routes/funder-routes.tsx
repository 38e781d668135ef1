import { Link, Route, Routes } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';

import ApplicationPage from './application-page';
import AwardPage from './award-page';
import { EditCallPage, NewCallPage } from './call-editor-page';
import CallPage from './call-page';
import CallsPage from './calls-page';
import MatchesPage from './matches-page';
import ReportPage from './report-page';
import ReportsPage from './reports-page';

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/**
 * /my/organisations/:organisationId/funder/* — the funder's pages, one lazily loaded module
 * (docs/design/issue-9-contract.md, "SPA": route modules, not one lazy route per page).
 */
export default function FunderRoutes() {
  return (
    <Routes>
      <Route index element={<CallsPage />} />
      <Route path="calls/new" element={<NewCallPage />} />
      <Route path="calls/:callId" element={<CallPage />} />
      <Route path="calls/:callId/edit" element={<EditCallPage />} />
      <Route path="calls/:callId/applications/:applicationId" element={<ApplicationPage />} />
      <Route path="awards/:awardId" element={<AwardPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route path="reports/:reportId" element={<ReportPage />} />
      <Route path="matches" element={<MatchesPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
