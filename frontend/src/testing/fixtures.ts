// Data shaped exactly like docs/architecture.md's HTTP API contract.
const item = (code: string, nameZh: string, nameEn: string) => ({ code, nameZh, nameEn });

export const taxonomies = {
  serviceCategories: [
    item('social-assistance', '救助帮扶', 'Social assistance'),
    item('capacity-building', '脱贫能力建设', 'Capacity building'),
    item('industry-development', '产业发展', 'Industry development'),
    item('relocation-integration', '易地搬迁融合适应', 'Relocation integration'),
    item('left-behind-children', '留守儿童关爱保护', 'Left-behind children'),
    item('special-groups', '特殊困难人群关爱', 'Groups in special difficulty'),
  ],
  targetGroups: [
    item('poor-households', '贫困群众/建档立卡贫困户', 'Registered poor households'),
    item('dibao', '低保对象', 'Minimum-income recipients'),
    item('left-behind-children', '留守儿童', 'Left-behind children'),
    item('elderly-in-difficulty', '特殊困难老年人', 'Elderly in difficulty'),
  ],
  fundingTypes: [
    item('government-purchase', '政府购买服务', 'Government purchase of services'),
    item('charity', '慈善资金', 'Charity capital'),
  ],
  programmes: [
    item('twinning', '牵手计划', 'Twinning programme'),
    item('demonstration', '示范项目', 'Demonstration projects'),
  ],
  skills: [
    { ...item('counselling', '心理辅导', 'Psychological counselling'), kind: 'service' },
    { ...item('tutoring', '教育辅导', 'Tutoring and education'), kind: 'service' },
    { ...item('language-yi', '彝语', 'Yi language'), kind: 'language' },
  ],
};

const region = (code: string, name: string, level: string, parentCode: string) => ({
  code,
  name,
  level,
  parentCode,
});

export const regionChildren: Record<string, ReturnType<typeof region>[]> = {
  '53': [
    region('5301', '昆明市', 'prefecture', '53'),
    region('5306', '昭通市', 'prefecture', '53'),
    region('5333', '怒江傈僳族自治州', 'prefecture', '53'),
  ],
  '5306': [
    region('530602', '昭阳区', 'county', '5306'),
    region('530621', '鲁甸县', 'county', '5306'),
  ],
  '530621': [region('530621100', '文屏镇', 'township', '530621')],
  '530621100': [
    region('530621100201', '砚池村民委员会', 'village', '530621100'),
    region('530621100202', '龙泉村民委员会', 'village', '530621100'),
  ],
};

export const hitZhaotong = {
  id: 42,
  title: '\uE000留守儿童\uE001关爱 <script>alert(1)</script>',
  summary: '为鲁甸县留守儿童提供监护走访。',
  organisationName: '昭通市阳光社会工作服务中心',
  regions: [{ code: '530621100', name: '文屏镇' }],
  targetGroups: ['left-behind-children'],
  serviceCategories: ['left-behind-children'],
  programme: 'demonstration',
  status: 'published',
  budgetFen: 1234500,
  startDate: '2024-03-01',
  endDate: '2025-02-28',
  highlights: { title: '\uE000留守儿童\uE001关爱 <script>alert(1)</script>' },
};

export const hitKunming = {
  id: 7,
  title: '社区养老互助',
  summary: '特殊困难老年人关爱。',
  organisationName: '昆明市社工协会',
  regions: [{ code: '530102', name: '五华区' }],
  targetGroups: ['elderly-in-difficulty'],
  serviceCategories: ['special-groups'],
  programme: 'twinning',
  status: 'closed',
  budgetFen: 5000000,
  startDate: '2023-01-01',
  endDate: '2023-12-31',
  highlights: {},
};

export const projectDetail = {
  id: 42,
  title: '留守儿童关爱 <script>alert(1)</script>',
  description: '第一段。\n\n第二段：  缩进保留。',
  status: 'published',
  organisation: { id: 3, name: '昭通市阳光社会工作服务中心' },
  regions: [
    {
      code: '530621100',
      name: '文屏镇',
      path: [
        { code: '53', name: '云南省' },
        { code: '5306', name: '昭通市' },
        { code: '530621', name: '鲁甸县' },
        { code: '530621100', name: '文屏镇' },
      ],
    },
  ],
  targetGroups: ['left-behind-children'],
  serviceCategories: ['left-behind-children'],
  programme: 'demonstration',
  fundingType: 'government-purchase',
  startDate: '2024-03-01',
  endDate: '2025-02-28',
  budgetFen: 1234500,
  demo: true,
  createdAt: '2024-02-01T08:00:00Z',
  updatedAt: '2024-02-02T08:00:00Z',
};

// ---- Issue 3: accounts and organisations (docs/design/issue-3-contract.md).

export const ownerAccount = {
  id: 11,
  displayName: '李老师',
  maskedEmail: 'l***@example.org',
  maskedPhone: null,
  roles: [] as string[],
  language: 'zh-CN',
  memberships: [
    {
      organisationId: 5,
      organisationName: '镇雄县阳光社工服务中心',
      organisationStatus: 'verified',
      role: 'owner',
    },
  ],
};

export const adminAccount = {
  ...ownerAccount,
  id: 1,
  displayName: '民政管理员',
  roles: ['admin'],
  memberships: [],
};

export const session = (account: typeof ownerAccount | null, csrfToken = 'csrf-1') => ({
  account,
  csrfToken: account ? csrfToken : null,
});

export const organisationDetail = {
  id: 5,
  name: '镇雄县阳光社工服务中心',
  kind: 'agency',
  subtype: 'social-work-agency',
  status: 'submitted',
  rejectionReason: null,
  creditCode: '52530627MJ0000001X',
  legalRepresentative: '王芳',
  registeredRegionCode: '5306',
  address: '乌峰镇',
  serviceRegionCodes: ['530621'],
  targetGroups: ['left-behind-children'],
  serviceCategories: ['left-behind-children'],
  description: '服务留守儿童。',
  contactPhone: '0870-1234567',
  contactEmail: 'info@example.org',
  socialWorkers: { assistant: 2, intermediate: 1, senior: 0 },
};
