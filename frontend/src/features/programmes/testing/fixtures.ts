// Answers of the programmes API for the SPA's tests (shapes of docs/design/issue-10-contract.md).

const years = (counts: number[]) => counts.map((count, index) => ({ year: 2017 + index, count }));

const prefectures = (zhaotong: number, kunming: number) => [
  { code: '5301', name: '昆明市', count: kunming },
  { code: '5306', name: '昭通市', count: zhaotong },
];

export const universityProgramme = {
  code: 'university-partnership',
  nameZh: '社会工作教育对口扶贫计划',
  nameEn: 'University–county partnership programme',
  targetZh: '2020年前至少10所高校',
  targetEn: 'At least 10 universities by 2020',
  target: { kind: 'at-least-by', value: 10, byYear: 2020, fromYear: null },
  live: {
    total: 14,
    demo: 0,
    towardsTarget: 12,
    byYear: years([3, 6, 9, 11, 12, 13, 13, 14, 14, 14]),
    byPrefecture: prefectures(4, 7),
  },
  definitionZh: '按高校去重计数。',
  definitionEn: 'Distinct universities.',
};

export const twinningProgramme = {
  code: 'twinning',
  nameZh: '牵手计划',
  nameEn: 'Twinning programme (Qianshou)',
  targetZh: '2017—2020年20家机构',
  targetEn: '20 agencies, 2017–2020',
  target: { kind: 'total-in-period', value: 20, byYear: 2020, fromYear: 2017 },
  live: {
    total: 17,
    demo: 8,
    towardsTarget: 16,
    byYear: years([4, 8, 12, 16, 15, 12, 9, 8, 8, 8]),
    byPrefecture: prefectures(3, 2),
  },
  definitionZh: '按云南受援机构去重计数。',
  definitionEn: 'Distinct Yunnan agencies in a pair.',
};

export const dispatchProgramme = {
  code: 'talent-dispatch',
  nameZh: '人才服务边远贫困地区计划',
  nameEn: 'Social workers for remote poor areas',
  targetZh: '2017—2020年每年100名以上',
  targetEn: '100+ per year, 2017–2020',
  target: { kind: 'per-year', value: 100, byYear: 2020, fromYear: 2017 },
  live: {
    total: 1234,
    demo: 1234,
    towardsTarget: null,
    byYear: years([96, 130, 121, 88, 140, 150, 160, 170, 90, 89]),
    byPrefecture: prefectures(210, 180),
  },
  definitionZh: '选派的社会工作者人数之和。',
  definitionEn: 'The sum of social workers dispatched.',
};

export const demonstrationProgramme = {
  code: 'demonstration',
  nameZh: '示范项目',
  nameEn: 'Demonstration projects',
  targetZh: '每年分批',
  targetEn: 'Yearly batches',
  target: { kind: 'yearly', value: null, byYear: null, fromYear: 2017 },
  live: {
    total: 30,
    demo: 30,
    towardsTarget: null,
    byYear: years([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
    byPrefecture: prefectures(5, 4),
  },
  definitionZh: '示范项目认定数（撤销的不计）。',
  definitionEn: 'Demonstration designations (withdrawn ones are not counted).',
};

export const programmes = [
  universityProgramme,
  twinningProgramme,
  dispatchProgramme,
  demonstrationProgramme,
];

export const pair = {
  id: 81,
  partnerName: '深圳乐群社会工作服务社',
  partnerProvince: '广东省',
  partnerCity: '深圳市',
  partnerOrganisationId: null,
  agencyOrganisationId: 5,
  agencyOrganisationName: '镇雄县阳光社工服务中心',
  prefectureCode: '5306',
  prefectureName: '昭通市',
  startDate: '2018-03-01',
  endDate: null,
  support: { peopleSent: 6, supervision: 12, training: 40, jointProjects: 1 },
  demo: false,
  version: 2,
};

export const page = <T>(items: T[], total = items.length, pageIndex = 0) => ({
  items,
  total,
  page: pageIndex,
  size: 20,
});

export const twinningDetail = {
  programme: twinningProgramme,
  twinningPairs: page([pair], 21),
  partnerships: null,
  dispatches: null,
  designations: null,
};

export const dispatchDetail = {
  programme: dispatchProgramme,
  twinningPairs: null,
  partnerships: null,
  dispatches: page([
    {
      id: 91,
      regionCode: '530627101',
      regionName: '乌峰镇',
      regionLevel: 'township',
      countyName: '镇雄县',
      prefectureCode: '5306',
      prefectureName: '昭通市',
      qualificationLevel: 'intermediate',
      workers: 7,
      startDate: '2020-03-01',
      endDate: '2021-02-28',
      sendingOrganisationId: null,
      sendingOrganisationName: null,
      demo: true,
      version: 1,
    },
  ]),
  designations: null,
};

export const universityDetail = {
  programme: universityProgramme,
  twinningPairs: null,
  partnerships: page([
    {
      id: 61,
      universityOrganisationId: null,
      universityName: '滇池大学社会工作学院',
      countyCode: '530627',
      countyName: '镇雄县',
      prefectureCode: '5306',
      prefectureName: '昭通市',
      startDate: '2019-09-01',
      endDate: null,
      activities: { internshipBases: 2, studentsPlaced: 30, teacherPractice: 4 },
      demo: false,
      version: 1,
    },
  ]),
  dispatches: null,
  designations: null,
};

export const demonstrationDetail = {
  programme: demonstrationProgramme,
  twinningPairs: null,
  partnerships: null,
  dispatches: null,
  designations: page([
    {
      id: 71,
      projectId: 42,
      projectTitle: '镇雄县留守儿童监护走访',
      organisationId: 5,
      organisationName: '镇雄县阳光社工服务中心',
      year: 2021,
      category: 'b',
      withdrawn: false,
      demo: false,
      version: 1,
    },
  ]),
};

export const agencyPairs = [
  {
    pair,
    log: [
      {
        id: 1,
        kind: 'supervision',
        date: '2019-06-01',
        count: 3,
        note: '线上督导三次',
        demo: false,
      },
    ],
  },
];
