export const agencyStoriesPath = (organisationId: string | number) =>
  `/my/organisations/${encodeURIComponent(String(organisationId))}/stories`;
export const agencyStoryPath = (organisationId: string | number, storyId: string | number) =>
  `${agencyStoriesPath(organisationId)}/${encodeURIComponent(String(storyId))}`;
export const adminStoryPath = (storyId: string | number) =>
  `/admin/stories/${encodeURIComponent(String(storyId))}`;
export const publicStoryPath = (storyId: string | number) =>
  `/stories/${encodeURIComponent(String(storyId))}`;
