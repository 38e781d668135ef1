import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';

import { ErrorBoundary } from '@/components/error-boundary';
import { Layout } from '@/components/layout';
import { Loading } from '@/components/loading';
import { RequireAdmin, RequireAuth } from '@/components/require-auth';
import { useTranslation } from '@/lib/i18n/i18n';

import { NotFoundRoute } from './routes/not-found';

// Route-level code splitting: every page is its own chunk, loaded on first visit, so the first
// load stays within the JS budget (docs/frontend-notes.md).
const HomePage = lazy(() => import('@/features/province/routes/home-page'));
const ProvincePage = lazy(() => import('@/features/province/routes/province-page'));
const SearchPage = lazy(() =>
  import('@/features/search/routes/search-page').then((m) => ({ default: m.SearchPage })),
);
const ProjectPage = lazy(() => import('./routes/project-route'));
// Issue 11: one search over every kind; the box in the header of every page leads here.
const CombinedSearchPage = lazy(() => import('@/features/combined-search/routes/search-page'));
const SignupPage = lazy(() => import('@/features/auth/routes/signup-page'));
const LoginPage = lazy(() => import('@/features/auth/routes/login-page'));
const ForgotPasswordPage = lazy(() => import('@/features/auth/routes/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('@/features/auth/routes/reset-password-page'));
const AccountPage = lazy(() => import('@/features/account/routes/account-page'));
const OrganisationSearchPage = lazy(
  () => import('@/features/organisations/routes/organisation-search-page'),
);
const OrganisationPage = lazy(() => import('@/features/organisations/routes/organisation-page'));
const CreateOrganisationPage = lazy(
  () => import('@/features/organisations/routes/create-organisation-page'),
);
const MyOrganisationRoute = lazy(() => import('./routes/my-organisation-route'));
const NewProjectPage = lazy(() =>
  import('@/features/projects/routes/project-editor-page').then((m) => ({
    default: m.NewProjectPage,
  })),
);
const EditProjectPage = lazy(() =>
  import('@/features/projects/routes/project-editor-page').then((m) => ({
    default: m.EditProjectPage,
  })),
);
const VerificationQueuePage = lazy(() => import('@/features/admin/routes/verification-queue-page'));
const AdminOrganisationPage = lazy(() => import('@/features/admin/routes/admin-organisation-page'));
const AuditPage = lazy(() => import('@/features/admin/routes/audit-page'));
const ApiPage = lazy(() => import('@/features/developers/routes/api-page'));
const OpeningsPage = lazy(() => import('@/features/volunteering/routes/openings-page'));
const OpeningPage = lazy(() => import('@/features/volunteering/routes/opening-page'));
const VerifyPage = lazy(() => import('@/features/volunteering/routes/verify-page'));
const CheckInPage = lazy(() => import('@/features/volunteering/routes/check-in-page'));
const MyShiftsPage = lazy(() => import('@/features/volunteering/routes/my-shifts-page'));
const MyHoursPage = lazy(() => import('@/features/volunteering/routes/my-hours-page'));
const VolunteerProfilePage = lazy(
  () => import('@/features/volunteering/routes/volunteer-profile-page'),
);
const AgencyOpeningsPage = lazy(
  () => import('@/features/agency-volunteering/routes/openings-page'),
);
const NewOpeningPage = lazy(() =>
  import('@/features/agency-volunteering/routes/opening-editor-page').then((m) => ({
    default: m.NewOpeningPage,
  })),
);
const EditOpeningPage = lazy(() =>
  import('@/features/agency-volunteering/routes/opening-editor-page').then((m) => ({
    default: m.EditOpeningPage,
  })),
);
const RosterPage = lazy(() => import('@/features/agency-volunteering/routes/roster-page'));
const HoursPage = lazy(() => import('@/features/agency-volunteering/routes/hours-page'));
const AgencyRecordsPage = lazy(() => import('@/features/agency-volunteering/routes/records-page'));
// Issue 9: route modules holding their own <Routes> (one lazy import each, not one per page).
const CallsRoutes = lazy(() => import('@/features/funding/routes/calls-routes'));
const DisclosureRoutes = lazy(() => import('@/features/funding/routes/disclosure-routes'));
const AgencyFundingRoutes = lazy(() => import('@/features/funding/routes/agency-routes'));
const FunderRoutes = lazy(() => import('@/features/funder/routes/funder-routes'));
const ReviewRoutes = lazy(() => import('@/features/review/routes/review-routes'));
// Issue 10: case stories (public, the agency's editor, moderation), each area its own chunk.
const StoryAreas = lazy(() => import('@/features/stories/routes/story-areas'));
// Issue 10: the policy's programmes; one module for its public pages, the administrators' entry and
// the agency's support log (the last two load their own chunks inside it).
const ProgrammesRoutes = lazy(() => import('@/features/programmes/routes/programmes-routes'));
const MySavedSearchesPage = lazy(
  () => import('@/features/saved-searches/routes/my-saved-searches-page'),
);
const UnsubscribePage = lazy(() => import('@/features/saved-searches/routes/unsubscribe-page'));

function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={location.pathname}>
        <Suspense fallback={<Loading label={t('search.loading')} />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

/**
 * `/` is the public home page. The project search lived there until issue 10: an old link with a
 * query (`/?q=…`, `/?region=5306&targetGroup=…`) goes on to the same search at `/projects`.
 */
function HomeRoute() {
  const { search } = useLocation();
  if (search.length > 1) return <Navigate to={`/projects${search}`} replace />;
  return <HomePage />;
}

function SignedIn() {
  return (
    <RequireAuth>
      <Outlet />
    </RequireAuth>
  );
}

function Admin() {
  return (
    <RequireAdmin>
      <Outlet />
    </RequireAdmin>
  );
}

/**
 * Declarative routes (React Router's "declarative mode"): we load data with TanStack Query, so
 * the data router's loaders are not needed, and this mode ships about half the router's JS.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomeRoute />} />
        <Route path="projects" element={<SearchPage />} />
        <Route path="search" element={<CombinedSearchPage />} />
        <Route path="yunnan" element={<ProvincePage />} />
        <Route path="projects/:id" element={<ProjectPage />} />
        <Route path="signup" element={<SignupPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="organisations" element={<OrganisationSearchPage />} />
        <Route path="organisations/:id" element={<OrganisationPage />} />
        <Route path="developers/api" element={<ApiPage />} />
        <Route path="openings" element={<OpeningsPage />} />
        <Route path="openings/:id" element={<OpeningPage />} />
        <Route path="verify/:code" element={<VerifyPage />} />
        <Route path="calls/*" element={<CallsRoutes notFound={<NotFoundRoute />} />} />
        <Route path="disclosure/*" element={<DisclosureRoutes notFound={<NotFoundRoute />} />} />
        <Route
          path="stories/*"
          element={<StoryAreas area="public" notFound={<NotFoundRoute />} />}
        />
        <Route path="programmes/*" element={<ProgrammesRoutes notFound={<NotFoundRoute />} />} />
        <Route path="saved-searches/unsubscribe" element={<UnsubscribePage />} />
        <Route element={<SignedIn />}>
          <Route path="account" element={<AccountPage />} />
          <Route path="organisations/new" element={<CreateOrganisationPage />} />
          <Route path="my/organisations/:id" element={<MyOrganisationRoute />} />
          <Route
            path="my/organisations/:organisationId/projects/new"
            element={<NewProjectPage />}
          />
          <Route path="my/projects/:id/edit" element={<EditProjectPage />} />
          <Route path="me/volunteer" element={<VolunteerProfilePage />} />
          <Route path="me/shifts" element={<MyShiftsPage />} />
          <Route path="me/hours" element={<MyHoursPage />} />
          <Route path="me/saved-searches" element={<MySavedSearchesPage />} />
          <Route path="check-in/:shiftId" element={<CheckInPage />} />
          <Route
            path="my/organisations/:organisationId/openings"
            element={<AgencyOpeningsPage />}
          />
          <Route
            path="my/organisations/:organisationId/openings/new"
            element={<NewOpeningPage />}
          />
          <Route
            path="my/organisations/:organisationId/openings/:openingId"
            element={<EditOpeningPage />}
          />
          <Route
            path="my/organisations/:organisationId/shifts/:shiftId/roster"
            element={<RosterPage />}
          />
          <Route
            path="my/organisations/:organisationId/shifts/:shiftId/hours"
            element={<HoursPage />}
          />
          <Route
            path="my/organisations/:organisationId/volunteer-records"
            element={<AgencyRecordsPage />}
          />
          <Route
            path="my/organisations/:organisationId/funding/*"
            element={<AgencyFundingRoutes notFound={<NotFoundRoute />} />}
          />
          <Route path="my/organisations/:organisationId/funder/*" element={<FunderRoutes />} />
          <Route path="review/*" element={<ReviewRoutes />} />
          <Route
            path="my/organisations/:organisationId/stories/*"
            element={<StoryAreas area="agency" notFound={<NotFoundRoute />} />}
          />
          <Route
            path="my/organisations/:organisationId/twinning/*"
            element={<ProgrammesRoutes area="agency" notFound={<NotFoundRoute />} />}
          />
        </Route>
        <Route path="admin" element={<Admin />}>
          <Route path="organisations" element={<VerificationQueuePage />} />
          <Route path="organisations/:id" element={<AdminOrganisationPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route
            path="stories/*"
            element={<StoryAreas area="admin" notFound={<NotFoundRoute />} />}
          />
          <Route
            path="programmes/*"
            element={<ProgrammesRoutes area="admin" notFound={<NotFoundRoute />} />}
          />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
