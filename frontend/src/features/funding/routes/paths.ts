const org = (organisationId: string | number) =>
  `/my/organisations/${encodeURIComponent(String(organisationId))}/funding`;

/** The agency's funding pages. */
export const fundingPaths = {
  home: (organisationId: string | number) => org(organisationId),
  application: (organisationId: string | number, id: string | number) =>
    `${org(organisationId)}/applications/${id}`,
  award: (organisationId: string | number, id: string | number) =>
    `${org(organisationId)}/awards/${id}`,
  report: (organisationId: string | number, id: string | number) =>
    `${org(organisationId)}/reports/${id}`,
};
