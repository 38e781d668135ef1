import { http, HttpResponse } from 'msw';

import { problem, sessionHandler } from '@/testing/handlers';

import {
  agencyAccount,
  applicationDetail,
  applicationSummary,
  awardDetail,
  callDetail,
  callDisclosure,
  callSearchAnswer,
  fundingTaxonomies,
  projectDisclosure,
  reportDetail,
  reportSummary,
  verdicts,
} from './fixtures';

type Json = Record<string, unknown>;

/**
 * What the funding handlers were asked, and the server's state they keep between requests (the
 * application's saved body and version), for tests that check requests and answers.
 */
export const funding = {
  searches: [] as URLSearchParams[],
  bodies: [] as { method: string; path: string; body: unknown }[],
  application: structuredClone(applicationDetail) as Json,
  award: structuredClone(awardDetail) as Json,
  report: structuredClone(reportDetail) as Json,
  /** The answer of the next application saves, in order; afterwards they succeed. */
  saveFailures: [] as ('conflict' | 'network' | 'invalid')[],
  reset() {
    this.searches.length = 0;
    this.bodies.length = 0;
    this.application = structuredClone(applicationDetail) as Json;
    this.award = structuredClone(awardDetail) as Json;
    this.report = structuredClone(reportDetail) as Json;
    this.saveFailures.length = 0;
  },
  saves(): Json[] {
    return this.bodies
      .filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/applications/301'))
      .map((entry) => entry.body as Json);
  },
};

async function remember(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  funding.bodies.push({ method: request.method, path: new URL(request.url).pathname, body });
  return body as Json;
}

export const signedInAgency = () => sessionHandler({ account: agencyAccount, csrfToken: 'csrf-1' });

const APPLICATION = '*/api/organisations/5/applications/301';

export const fundingHandlers = [
  http.get('*/api/taxonomies', () => HttpResponse.json(fundingTaxonomies)),
  http.get('*/api/calls', ({ request }) => {
    funding.searches.push(new URL(request.url).searchParams);
    return HttpResponse.json(callSearchAnswer);
  }),
  http.get('*/api/calls/:id/eligibility', ({ request }) => {
    const organisationId = Number(new URL(request.url).searchParams.get('organisationId'));
    return verdicts[organisationId]
      ? HttpResponse.json(verdicts[organisationId])
      : problem(403, '无权访问', '你不是该机构的成员');
  }),
  http.get('*/api/calls/:id', ({ params }) =>
    String(params.id) === String(callDetail.id)
      ? HttpResponse.json(callDetail)
      : problem(404, '未找到', '资助项目不存在'),
  ),
  http.post('*/api/organisations/:orgId/applications', async ({ request, params }) => {
    await remember(request);
    if (String(params.orgId) === '5') {
      return problem(409, '冲突', '贵机构已有此资助项目的申报', {
        type: 'https://qianshou.org/problems/conflict',
      });
    }
    return HttpResponse.json(
      { ...applicationDetail, id: 302, organisationId: Number(params.orgId) },
      { status: 201 },
    );
  }),
  http.get('*/api/organisations/5/applications', () =>
    HttpResponse.json({ items: [applicationSummary], total: 1, page: 0, size: 100 }),
  ),
  http.get(APPLICATION, () => HttpResponse.json(funding.application)),
  http.put(APPLICATION, async ({ request }) => {
    const body = await remember(request);
    const failure = funding.saveFailures.shift();
    if (failure === 'network') return HttpResponse.error();
    if (failure === 'invalid') {
      return problem(400, '输入有误', '请检查标记的字段', {
        errors: [{ field: 'budgetLines[1].amountFen', message: '管理费超过预算的 10%' }],
      });
    }
    if (failure === 'conflict' || body.version !== funding.application.version) {
      return problem(409, '冲突', '此申请已在别处更新', {
        errors: [{ field: 'version', message: '版本已过期' }],
      });
    }
    const lines = (body.budgetLines as { category: string; amountFen: number }[]) ?? [];
    funding.application = {
      ...funding.application,
      ...body,
      requestedFen: lines.reduce((sum, line) => sum + line.amountFen, 0),
      managementFeeFen: lines
        .filter((line) => line.category === 'management-fee')
        .reduce((sum, line) => sum + line.amountFen, 0),
      version: Number(funding.application.version) + 1,
      updatedAt: '2026-12-01T10:05:00+08:00',
    };
    return HttpResponse.json(funding.application);
  }),
  http.post(`${APPLICATION}/submit`, async ({ request }) => {
    const body = await remember(request);
    if (!funding.application.need) {
      return problem(400, '输入有误', '申报书不完整', {
        errors: [
          { field: 'submit.request.need', message: '请填写需求分析' },
          { field: 'organisationId', message: '须在 昭通市 注册或提供服务' },
        ],
      });
    }
    if (body.version !== funding.application.version) return problem(409, '冲突', '版本已过期');
    funding.application = {
      ...funding.application,
      status: 'submitted',
      submittedAt: '2026-12-01T10:06:00+08:00',
      version: Number(funding.application.version) + 1,
    };
    return HttpResponse.json(funding.application);
  }),
  http.post(`${APPLICATION}/withdraw`, async ({ request }) => {
    await remember(request);
    funding.application = { ...funding.application, status: 'withdrawn' };
    return HttpResponse.json(funding.application);
  }),
  http.get('*/api/organisations/5/projects', () =>
    HttpResponse.json([{ id: 42, title: '镇雄县留守儿童监护走访', status: 'published' }]),
  ),
  http.get('*/api/organisations/5/awards', () =>
    HttpResponse.json({ items: [funding.award], total: 1, page: 0, size: 100 }),
  ),
  http.get('*/api/organisations/5/awards/501', () => HttpResponse.json(funding.award)),
  http.post('*/api/organisations/5/awards/501/accept', async ({ request }) => {
    const body = await remember(request);
    if (body.version !== funding.award.version) return problem(409, '冲突', '版本已过期');
    const tranches = (funding.award.tranches as Json[]).map((tranche) =>
      tranche.seq === 1 ? { ...tranche, status: 'payable' } : tranche,
    );
    funding.award = {
      ...funding.award,
      status: 'accepted',
      acceptedAt: '2027-01-07T09:00:00+08:00',
      tranches,
      version: Number(funding.award.version) + 1,
    };
    return HttpResponse.json(funding.award);
  }),
  http.post('*/api/organisations/5/awards/501/refuse', async ({ request }) => {
    await remember(request);
    funding.award = { ...funding.award, status: 'refused' };
    return HttpResponse.json(funding.award);
  }),
  http.get('*/api/organisations/5/reports', () => HttpResponse.json([reportSummary])),
  http.get('*/api/organisations/5/reports/701', () => HttpResponse.json(funding.report)),
  http.put('*/api/organisations/5/reports/701', async ({ request }) => {
    const body = await remember(request);
    const budget = body.budget as {
      category: string;
      actualFen: number | null;
      explanation: string;
    }[];
    funding.report = {
      ...funding.report,
      narrative: body.narrative,
      status: 'draft',
      budget: (funding.report.budget as Json[]).map((row) => {
        const sent = budget.find((item) => item.category === row.category);
        return { ...row, actualFen: sent?.actualFen ?? null, explanation: sent?.explanation ?? '' };
      }),
      version: Number(funding.report.version) + 1,
    };
    return HttpResponse.json(funding.report);
  }),
  http.post('*/api/organisations/5/reports/701/submit', async ({ request }) => {
    await remember(request);
    funding.report = {
      ...funding.report,
      status: 'submitted',
      version: Number(funding.report.version) + 1,
    };
    return HttpResponse.json(funding.report);
  }),
  http.get('*/api/disclosure/calls/:id', ({ params }) =>
    String(params.id) === '71'
      ? HttpResponse.json(callDisclosure)
      : problem(404, '未找到', '没有公示信息'),
  ),
  http.get('*/api/disclosure/projects/:id', ({ params }) =>
    String(params.id) === '42'
      ? HttpResponse.json(projectDisclosure)
      : problem(404, '未找到', '没有公示信息'),
  ),
];
