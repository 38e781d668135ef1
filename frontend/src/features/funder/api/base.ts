/** `/api/organisations/{orgId}` followed by the parts, each encoded. */
export function orgPath(organisationId: string, ...parts: (string | number)[]): string {
  return [`/api/organisations/${encodeURIComponent(organisationId)}`]
    .concat(parts.map((part) => encodeURIComponent(part)))
    .join('/');
}
