import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { AgencyHomePage } from './agency-home-page';
import { ApplicationEditorPage } from './application-editor-page';
import { AwardPage } from './award-page';
import { ReportPage } from './report-page';

/** `/my/organisations/:organisationId/funding/*` (members, one lazily loaded module). */
export default function AgencyFundingRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<AgencyHomePage />} />
      <Route path="applications/:applicationId" element={<ApplicationEditorPage />} />
      <Route path="awards/:awardId" element={<AwardPage />} />
      <Route path="reports/:reportId" element={<ReportPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
