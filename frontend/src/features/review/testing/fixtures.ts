// Answers shaped as docs/design/issue-9-contract.md ("Review") says.
export const reviewerAccount = {
  id: 31,
  displayName: '评审甲',
  maskedEmail: 'r***@example.org',
  maskedPhone: null,
  roles: ['reviewer'],
  language: 'zh-CN',
  memberships: [] as {
    organisationId: number;
    organisationName: string;
    organisationStatus: string;
    role: string;
  }[],
};

export const queueItem = (
  assignmentId: number,
  status: string,
  extra: Record<string, unknown> = {},
) => ({
  assignmentId,
  callId: 61,
  callTitle: '昭通市留守儿童关爱资助计划',
  applicationId: 70 + assignmentId - 500,
  declaration: status === 'declare' ? 'pending' : status === 'conflicted' ? 'conflict' : 'none',
  status,
  applicationTitle: status === 'declare' || status === 'conflicted' ? null : '彝良儿童之家',
  assignedAt: '2026-12-21T09:00:00+08:00',
  submittedAt: status === 'submitted' ? '2026-12-22T10:00:00+08:00' : null,
  ...extra,
});

export const reviewerApplication = {
  assignmentId: 502,
  callId: 61,
  callTitle: '昭通市留守儿童关爱资助计划',
  blind: true,
  application: {
    id: 72,
    callId: 61,
    stage: 'full',
    status: 'submitted',
    blind: true,
    organisationId: null,
    organisationName: null,
    projectId: null,
    projectTitle: null,
    title: '彝良儿童之家',
    need: '彝良县留守儿童缺少课后看护。',
    objectives: '建立三个儿童之家。',
    activities: '课后看护与阅读。',
    beneficiaries: '留守儿童',
    beneficiaryCount: 200,
    periodFrom: '2027-01-01',
    periodTo: '2027-12-31',
    budgetLines: [{ seq: 1, category: 'activities', description: '活动', amountFen: 9_000_000 }],
    requestedFen: 9_000_000,
    managementFeeFen: 0,
    indicators: [{ id: 1, seq: 1, name: '服务人次', unit: '人次', target: 2000 }],
    attachments: [],
    submittedAt: '2026-12-20T10:00:00+08:00',
  },
  rubric: {
    scoreMin: 0,
    scoreMax: 10,
    criteria: [
      { id: 901, seq: 1, name: '需求分析', description: '需求是否清楚', weight: 60 },
      { id: 902, seq: 2, name: '可行性', description: '', weight: 40 },
    ],
  },
  scores: [{ criterionId: 901, score: 7, comment: '' }],
  comment: '',
  weightedScore: null,
  submittedAt: null,
  version: 3,
};
