import { Link } from 'react-router';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>← {label}</Link>
    </p>
  );
}

/** The paths of the agency's volunteering pages. */
export const paths = {
  organisation: (organisationId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}`,
  openings: (organisationId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/openings`,
  newOpening: (organisationId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/openings/new`,
  opening: (organisationId: string | number, openingId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/openings/${encodeURIComponent(openingId)}`,
  roster: (organisationId: string | number, shiftId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/shifts/${encodeURIComponent(shiftId)}/roster`,
  hours: (organisationId: string | number, shiftId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/shifts/${encodeURIComponent(shiftId)}/hours`,
  records: (organisationId: string | number) =>
    `/my/organisations/${encodeURIComponent(organisationId)}/volunteer-records`,
};
