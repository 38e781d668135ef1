// Answers shaped as docs/design/issue-8-contract.md says. ID numbers are generated with a valid
// check character and an obviously fictitious sequence (999, 998), never a real person's.

export const ADULT_ID = '530602199001019994';
export const MINOR_ID = '530621201006019984';

export const openingHit = {
  id: 301,
  title: '周末陪伴留守儿童',
  titleHighlighted: '周末陪伴\uE000留守儿童\uE001',
  descriptionHighlighted: ['为鲁甸县\uE000留守儿童\uE001提供课业辅导。'],
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  regionCode: '530621100',
  regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
  targetGroups: ['left-behind-children'],
  category: 'left-behind-children',
  skills: ['tutoring'],
  adultsOnly: false,
  screening: 'automatic',
  signupDeadline: '2099-12-01T18:00:00+08:00',
  nextShifts: [
    {
      id: 901,
      startsAt: '2099-12-05T09:00:00+08:00',
      endsAt: '2099-12-05T12:30:00+08:00',
      capacity: 10,
      free: 3,
    },
    {
      id: 902,
      startsAt: '2099-12-06T09:00:00+08:00',
      endsAt: '2099-12-06T12:30:00+08:00',
      capacity: 5,
      free: 0,
    },
  ],
  freePlaces: 3,
};

export const openingSearchAnswer = {
  items: [openingHit],
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
    skill: [{ code: 'tutoring', count: 1 }],
  },
};

export const openingDetail = {
  id: 301,
  status: 'published',
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 42,
  projectTitle: '留守儿童关爱',
  title: '周末陪伴留守儿童',
  description: '为鲁甸县留守儿童提供课业辅导。\n请带身份证。',
  regionCode: '530621100',
  regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
  meetingPlace: '文屏镇中心小学门口',
  targetGroups: ['left-behind-children'],
  category: 'left-behind-children',
  skills: ['tutoring'],
  adultsOnly: false,
  screening: 'automatic',
  signupDeadline: '2099-12-01T18:00:00+08:00',
  contactName: '王老师',
  contactPhone: '0870-1234567',
  shifts: [
    {
      id: 901,
      startsAt: '2099-12-05T09:00:00+08:00',
      endsAt: '2099-12-05T12:30:00+08:00',
      capacity: 10,
      confirmed: 7,
      free: 3,
      waitlisted: 0,
      status: 'open',
    },
    {
      id: 902,
      startsAt: '2099-12-06T09:00:00+08:00',
      endsAt: '2099-12-06T12:30:00+08:00',
      capacity: 5,
      confirmed: 5,
      free: 0,
      waitlisted: 2,
      status: 'open',
    },
  ],
  version: 3,
};

export const volunteerAccount = {
  id: 21,
  displayName: '张志愿',
  maskedEmail: 'z***@example.org',
  maskedPhone: null,
  roles: ['volunteer'],
  language: 'zh-CN',
  memberships: [],
};

export const adultProfile = {
  name: '张三',
  idType: 'resident-id',
  idNumberMasked: '530602********9994',
  birthDate: '1990-01-01',
  age: 36,
  gender: 'male',
  mobile: '13800000000',
  skills: ['tutoring'],
  regionCodes: ['5306'],
  availability: ['weekend'],
  minor: false,
  consentRequired: false,
  guardianConsent: null,
  complete: true,
  canSignUp: true,
  version: 1,
};

export const minorProfile = {
  ...adultProfile,
  name: '李小明',
  idNumberMasked: '530621********9984',
  birthDate: '2010-06-01',
  age: 16,
  minor: true,
  consentRequired: true,
  canSignUp: false,
};

export const myShifts = {
  upcoming: [
    {
      signupId: 7001,
      status: 'confirmed',
      waitlistPosition: null,
      attendance: null,
      shift: {
        id: 901,
        startsAt: '2099-12-05T09:00:00+08:00',
        endsAt: '2099-12-05T12:30:00+08:00',
      },
      opening: {
        id: 301,
        title: '周末陪伴留守儿童',
        regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
        meetingPlace: '文屏镇中心小学门口',
        organisationName: '镇雄县阳光社工服务中心',
      },
    },
    {
      signupId: 7002,
      status: 'waitlisted',
      waitlistPosition: 2,
      attendance: null,
      shift: {
        id: 902,
        startsAt: '2099-12-06T09:00:00+08:00',
        endsAt: '2099-12-06T12:30:00+08:00',
      },
      opening: {
        id: 301,
        title: '周日陪伴留守儿童',
        regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
        meetingPlace: '文屏镇中心小学门口',
        organisationName: '镇雄县阳光社工服务中心',
      },
    },
  ],
  past: [
    {
      signupId: 6001,
      status: 'confirmed',
      waitlistPosition: null,
      attendance: 'attended',
      shift: {
        id: 801,
        startsAt: '2025-05-03T09:00:00+08:00',
        endsAt: '2025-05-03T12:30:00+08:00',
      },
      opening: {
        id: 200,
        title: '敬老院探访',
        regionPath: '云南省 › 昭通市 › 昭阳区',
        meetingPlace: '昭阳区敬老院',
        organisationName: '昭通市阳光社会工作服务中心',
      },
    },
  ],
};

export const record = {
  id: 501,
  activity: '敬老院探访',
  organisationId: 3,
  organisationName: '昭通市阳光社会工作服务中心',
  startsAt: '2025-05-03T09:00:00+08:00',
  endsAt: '2025-05-03T12:30:00+08:00',
  place: '昭阳区敬老院',
  minutes: 210,
  content: '陪伴老人聊天、整理房间',
  evaluation: '认真负责',
  status: 'confirmed',
  version: 1,
  recordedAt: '2025-05-04T10:00:00+08:00',
};

export const myRecords = {
  items: [
    record,
    {
      ...record,
      id: 502,
      activity: '课业辅导',
      organisationId: 5,
      organisationName: '镇雄县阳光社工服务中心',
      minutes: 120,
      status: 'draft',
    },
  ],
  totalMinutes: 330,
};

export const certificate = {
  code: 'K7M2P9QX4TZ8',
  organisationName: '昭通市阳光社会工作服务中心',
  issuedAt: '2025-06-01T10:00:00+08:00',
  totalMinutes: 210,
  status: 'valid',
  revokedAt: null,
};

export const verifiedCertificate = {
  code: 'K7M2P9QX4TZ8',
  status: 'valid',
  volunteerName: '张三',
  idNumberMasked: '530602********9994',
  organisationName: '昭通市阳光社会工作服务中心',
  issuedAt: '2025-06-01T10:00:00+08:00',
  periodFrom: '2025-05-03',
  periodTo: '2025-05-03',
  totalMinutes: 210,
  records: [{ activity: '敬老院探访', date: '2025-05-03', minutes: 210 }],
  revokedAt: null,
};
