import { http, HttpResponse } from 'msw';

/** The 16 prefectures as `GET /api/statistics/prefectures` lists them, by code. */
const PREFECTURES: [string, string][] = [
  ['5301', '昆明市'],
  ['5303', '曲靖市'],
  ['5304', '玉溪市'],
  ['5305', '保山市'],
  ['5306', '昭通市'],
  ['5307', '丽江市'],
  ['5308', '普洱市'],
  ['5309', '临沧市'],
  ['5323', '楚雄彝族自治州'],
  ['5325', '红河哈尼族彝族自治州'],
  ['5326', '文山壮族苗族自治州'],
  ['5328', '西双版纳傣族自治州'],
  ['5329', '大理白族自治州'],
  ['5331', '德宏傣族景颇族自治州'],
  ['5333', '怒江傈僳族自治州'],
  ['5334', '迪庆藏族自治州'],
];

/** Made-up figures for the tests: 昭通市 leads every measure, 怒江 has nothing. */
export const prefectureValues: Record<string, Record<string, number>> = {
  projects: { '5306': 12, '5301': 8, '5329': 3 },
  hours: { '5306': 210.5, '5301': 40 },
  awarded: { '5306': 3_600_000, '5325': 1_200_000 },
  stories: { '5306': 2 },
};

export const headline = {
  verifiedOrganisations: { value: 21, link: '/organisations' },
  publishedProjects: { value: 161, link: '/projects' },
  volunteers: { value: 37, link: '/yunnan?measure=hours#prefecture-figures' },
  confirmedHours: { value: 250.5, link: '/yunnan?measure=hours#prefecture-figures' },
  awardedFen: { value: 4_800_000, link: '/disclosure' },
  paidFen: { value: 1_440_000, link: '/disclosure' },
  publishedStories: { value: 2, link: '/stories' },
};

export const zhaotongDetail = {
  prefecture: {
    code: '5306',
    name: '昭通市',
    projects: 12,
    confirmedHours: 210.5,
    awardedFen: 3_600_000,
    stories: 2,
  },
  prefectureLevel: {
    code: '5306',
    name: '昭通市',
    projects: 1,
    confirmedHours: 0,
    awardedFen: 0,
    stories: 0,
  },
  counties: [
    {
      code: '530602',
      name: '昭阳区',
      projects: 4,
      confirmedHours: 0,
      awardedFen: 0,
      stories: 0,
    },
    {
      code: '530627',
      name: '镇雄县',
      projects: 7,
      confirmedHours: 210.5,
      awardedFen: 3_600_000,
      stories: 2,
    },
  ],
};

/** Every prefecture-measure request the handlers saw. */
export const measureRequests: string[] = [];

export const provinceHandlers = [
  http.get('*/api/statistics/headline', () => HttpResponse.json(headline)),
  http.get('*/api/statistics/prefectures', ({ request }) => {
    const measure = new URL(request.url).searchParams.get('measure') ?? '';
    measureRequests.push(measure);
    const values = prefectureValues[measure] ?? {};
    const prefectures = PREFECTURES.map(([code, name]) => ({
      code,
      name,
      value: values[code] ?? 0,
    }));
    return HttpResponse.json({
      measure,
      max: Math.max(0, ...prefectures.map((p) => p.value)),
      prefectures,
    });
  }),
  http.get('*/api/statistics/prefectures/:code', ({ params }) =>
    params.code === '5306'
      ? HttpResponse.json(zhaotongDetail)
      : HttpResponse.json(
          { type: 'about:blank', title: '未找到', status: 404, detail: '没有这个地区' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
  ),
  http.get('*/api/stories', () =>
    HttpResponse.json({
      total: 1,
      page: 0,
      size: 3,
      items: [
        {
          id: 9,
          title: '镇雄的周末课堂',
          summary: '留守儿童的周末陪伴',
          organisationName: '镇雄县阳光社会工作服务中心',
          publishedAt: '2026-11-20T10:00:00+08:00',
        },
      ],
    }),
  ),
  http.get('*/api/openings', ({ request }) => {
    const region = new URL(request.url).searchParams.get('region');
    const items =
      region === '5306' || region === null
        ? [
            {
              id: 31,
              title: '昭通周末陪读志愿者',
              organisationName: '镇雄县阳光社会工作服务中心',
              regionPath: '云南省 › 昭通市 › 镇雄县',
            },
          ]
        : [];
    return HttpResponse.json({
      total: items.length,
      page: 0,
      size: 3,
      items,
      facets: { region: [], targetGroup: [], category: [], skill: [] },
    });
  }),
  http.get('*/api/calls', ({ request }) => {
    const region = new URL(request.url).searchParams.get('region');
    const items =
      region === '5306'
        ? [
            {
              id: 71,
              title: '昭通市留守儿童关爱服务购买',
              organisationName: '昭通市民政局',
              closesAt: '2026-12-31T23:59:59+08:00',
              state: 'open',
            },
          ]
        : [];
    return HttpResponse.json({
      total: items.length,
      page: 0,
      size: 3,
      items,
      facets: { region: [], targetGroup: [], fundingType: [], programme: [] },
    });
  }),
];
