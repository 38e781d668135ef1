import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { organisationDetail, ownerAccount, session } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { callDetail } from '@/features/funder/testing/fixtures';
import { funderHandlers, seen, signedInFunder } from '@/features/funder/testing/handlers';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-9-contract.md says (funder organisation 8).
beforeEach(() => {
  seen.reset();
  server.use(signedInFunder(), ...funderHandlers);
});

describe('the organisation workspace', () => {
  it('links a funder to its funding calls', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/my/organisations/8');
    const section = await screen.findByRole('region', { name: '资助管理' });
    await user.click(within(section).getByRole('link', { name: '管理资助计划' }));
    await waitFor(() => expect(location().pathname).toBe('/my/organisations/8/funder'));
    expect(await screen.findByRole('heading', { level: 1, name: '资助计划' })).toBeVisible();
  });

  it('has no funding section for an agency', async () => {
    server.use(
      sessionHandler(session(ownerAccount)),
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({ ...organisationDetail, status: 'verified' }),
      ),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () =>
        HttpResponse.json({ members: [], invitations: [] }),
      ),
      http.get('*/api/organisations/5/projects', () => HttpResponse.json([])),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/5');
    await screen.findByRole('region', { name: '志愿服务' });
    expect(screen.queryByRole('region', { name: '资助管理' })).not.toBeInTheDocument();
  });
});

describe('the list of calls', () => {
  it('shows each call with its pool and filters by status', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder');
    const list = await screen.findByRole('list', { name: '资助计划' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveAttribute('data-status', 'published');
    expect(item).toHaveTextContent('资金池 ¥500,000.00，已承诺 ¥120,000.00');
    expect(item).toHaveTextContent('北京时间 2026-12-01 09:00 至 2026-12-31 18:00');
    expect(item).toHaveTextContent('2 份申请');
    await user.selectOptions(screen.getByLabelText('状态'), 'draft');
    await waitFor(() => expect(location().search).toBe('?status=draft'));
    await waitFor(() => expect(seen.params.at(-1)?.params.get('status')).toBe('draft'));
    await user.click(within(list).getByRole('link', { name: callDetail.title }));
    await waitFor(() => expect(location().pathname).toBe('/my/organisations/8/funder/calls/61'));
  });
});

type User = ReturnType<typeof renderWithRouter>['user'];

/** Replaces a field's text in one step (typing each key into this long form is slow). */
async function fill(user: User, field: HTMLElement | Promise<HTMLElement>, text: string) {
  const element = await field;
  await user.clear(element);
  await user.click(element);
  await user.paste(text);
}

async function fillCall(user: User) {
  await fill(user, await screen.findByLabelText('资助计划名称'), '昭通市留守儿童关爱资助计划');
  await fill(user, screen.getByLabelText('资助计划说明'), '支持昭通市的留守儿童关爱服务。');
  await user.selectOptions(screen.getByLabelText('资金类型'), 'charity');
  await fill(user, screen.getByLabelText('资金池（元）'), '500,000');
  await fill(user, screen.getByLabelText('单项最高资助（元）'), '150000.05');
  await fill(user, screen.getByLabelText('管理费上限（占预算的百分比）'), '12.5');
  const region = screen.getByRole('group', { name: '资助地区' });
  await user.selectOptions(
    await within(region).findByRole('combobox', { name: '州（市）' }),
    '5306',
  );
  await user.click(screen.getByLabelText('须在该地区提供服务'));
  await user.click(screen.getByLabelText('乡镇社工站'));
  await user.click(
    within(screen.getByRole('group', { name: '服务对象' })).getByLabelText('留守儿童'),
  );
  await fill(user, screen.getByLabelText('最少持证社会工作者人数'), '2');
  await user.type(screen.getByLabelText('开始接受申请'), '2026-12-01T09:00');
  await user.type(screen.getByLabelText('申请截止'), '2026-12-31T18:00');
  await user.click(screen.getByLabelText(/两阶段申请/));
  await user.type(screen.getByLabelText('项目概要截止'), '2026-12-15T18:00');
  await user.click(screen.getByLabelText('包含“成效指标”'));
  await fill(user, screen.getByLabelText('“需求分析”的填写指引'), '说明服务对象的需求。');
  await fill(user, screen.getByLabelText('“需求分析”的字数上限'), '3000');
  await user.type(screen.getByLabelText('第 2 期报告截止日期'), '2027-04-30');
  await user.type(screen.getByLabelText('第 3 期报告截止日期'), '2027-10-31');
  await user.click(screen.getByLabelText(/匿名评审/));
  await fill(user, screen.getByLabelText('评审标准 1 名称'), '需求分析');
  await fill(user, screen.getByLabelText('评审标准 1 权重（%）'), '60');
  await user.click(screen.getByRole('button', { name: '增加评审标准' }));
  await fill(user, screen.getByLabelText('评审标准 2 名称'), '可行性');
  await fill(user, screen.getByLabelText('评审标准 2 说明'), '计划是否可行');
  await fill(user, screen.getByLabelText('评审标准 2 权重（%）'), '40');
}

// The editor is a long form: on a busy machine filling it takes a while.
const LONG = 60_000;

describe('the call editor', () => {
  it(
    'sends every field of CallRequest: fen, basis points and Beijing time',
    async () => {
      const { user, location } = renderWithRouter(
        <AppRoutes />,
        '/my/organisations/8/funder/calls/new',
      );
      await fillCall(user);
      await user.click(screen.getByRole('button', { name: '保存草稿' }));
      await waitFor(() => expect(location().pathname).toBe('/my/organisations/8/funder/calls/62'));
      const [sent] = seen.of('POST', '/api/organisations/8/calls');
      expect(sent?.body).toEqual({
        title: '昭通市留守儿童关爱资助计划',
        description: '支持昭通市的留守儿童关爱服务。',
        fundingType: 'charity',
        programme: null,
        poolFen: 50_000_000,
        maxAwardFen: 15_000_005,
        managementFeeCapBp: 1250,
        regionCode: '5306',
        regionBasis: 'service',
        subtypes: ['township-station'],
        targetGroups: ['left-behind-children'],
        minSocialWorkers: 2,
        opensAt: '2026-12-01T09:00:00+08:00',
        closesAt: '2026-12-31T18:00:00+08:00',
        twoStage: true,
        conceptClosesAt: '2026-12-15T18:00:00+08:00',
        blindReview: true,
        scoreMin: 0,
        scoreMax: 10,
        reportIntervalMonths: 3,
        sections: [
          { code: 'need', required: true, guidance: '说明服务对象的需求。', maxChars: 3000 },
          { code: 'objectives', required: true, guidance: '', maxChars: 5000 },
          { code: 'activities', required: true, guidance: '', maxChars: 5000 },
          { code: 'beneficiaries', required: true, guidance: '', maxChars: 5000 },
          { code: 'budget', required: true, guidance: '', maxChars: 5000 },
        ],
        tranches: [
          { seq: 1, shareBp: 3000, reportDueOn: null },
          { seq: 2, shareBp: 4000, reportDueOn: '2027-04-30' },
          { seq: 3, shareBp: 3000, reportDueOn: '2027-10-31' },
        ],
        criteria: [
          { name: '需求分析', description: '', weight: 60 },
          { name: '可行性', description: '计划是否可行', weight: 40 },
        ],
      });
    },
    LONG,
  );

  it(
    'refuses shares that do not add up to 100 %, weights that do not add up to 100 and fractions of fen',
    async () => {
      const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/calls/new');
      await fillCall(user);
      await fill(user, screen.getByLabelText('第 3 期比例（%）'), '20');
      await fill(user, screen.getByLabelText('评审标准 2 权重（%）'), '30');
      await user.click(screen.getByRole('button', { name: '保存草稿' }));
      expect(await screen.findByText('各期比例合计须为 100%。')).toBeVisible();
      expect(screen.getByText('各项评审标准的权重合计须为 100。')).toBeVisible();
      await fill(user, screen.getByLabelText('资金池（元）'), '100.005');
      await user.click(screen.getByRole('button', { name: '保存草稿' }));
      await waitFor(() =>
        expect(screen.getByLabelText('资金池（元）')).toHaveAccessibleDescription(
          /请输入大于 0 的金额/,
        ),
      );
      expect(seen.of('POST', '/api/organisations/8/calls')).toHaveLength(0);
    },
    LONG,
  );

  it(
    "puts the server's field errors at their fields, a tranche's too",
    async () => {
      server.use(
        http.post('*/api/organisations/8/calls', () =>
          problem(400, '输入有误', '请检查标出的字段', {
            errors: [
              { field: 'create.request.maxAwardFen', message: '单项最高资助不能超过资金池' },
              {
                field: 'create.request.tranches[1].reportDueOn',
                message: '报告截止日期须晚于申请截止',
              },
            ],
          }),
        ),
      );
      const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/calls/new');
      await fillCall(user);
      await user.click(screen.getByRole('button', { name: '保存草稿' }));
      await waitFor(() =>
        expect(screen.getByLabelText('单项最高资助（元）')).toHaveAccessibleDescription(
          /单项最高资助不能超过资金池/,
        ),
      );
      expect(screen.getByLabelText('第 2 期报告截止日期')).toHaveAccessibleDescription(
        /报告截止日期须晚于申请截止/,
      );
    },
    LONG,
  );

  it('edits a call with its version and its values in yuan and percent', async () => {
    server.use(
      http.put('*/api/organisations/8/calls/61', async ({ request }) => {
        const { remember } = await import('@/features/funder/testing/handlers');
        await remember(request);
        return HttpResponse.json(callDetail);
      }),
    );
    const { user, location } = renderWithRouter(
      <AppRoutes />,
      '/my/organisations/8/funder/calls/61/edit',
    );
    const pool = await screen.findByLabelText('资金池（元）');
    expect(pool).toHaveValue('500000.00');
    expect(screen.getByLabelText('第 2 期比例（%）')).toHaveValue('40');
    expect(screen.getByLabelText('申请截止')).toHaveValue('2026-12-31T18:00');
    expect(screen.getByLabelText('包含“项目活动”')).not.toBeChecked();
    await fill(user, pool, '600000');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(location().pathname).toBe('/my/organisations/8/funder/calls/61'));
    const [sent] = seen.of('PUT', '/api/organisations/8/calls/61');
    expect(sent?.body).toMatchObject({
      poolFen: 60_000_000,
      version: 4,
      sections: [
        { code: 'need', required: true, guidance: '说明服务对象的需求。', maxChars: 3000 },
        { code: 'budget', required: true, guidance: '', maxChars: 5000 },
      ],
      criteria: [
        { name: '需求分析', description: '需求是否清楚', weight: 60 },
        { name: '可行性', description: '', weight: 40 },
      ],
    });
  });
});
