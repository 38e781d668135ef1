import { Link } from 'react-router';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>← {label}</Link>
    </p>
  );
}

const org = (organisationId: string | number) =>
  `/my/organisations/${encodeURIComponent(organisationId)}`;
const home = (organisationId: string | number) => `${org(organisationId)}/funder`;

/** The paths of the funder's pages. */
export const paths = {
  organisation: org,
  calls: home,
  newCall: (organisationId: string | number) => `${home(organisationId)}/calls/new`,
  call: (organisationId: string | number, callId: string | number, tab?: string) =>
    `${home(organisationId)}/calls/${encodeURIComponent(callId)}${tab ? `?tab=${tab}` : ''}`,
  editCall: (organisationId: string | number, callId: string | number) =>
    `${home(organisationId)}/calls/${encodeURIComponent(callId)}/edit`,
  application: (
    organisationId: string | number,
    callId: string | number,
    applicationId: string | number,
  ) =>
    `${home(organisationId)}/calls/${encodeURIComponent(callId)}/applications/${encodeURIComponent(applicationId)}`,
  award: (organisationId: string | number, awardId: string | number) =>
    `${home(organisationId)}/awards/${encodeURIComponent(awardId)}`,
  reports: (organisationId: string | number) => `${home(organisationId)}/reports`,
  report: (organisationId: string | number, reportId: string | number) =>
    `${home(organisationId)}/reports/${encodeURIComponent(reportId)}`,
  matches: (organisationId: string | number) => `${home(organisationId)}/matches`,
};
