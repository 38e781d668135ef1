// Answers shaped as docs/design/issue-10-contract.md ("Story JSON", "Endpoints").
import { adminAccount, ownerAccount, session } from '@/testing/fixtures';

export const agencySession = session(ownerAccount);
export const adminSession = session(adminAccount);

export const regionPath = [
  { code: '53', name: '云南省' },
  { code: '5306', name: '昭通市' },
  { code: '530621', name: '鲁甸县' },
];

export const photo = {
  id: 81,
  width: 1600,
  height: 1200,
  altText: '孩子们在操场上的背影',
  caption: '课后活动',
  showsPeople: true,
  noIdentifiableFace: false,
  position: 0,
  urls: {
    '320': '/api/stories/61/photos/81/320',
    '640': '/api/stories/61/photos/81/640',
    '1280': '/api/stories/61/photos/81/1280',
    original: '/api/stories/61/photos/81/original',
  },
};

export const consent = {
  id: 91,
  personLabel: '小雨',
  minor: true,
  givenBy: 'guardian',
  givenByRelation: '祖母',
  method: 'written',
  givenOn: '2026-11-20',
  scopeText: true,
  scopePhotos: true,
  scopeNote: '',
};

export const BODY_WITH_NAME_AND_VILLAGE =
  '<p>张小明住在大湾村，奶奶照顾他。</p><p>他的新学期开始了。</p>';

export const storyDetail = {
  id: 61,
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  projectTitle: '镇雄县留守儿童监护走访',
  title: '小雨的新学期',
  summary: '一个留守儿童的新学期。',
  bodyHtml: BODY_WITH_NAME_AND_VILLAGE,
  bodyText: '张小明住在大湾村，奶奶照顾他。\n他的新学期开始了。',
  regionCode: '530621',
  regionPath,
  targetGroups: ['left-behind-children'],
  aboutProtectedGroup: true,
  serviceCategory: 'left-behind-children',
  programme: null as string | null,
  status: 'draft',
  statusReason: null as string | null,
  coverPhotoId: null as number | null,
  photos: [photo],
  consents: [] as (typeof consent)[],
  flags: [] as {
    field: string;
    kind: string;
    start: number;
    end: number;
    text: string;
    justification: string | null;
    blocking: boolean;
  }[],
  demo: false,
  version: 3,
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-29T10:00:00+08:00',
  submittedAt: null as string | null,
  publishedAt: null as string | null,
};

export const storySummary = (story: typeof storyDetail) => ({
  id: story.id,
  organisationId: story.organisationId,
  organisationName: story.organisationName,
  projectId: story.projectId,
  projectTitle: story.projectTitle,
  title: story.title,
  summary: story.summary,
  regionCode: story.regionCode,
  regionPath: story.regionPath,
  targetGroups: story.targetGroups,
  blockingFlags: story.flags.filter((flag) => flag.blocking && !flag.justification).length,
  demo: false,
  version: story.version,
  status: story.status,
  statusReason: story.statusReason,
  updatedAt: story.updatedAt,
  submittedAt: story.submittedAt,
  publishedAt: story.publishedAt,
});

export const publicStory = {
  id: 61,
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  projectTitle: '镇雄县留守儿童监护走访',
  title: '小雨的新学期',
  summary: '一个留守儿童的新学期。',
  bodyHtml:
    '<h2>开学</h2><p>小雨住在鲁甸县，<strong>奶奶</strong>照顾她。</p><p><a href="https://example.org/x" rel="nofollow noopener">项目介绍</a></p>',
  bodyText: '开学\n小雨住在鲁甸县，奶奶照顾她。\n项目介绍',
  regionCode: '530621',
  regionPath,
  targetGroups: ['left-behind-children'],
  serviceCategory: 'left-behind-children',
  programme: 'demonstration',
  status: 'published',
  coverPhotoId: 81,
  photos: [{ ...photo, noIdentifiableFace: true }],
  version: 5,
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-30T10:00:00+08:00',
  submittedAt: '2026-11-29T10:00:00+08:00',
  publishedAt: '2026-11-30T10:00:00+08:00',
  project: {
    id: 42,
    title: '镇雄县留守儿童监护走访',
    organisationId: 5,
    organisationName: '镇雄县阳光社工服务中心',
    regionPath,
  },
  openings: [
    {
      id: 301,
      title: '周末陪伴阅读志愿者',
      nextShiftStartsAt: '2026-12-05T01:00:00Z',
      regionPath,
    },
  ],
};

export const projectMoney = {
  project: { id: 42, title: '镇雄县留守儿童监护走访', organisationName: '镇雄县阳光社工服务中心' },
  sources: [
    {
      funderName: '云南省慈善基金会',
      callId: 71,
      callTitle: '昭通市留守儿童关爱服务 2027',
      fundingType: 'charity',
      awardedFen: 12000000,
      paidFen: 8400000,
      matchedAwardId: null,
    },
    {
      funderName: '昭通市民政局',
      callId: null,
      callTitle: null,
      fundingType: 'government-purchase',
      awardedFen: 3000000,
      paidFen: 3000000,
      matchedAwardId: null,
    },
  ],
  tranches: [],
  budgetActual: [
    { category: 'personnel', budgetFen: 6000000, actualFen: 5500000 },
    { category: 'activities', budgetFen: 2000000, actualFen: 2500000 },
  ],
  reports: [],
};

export const storyHit = {
  id: 61,
  title: '小雨的新学期',
  summary: '一个留守儿童的新学期。',
  highlight: ['小雨住在鲁甸县，\uE000奶奶\uE001照顾她。'],
  organisationId: 5,
  projectId: 42,
  demo: false,
  organisationName: '镇雄县阳光社工服务中心',
  projectTitle: '镇雄县留守儿童监护走访',
  regionPath,
  targetGroups: ['left-behind-children'],
  serviceCategory: 'left-behind-children',
  programme: 'demonstration',
  publishedAt: '2026-11-30T10:00:00+08:00',
  coverUrl: '/api/stories/61/photos/81/320',
};

export const storySearchAnswer = {
  items: [storyHit],
  total: 1,
  page: 0,
  size: 20,
  facets: {
    region: [
      { code: '5301', name: '昆明市', count: 0 },
      { code: '5306', name: '昭通市', count: 1 },
    ],
    targetGroup: [{ code: 'left-behind-children', count: 1 }],
    category: [{ code: 'left-behind-children', count: 1 }],
    programme: [{ code: 'demonstration', count: 1 }],
  },
};
