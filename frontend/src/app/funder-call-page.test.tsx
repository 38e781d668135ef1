import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { awardDetail, callDetail, secondMember } from '@/features/funder/testing/fixtures';
import { funderHandlers, seen, signedInFunder } from '@/features/funder/testing/handlers';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-9-contract.md says (funder organisation 8, call 61).
beforeEach(() => {
  seen.reset();
  server.use(signedInFunder(), ...funderHandlers);
});

const CALL = '/my/organisations/8/funder/calls/61';

describe('the call page', () => {
  it('shows the pool, the window in Beijing time, and closes the call', async () => {
    const { user } = renderWithRouter(<AppRoutes />, CALL);
    expect(await screen.findByRole('heading', { level: 1, name: callDetail.title })).toBeVisible();
    expect(screen.getByTestId('call-status')).toHaveTextContent('已发布');
    expect(screen.getByTestId('call-pool')).toHaveTextContent('¥500,000.00');
    expect(
      screen.getByText('2026-12-01 09:00 – 2026-12-31 18:00 · 项目概要截止 2026-12-15 18:00'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: '发布资助计划' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '截止申请' }));
    await waitFor(() => expect(seen.of('POST', '/calls/61/close')).toHaveLength(1));
  });

  it('publishes a draft, and cancels only with a reason', async () => {
    server.use(
      http.get('*/api/organisations/8/calls/61', () =>
        HttpResponse.json({ ...callDetail, status: 'draft' }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, CALL);
    await user.click(await screen.findByRole('button', { name: '发布资助计划' }));
    await waitFor(() => expect(seen.of('POST', '/calls/61/publish')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: '取消资助计划' }));
    const form = screen.getByLabelText('取消原因（将告知申请机构）').closest('form')!;
    await user.click(within(form).getByRole('button', { name: '取消资助计划' }));
    expect(await screen.findByText('请填写原因。')).toBeVisible();
    expect(seen.of('POST', '/calls/61/cancel')).toHaveLength(0);
    await user.type(screen.getByLabelText('取消原因（将告知申请机构）'), '预算调整');
    await user.click(within(form).getByRole('button', { name: '取消资助计划' }));
    await waitFor(() =>
      expect(seen.of('POST', '/calls/61/cancel')[0]?.body).toEqual({ reason: '预算调整' }),
    );
  });

  it('shows why publishing was refused', async () => {
    server.use(
      http.get('*/api/organisations/8/calls/61', () =>
        HttpResponse.json({ ...callDetail, status: 'draft' }),
      ),
      http.post('*/api/organisations/8/calls/61/publish', () =>
        problem(400, '输入有误', '发布前至少需要一项评审标准', {
          errors: [{ field: 'criteria', message: '发布前至少需要一项评审标准' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, CALL);
    await user.click(await screen.findByRole('button', { name: '发布资助计划' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('发布前至少需要一项评审标准');
  });
});

describe('applications', () => {
  it('shortlists a concept note and rejects one only with a reason', async () => {
    const { user } = renderWithRouter(<AppRoutes />, CALL);
    const list = await screen.findByRole('list', { name: '申请' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const concept = within(list).getAllByRole('listitem')[0]!;
    expect(concept).toHaveTextContent('镇雄县阳光社工服务中心 · 申请 ¥120,000.00');
    // a full proposal is not shortlisted again
    expect(screen.queryByRole('button', { name: '确定入围 彝良儿童之家' })).not.toBeInTheDocument();
    await user.click(
      within(concept).getByRole('button', { name: '确定入围 镇雄留守儿童陪伴计划' }),
    );
    await waitFor(() => expect(seen.of('POST', '/applications/71/shortlist')).toHaveLength(1));
    await user.click(
      within(concept).getByRole('button', { name: '不予入围 镇雄留守儿童陪伴计划' }),
    );
    await user.type(
      screen.getByLabelText('“镇雄留守儿童陪伴计划”不予入围的原因（将告知申请机构）'),
      '不在资助地区',
    );
    const form = screen.getByRole('textbox', { name: /不予入围的原因/ }).closest('form')!;
    await user.click(within(form).getByRole('button', { name: '不予入围 镇雄留守儿童陪伴计划' }));
    await waitFor(() =>
      expect(seen.of('POST', '/applications/71/reject')[0]?.body).toEqual({
        reason: '不在资助地区',
      }),
    );
  });

  it('filters by stage and opens an application', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, CALL);
    await user.selectOptions(await screen.findByLabelText('阶段'), 'full');
    await waitFor(() => expect(seen.params.at(-1)?.params.get('stage')).toBe('full'));
    await user.selectOptions(screen.getByLabelText('阶段'), '');
    await user.click(await screen.findByRole('link', { name: '镇雄留守儿童陪伴计划' }));
    await waitFor(() => expect(location().pathname).toBe(`${CALL}/applications/71`));
    expect(await screen.findByText('全县留守儿童约一万人。')).toBeVisible();
    expect(screen.getByText('¥108,000.00')).toBeVisible();
  });
});

describe('reviewers', () => {
  it('shows declarations, flags a conflict and replaces the reviewers', async () => {
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=reviewers`);
    const list = await screen.findByRole('list', { name: '评审分配' });
    const flagged = within(list)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('data-application-id') === '71')!;
    expect(within(flagged).getByTestId('needs-reassignment')).toHaveTextContent(
      '有评审人声明了利益冲突',
    );
    expect(flagged).toHaveTextContent('评审丙 · 有利益冲突');
    await user.click(
      within(flagged).getByRole('button', { name: '分配评审人：镇雄留守儿童陪伴计划' }),
    );
    await user.type(within(flagged).getByLabelText('搜索评审人（姓名）'), '评审');
    await user.click(within(flagged).getByRole('button', { name: '搜索' }));
    await user.click(await within(flagged).findByLabelText('评审丁 (评审专家)'));
    await user.click(
      within(flagged).getByRole('button', { name: '保存“镇雄留守儿童陪伴计划”的评审人' }),
    );
    await waitFor(() =>
      expect(seen.of('PUT', '/applications/71/reviewers')[0]?.body).toEqual({ accountIds: [34] }),
    );
  });

  it("shows the server's refusal of a reviewer from the applicant", async () => {
    server.use(
      http.put('*/api/organisations/8/calls/61/applications/72/reviewers', () =>
        problem(400, '输入有误', '请检查', {
          errors: [{ field: 'accountIds', message: '评审人不能是申请机构的成员' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=reviewers`);
    await user.click(await screen.findByRole('button', { name: '分配评审人：彝良儿童之家' }));
    await user.click(screen.getByRole('button', { name: '保存“彝良儿童之家”的评审人' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('评审人不能是申请机构的成员');
  });
});

describe('ranking', () => {
  it('ranks by weighted score with spread and flags, and shows each review', async () => {
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=ranking`);
    const table = await screen.findByTestId('ranking');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('1彝良儿童之家 · 彝良县社工站¥90,000.008.201.502/2 已评');
    expect(rows[1]).toHaveTextContent('需重新分配');
    expect(rows[1]).toHaveTextContent('——0/1 已评');
    await user.click(screen.getByRole('button', { name: '查看评审：彝良儿童之家' }));
    const reviews = await screen.findByRole('list', { name: '“彝良儿童之家”的评审' });
    expect(reviews).toHaveTextContent('评审甲');
    expect(reviews).toHaveTextContent('需求分析: 9 — 需求清楚');
    expect(reviews).toHaveTextContent('方案扎实。');
  });
});

describe('awards', () => {
  it('proposes an award in fen', async () => {
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    await user.click(await screen.findByRole('button', { name: '提议资助' }));
    const form = await screen.findByRole('form', { name: '提议资助' });
    expect(form).toHaveTextContent('单项最高资助 ¥150,000.00 和资金池剩余 ¥380,000.00');
    await user.selectOptions(within(form).getByLabelText('申请'), '72');
    await user.type(within(form).getByLabelText('资助金额（元）'), '120000');
    await user.type(within(form).getByLabelText('资助条件'), '每季度提交报告。');
    await user.click(within(form).getByRole('button', { name: '提交提议' }));
    await waitFor(() =>
      expect(seen.of('POST', '/calls/61/awards')[0]?.body).toEqual({
        applicationId: 72,
        amountFen: 12_000_000,
        conditions: '每季度提交报告。',
      }),
    );
    // the proposer is told at once that another member approves it
    expect(await screen.findByTestId('four-eyes')).toHaveTextContent(
      '此资助由您提议，须由机构的另一位成员批准',
    );
    expect(screen.queryByRole('button', { name: /^批准资助/ })).not.toBeInTheDocument();
  });

  it("puts the server's amount error at the amount", async () => {
    server.use(
      http.post('*/api/organisations/8/calls/61/awards', () =>
        problem(400, '输入有误', '请检查', {
          errors: [{ field: 'amountFen', message: '资助金额不能超过资金池剩余' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    await user.click(await screen.findByRole('button', { name: '提议资助' }));
    const form = await screen.findByRole('form', { name: '提议资助' });
    await user.selectOptions(within(form).getByLabelText('申请'), '72');
    await user.type(within(form).getByLabelText('资助金额（元）'), '500000');
    await user.click(within(form).getByRole('button', { name: '提交提议' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('资助金额（元）')).toHaveAccessibleDescription(
        /资助金额不能超过资金池剩余/,
      ),
    );
  });

  it('tells the member who proposed an award that another must approve it', async () => {
    server.use(
      http.get('*/api/organisations/8/calls/61/awards', () =>
        HttpResponse.json([{ ...awardDetail, proposedByAccountId: 11 }]),
      ),
    );
    renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    expect(await screen.findByTestId('four-eyes')).toHaveTextContent(
      '此资助由您提议，须由机构的另一位成员批准',
    );
    expect(screen.queryByRole('button', { name: /^批准资助/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '否决资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    ).toBeVisible();
  });

  it('lets another member approve with the version', async () => {
    server.use(
      signedInFunder(secondMember),
      http.get('*/api/organisations/8/calls/61/awards', () =>
        HttpResponse.json([{ ...awardDetail, proposedByAccountId: 11 }]),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    await user.click(
      await screen.findByRole('button', { name: '批准资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    );
    await waitFor(() =>
      expect(seen.of('POST', '/awards/81/approve')[0]?.body).toEqual({ version: 1 }),
    );
    expect(screen.queryByTestId('four-eyes')).not.toBeInTheDocument();
  });

  it("shows the four-eyes rule when the server refuses the proposer's approval", async () => {
    server.use(
      http.post('*/api/organisations/8/awards/81/approve', () =>
        HttpResponse.json(
          {
            type: 'https://qianshou.org/problems/four-eyes',
            title: '提议人不能批准自己的提议',
            status: 403,
            detail: '提议人不能批准自己的提议',
            rule: 'four-eyes',
          },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    await user.click(
      await screen.findByRole('button', { name: '批准资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    );
    expect(await screen.findByTestId('four-eyes')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^批准资助/ })).not.toBeInTheDocument();
  });

  it('declines only with a reason', async () => {
    const { user } = renderWithRouter(<AppRoutes />, `${CALL}?tab=awards`);
    await user.click(
      await screen.findByRole('button', { name: '否决资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    );
    await user.type(screen.getByLabelText('否决原因'), '预算不合理');
    await user.click(
      screen.getByRole('button', { name: '否决资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    );
    await waitFor(() =>
      expect(seen.of('POST', '/awards/81/decline')[0]?.body).toEqual({ reason: '预算不合理' }),
    );
  });
});

describe('pool and ledger', () => {
  it('shows committed, paid and remaining, the matches and the ledger', async () => {
    renderWithRouter(<AppRoutes />, `${CALL}?tab=pool`);
    expect(await screen.findByTestId('pool-committed')).toHaveTextContent('¥120,000.00');
    expect(screen.getByTestId('pool-paid')).toHaveTextContent('¥36,000.00');
    expect(screen.getByTestId('pool-remaining')).toHaveTextContent('¥380,000.00');
    expect(screen.getByText(/昆明爱心企业：已承诺 ¥10,000.00，上限 ¥50,000.00/)).toBeVisible();
    const ledger = await screen.findByTestId('ledger');
    const rows = within(ledger).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2027-01-06 10:00承诺¥120,000.00');
    expect(rows[1]).toHaveTextContent('付款¥36,000.00镇雄县阳光社工服务中心#81 第 1 期');
  });
});
