// Answers shaped as docs/design/issue-9-contract.md says.
import { taxonomies } from '@/testing/fixtures';

const category = (code: string, nameZh: string, nameEn: string, managementFee = false) => ({
  code,
  nameZh,
  nameEn,
  managementFee,
});

export const fundingTaxonomies = {
  ...taxonomies,
  budgetCategories: [
    category('personnel', '人员费用', 'Personnel'),
    category('activities', '活动费用', 'Activities'),
    category('materials', '物资设备', 'Materials and equipment'),
    category('management-fee', '管理费', 'Management fee', true),
  ],
};

export const callHit = {
  id: 71,
  title: '昭通市\uE000留守儿童\uE001关爱服务 2027',
  titleHighlighted: '昭通市\uE000留守儿童\uE001关爱服务 2027',
  descriptionHighlighted: ['为\uE000留守儿童\uE001提供监护走访与课后陪伴'],
  organisationId: 9,
  organisationName: '云南省儿童福利基金会',
  fundingType: 'government-purchase',
  programme: 'twinning',
  regionCode: '5306',
  regionPath: '云南省 › 昭通市',
  targetGroups: ['left-behind-children'],
  poolFen: 50_000_000,
  maxAwardFen: 15_000_000,
  opensAt: '2026-11-01T09:00:00+08:00',
  closesAt: '2026-12-31T17:00:00+08:00',
  conceptClosesAt: null,
  twoStage: false,
  state: 'open',
};

export const callSearchAnswer = {
  items: [callHit],
  total: 1,
  page: 0,
  size: 20,
  facets: {
    region: [
      { code: '5301', name: '昆明市', count: 0 },
      { code: '5306', name: '昭通市', count: 1 },
    ],
    targetGroup: [{ code: 'left-behind-children', count: 1 }],
    fundingType: [{ code: 'government-purchase', count: 1 }],
    programme: [{ code: 'twinning', count: 1 }],
  },
};

export const callDetail = {
  id: 71,
  status: 'published',
  state: 'open',
  organisationId: 9,
  organisationName: '云南省儿童福利基金会',
  title: '昭通市留守儿童关爱服务 2027',
  description: '支持在昭通市开展留守儿童监护走访的机构。',
  fundingType: 'government-purchase',
  programme: 'twinning',
  poolFen: 50_000_000,
  committedFen: 12_000_000,
  remainingFen: 38_000_000,
  maxAwardFen: 15_000_000,
  managementFeeCapBp: 1000,
  eligibility: {
    regionCode: '5306',
    regionPath: '云南省 › 昭通市',
    regionBasis: 'either',
    subtypes: ['social-work-agency'],
    targetGroups: ['left-behind-children'],
    minSocialWorkers: 2,
  },
  opensAt: '2026-11-01T09:00:00+08:00',
  closesAt: '2026-12-31T17:00:00+08:00',
  twoStage: false,
  conceptClosesAt: null,
  blindReview: true,
  scoreMin: 0,
  scoreMax: 10,
  reportIntervalMonths: 3,
  sections: [
    {
      code: 'need',
      required: true,
      guidance: '说明服务地区留守儿童的处境与需求。',
      maxChars: 2000,
    },
    { code: 'objectives', required: true, guidance: '', maxChars: 2000 },
    { code: 'activities', required: true, guidance: '', maxChars: 3000 },
    { code: 'beneficiaries', required: false, guidance: '', maxChars: 1000 },
    { code: 'budget', required: true, guidance: '管理费不超过 10%。', maxChars: 5000 },
    { code: 'indicators', required: true, guidance: '', maxChars: 5000 },
  ],
  tranches: [
    { seq: 1, shareBp: 3000, reportDueOn: null },
    { seq: 2, shareBp: 4000, reportDueOn: '2027-04-15' },
    { seq: 3, shareBp: 3000, reportDueOn: '2027-10-15' },
  ],
  criteria: [
    { id: 801, seq: 1, name: '需求分析', description: '需求是否清楚、有依据', weight: 40 },
    { id: 802, seq: 2, name: '可行性', description: '', weight: 60 },
  ],
  version: 3,
};

export const verdicts: Record<number, unknown> = {
  5: {
    eligible: true,
    checks: [
      { rule: 'verified', ok: true, message: '机构已通过认证' },
      { rule: 'region', ok: true, message: '须在 昭通市 注册或提供服务；贵机构注册于 昭通市' },
    ],
  },
  6: {
    eligible: false,
    checks: [
      { rule: 'verified', ok: true, message: '机构已通过认证' },
      {
        rule: 'region',
        ok: false,
        message: '须在 昭通市 注册或提供服务；贵机构注册于 大理白族自治州，服务地区：大理市',
      },
    ],
  },
};

export const agencyAccount = {
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
    {
      organisationId: 6,
      organisationName: '大理苍山社工服务中心',
      organisationStatus: 'verified',
      role: 'staff',
    },
  ],
};

export const applicationDetail = {
  id: 301,
  callId: 71,
  callTitle: '昭通市留守儿童关爱服务 2027',
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  projectTitle: '镇雄县留守儿童监护走访',
  stage: 'full',
  status: 'draft',
  statusReason: null,
  title: '镇雄县留守儿童关爱',
  need: '',
  objectives: '',
  activities: '',
  beneficiaries: '',
  beneficiaryCount: null,
  periodFrom: '2027-01-01',
  periodTo: '2027-12-31',
  budgetLines: [
    { category: 'personnel', description: '社工两名', amountFen: 9_000_000 },
    { category: 'management-fee', description: '', amountFen: 1_000_000 },
  ],
  indicators: [{ id: 901, name: '走访家庭', unit: '户', target: 200 }],
  requestedFen: 10_000_000,
  managementFeeFen: 1_000_000,
  managementFeeCapBp: 1000,
  attachments: [],
  submittedAt: null,
  updatedAt: '2026-12-01T10:00:00+08:00',
  version: 4,
};

export const applicationSummary = {
  id: 301,
  callId: 71,
  callTitle: '昭通市留守儿童关爱服务 2027',
  funderName: '云南省儿童福利基金会',
  stage: 'full',
  status: 'draft',
  title: '镇雄县留守儿童关爱',
  requestedFen: 10_000_000,
  closesAt: '2026-12-31T17:00:00+08:00',
  updatedAt: '2026-12-01T10:00:00+08:00',
  submittedAt: null,
  awardId: null,
  version: 4,
};

export const awardDetail = {
  id: 501,
  callId: 71,
  callTitle: '昭通市留守儿童关爱服务 2027',
  funderOrganisationId: 9,
  funderName: '云南省儿童福利基金会',
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  projectTitle: '镇雄县留守儿童监护走访',
  applicationId: 301,
  amountFen: 12_000_000,
  paidFen: 0,
  conditions: '每季度提交进度报告；资助资金专款专用。',
  status: 'approved',
  statusReason: null,
  proposedAt: '2027-01-05T10:00:00+08:00',
  decidedAt: '2027-01-06T10:00:00+08:00',
  acceptedAt: null,
  matchedAwardId: null,
  matchingAwards: [],
  tranches: [
    {
      id: 601,
      seq: 1,
      amountFen: 3_600_000,
      paidFen: 0,
      status: 'pending',
      reportDueOn: null,
      payments: [],
    },
    {
      id: 602,
      seq: 2,
      amountFen: 4_800_000,
      paidFen: 0,
      status: 'pending',
      reportDueOn: '2027-04-15',
      payments: [],
    },
    {
      id: 603,
      seq: 3,
      amountFen: 3_600_000,
      paidFen: 0,
      status: 'pending',
      reportDueOn: '2027-10-15',
      payments: [],
    },
  ],
  version: 2,
};

export const reportSummary = {
  id: 701,
  awardId: 501,
  callTitle: '昭通市留守儿童关爱服务 2027',
  funderName: '云南省儿童福利基金会',
  projectTitle: '镇雄县留守儿童监护走访',
  kind: 'progress',
  seq: 1,
  periodFrom: '2027-01-06',
  periodTo: '2027-04-15',
  dueOn: '2027-04-15',
  status: 'due',
  trancheSeq: 2,
  overdue: false,
};

export const reportDetail = {
  ...reportSummary,
  narrative: '',
  indicators: [{ indicatorId: 901, name: '走访家庭', unit: '户', target: 200, value: null }],
  budget: [
    {
      category: 'personnel',
      budgetFen: 9_000_000,
      actualFen: null,
      explanation: '',
      explanationRequired: false,
    },
    {
      category: 'activities',
      budgetFen: 2_000_000,
      actualFen: null,
      explanation: '',
      explanationRequired: false,
    },
  ],
  attachments: [],
  returnComment: null,
  version: 1,
};

export const callDisclosure = {
  call: {
    id: 71,
    title: '昭通市留守儿童关爱服务 2027',
    organisationName: '云南省儿童福利基金会',
    fundingType: 'government-purchase',
    poolFen: 50_000_000,
    committedFen: 12_000_000,
    paidFen: 8_400_000,
    remainingFen: 38_000_000,
  },
  awards: {
    total: 1,
    page: 0,
    size: 20,
    items: [
      {
        awardId: 501,
        organisationId: 5,
        organisationName: '镇雄县阳光社工服务中心',
        projectId: 42,
        projectTitle: '镇雄县留守儿童监护走访',
        amountFen: 12_000_000,
        paidFen: 8_400_000,
        approvedOn: '2027-01-06',
        matchedAwardId: null,
      },
    ],
  },
  payments: {
    total: 2,
    page: 0,
    size: 20,
    items: [
      {
        paymentId: 1,
        awardId: 501,
        organisationName: '镇雄县阳光社工服务中心',
        trancheSeq: 1,
        amountFen: 3_600_000,
        paidOn: '2027-01-10',
      },
      {
        paymentId: 2,
        awardId: 501,
        organisationName: '镇雄县阳光社工服务中心',
        trancheSeq: 2,
        amountFen: 4_800_000,
        paidOn: '2027-05-02',
      },
    ],
  },
};

export const projectDisclosure = {
  project: { id: 42, title: '镇雄县留守儿童监护走访', organisationName: '镇雄县阳光社工服务中心' },
  sources: [
    {
      funderName: '云南省儿童福利基金会',
      callId: 71,
      callTitle: '昭通市留守儿童关爱服务 2027',
      fundingType: 'government-purchase',
      awardedFen: 12_000_000,
      paidFen: 8_400_000,
      matchedAwardId: null,
    },
  ],
  tranches: [
    {
      awardId: 501,
      funderName: '云南省儿童福利基金会',
      seq: 1,
      amountFen: 3_600_000,
      paidFen: 3_600_000,
      status: 'paid',
      paidOn: '2027-01-10',
    },
    {
      awardId: 501,
      funderName: '云南省儿童福利基金会',
      seq: 2,
      amountFen: 4_800_000,
      paidFen: 4_800_000,
      status: 'paid',
      paidOn: '2027-05-02',
    },
    {
      awardId: 501,
      funderName: '云南省儿童福利基金会',
      seq: 3,
      amountFen: 3_600_000,
      paidFen: 0,
      status: 'pending',
      paidOn: null,
    },
  ],
  budgetActual: [
    { category: 'personnel', budgetFen: 9_000_000, actualFen: 8_700_000 },
    { category: 'activities', budgetFen: 2_000_000, actualFen: 2_500_000 },
  ],
  reports: [
    {
      kind: 'progress',
      seq: 1,
      periodFrom: '2027-01-06',
      periodTo: '2027-04-15',
      approvedOn: '2027-04-20',
    },
  ],
};
