import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import {
  awardDetail,
  reportDetail,
  secondMember,
  tranche,
} from '@/features/funder/testing/fixtures';
import { funderHandlers, remember, seen, signedInFunder } from '@/features/funder/testing/handlers';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-9-contract.md says (funder organisation 8, award 81).
beforeEach(() => {
  seen.reset();
  server.use(signedInFunder(), ...funderHandlers);
});

const AWARD = '/my/organisations/8/funder/awards/81';

async function fill(
  user: ReturnType<typeof renderWithRouter>['user'],
  field: HTMLElement,
  text: string,
) {
  await user.clear(field);
  await user.type(field, text);
}

const acceptedAward = (tranche1: ReturnType<typeof tranche>) => ({
  ...awardDetail,
  status: 'accepted',
  acceptedAt: '2027-01-08T10:00:00+08:00',
  tranches: [tranche1, tranche(92, 2, 4_800_000, 'pending'), tranche(93, 3, 3_600_000, 'pending')],
});

describe('the award page', () => {
  it('shows the tranches and records a payment once, whatever the retries', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(acceptedAward(tranche(91, 1, 3_600_000, 'payable'))),
      ),
      http.post('*/api/organisations/8/tranches/91/payments', async ({ request }) => {
        await remember(request);
        calls += 1;
        // the first try's answer is lost on the way back
        if (calls === 1) return HttpResponse.error();
        return HttpResponse.json(
          {
            id: 301,
            amountFen: 3_600_000,
            externalReference: 'BOC-2027-0001',
            paidOn: '2027-01-10',
            status: 'recorded',
            recordedAt: '2027-01-10T10:00:00+08:00',
            decidedAt: null,
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    expect(await screen.findByTestId('award-status')).toHaveTextContent('已接受');
    const first = screen.getByRole('heading', { name: /第 1 期/ }).closest('li')!;
    expect(first).toHaveTextContent('¥36,000.00，已拨付 ¥0.00 · 机构接受后可拨付');
    const second = screen.getByRole('heading', { name: /第 2 期/ }).closest('li')!;
    expect(second).toHaveTextContent('待报告批准');
    expect(within(second).queryByRole('button', { name: /登记付款/ })).not.toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: '登记付款：第 1 期' }));
    const form = screen.getByRole('form', { name: '登记付款：第 1 期' });
    expect(within(form).getByLabelText('付款金额（元）')).toHaveValue('36000.00');
    await user.type(within(form).getByLabelText('银行流水号或凭证号'), 'BOC-2027-0001');
    await user.clear(within(form).getByLabelText('付款日期'));
    await user.type(within(form).getByLabelText('付款日期'), '2027-01-10');
    await user.click(within(form).getByRole('button', { name: '登记付款' }));
    expect(await within(form).findByRole('alert')).toBeVisible();
    await user.click(within(form).getByRole('button', { name: '登记付款' }));
    await waitFor(() => expect(seen.of('POST', '/tranches/91/payments')).toHaveLength(2));
    const [one, two] = seen.of('POST', '/tranches/91/payments');
    expect(one?.body).toEqual({
      amountFen: 3_600_000,
      externalReference: 'BOC-2027-0001',
      paidOn: '2027-01-10',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown as string,
    });
    // the retry carries the key made when the form opened
    expect((two?.body as { idempotencyKey: string }).idempotencyKey).toBe(
      (one?.body as { idempotencyKey: string }).idempotencyKey,
    );
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: '登记付款：第 1 期' })).not.toBeInTheDocument(),
    );
  });

  it('makes a new key for each new payment form', async () => {
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(acceptedAward(tranche(91, 1, 3_600_000, 'payable'))),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    await user.click(await screen.findByRole('button', { name: '登记付款：第 1 期' }));
    const key = screen
      .getByRole('form', { name: '登记付款：第 1 期' })
      .getAttribute('data-idempotency-key');
    await user.click(screen.getByRole('button', { name: '取消' }));
    await user.click(screen.getByRole('button', { name: '登记付款：第 1 期' }));
    const again = screen
      .getByRole('form', { name: '登记付款：第 1 期' })
      .getAttribute('data-idempotency-key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(again).not.toBe(key);
  });

  it('after a 409 on the idempotency key, says why and offers to record it as a new payment', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(acceptedAward(tranche(91, 1, 3_600_000, 'payable'))),
      ),
      http.post('*/api/organisations/8/tranches/91/payments', async ({ request }) => {
        await remember(request);
        calls += 1;
        if (calls === 1) {
          return problem(409, '冲突', '该幂等键已用于另一笔付款', {
            errors: [{ field: 'idempotencyKey', message: '该幂等键已用于内容不同的付款' }],
          });
        }
        return HttpResponse.json(
          { id: 302, amountFen: 1_000_000, status: 'recorded', externalReference: 'X-2' },
          { status: 201 },
        );
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    await user.click(await screen.findByRole('button', { name: '登记付款：第 1 期' }));
    const form = screen.getByRole('form', { name: '登记付款：第 1 期' });
    const firstKey = form.getAttribute('data-idempotency-key');
    await fill(user, within(form).getByLabelText('付款金额（元）'), '10000');
    await user.type(within(form).getByLabelText('银行流水号或凭证号'), 'X-2');
    await user.click(within(form).getByRole('button', { name: '登记付款' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      '这张表单之前的一次提交已用不同的内容登记了付款',
    );
    await user.click(within(form).getByRole('button', { name: '作为新的付款登记' }));
    const secondKey = form.getAttribute('data-idempotency-key');
    expect(secondKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(secondKey).not.toBe(firstKey);
    await user.click(within(form).getByRole('button', { name: '登记付款' }));
    await waitFor(() => expect(seen.of('POST', '/tranches/91/payments')).toHaveLength(2));
    const [one, two] = seen.of('POST', '/tranches/91/payments');
    expect((one?.body as { idempotencyKey: string }).idempotencyKey).toBe(firstKey);
    expect((two?.body as { idempotencyKey: string }).idempotencyKey).toBe(secondKey);
    expect(two?.body).toMatchObject({ amountFen: 1_000_000, externalReference: 'X-2' });
  });

  it("puts the server's refusal of an amount above the unpaid rest at the amount", async () => {
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(acceptedAward(tranche(91, 1, 3_600_000, 'payable'))),
      ),
      http.post('*/api/organisations/8/tranches/91/payments', () =>
        problem(400, '输入有误', '请检查', {
          errors: [{ field: 'amountFen', message: '付款金额超过本期未拨付金额' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    await user.click(await screen.findByRole('button', { name: '登记付款：第 1 期' }));
    await user.type(screen.getByLabelText('银行流水号或凭证号'), 'X-1');
    await user.click(screen.getByRole('button', { name: '登记付款' }));
    await waitFor(() =>
      expect(screen.getByLabelText('付款金额（元）')).toHaveAccessibleDescription(
        /付款金额超过本期未拨付金额/,
      ),
    );
  });

  it('lets another member approve a recorded payment; the recorder is told to wait', async () => {
    const recorded = {
      id: 301,
      amountFen: 3_600_000,
      externalReference: 'BOC-2027-0001',
      paidOn: '2027-01-10',
      status: 'recorded',
      recordedAt: '2027-01-10T10:00:00+08:00',
      decidedAt: null,
    };
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(
          acceptedAward(tranche(91, 1, 3_600_000, 'payable', { payments: [recorded] })),
        ),
      ),
      http.post('*/api/organisations/8/payments/301/approve', async ({ request }) => {
        await remember(request);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    const payments = await screen.findByRole('list', { name: '第 1 期的付款' });
    expect(payments).toHaveTextContent('第 1 期 ¥36,000.00 · 待批准 · 凭证号 BOC-2027-0001');
    // an open payment: no second one is recorded beside it
    expect(screen.queryByRole('button', { name: '登记付款：第 1 期' })).not.toBeInTheDocument();
    await user.click(within(payments).getByRole('button', { name: '批准付款 第 1 期 ¥36,000.00' }));
    await waitFor(() => expect(seen.of('POST', '/payments/301/approve')).toHaveLength(1));
  });

  it('hides approval from the member who recorded the payment', async () => {
    server.use(
      http.get('*/api/organisations/8/awards/81', () =>
        HttpResponse.json(
          acceptedAward(
            tranche(91, 1, 3_600_000, 'payable', {
              payments: [
                {
                  id: 301,
                  amountFen: 3_600_000,
                  externalReference: 'BOC-2027-0001',
                  paidOn: '2027-01-10',
                  status: 'recorded',
                  recordedByAccountId: 11,
                },
              ],
            }),
          ),
        ),
      ),
    );
    renderWithRouter(<AppRoutes />, AWARD);
    expect(await screen.findByTestId('four-eyes')).toHaveTextContent(
      '此笔付款由您登记，须由机构的另一位成员批准',
    );
    expect(screen.queryByRole('button', { name: /^批准付款/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '驳回付款 第 1 期 ¥36,000.00' })).toBeVisible();
  });

  it('approves a proposed award from its page', async () => {
    server.use(signedInFunder(secondMember));
    const { user } = renderWithRouter(<AppRoutes />, AWARD);
    await user.click(
      await screen.findByRole('button', { name: '批准资助 镇雄县阳光社工服务中心 ¥120,000.00' }),
    );
    await waitFor(() =>
      expect(seen.of('POST', '/awards/81/approve')[0]?.body).toEqual({ version: 1 }),
    );
    // a proposed award is not paid
    expect(screen.queryByRole('button', { name: /登记付款/ })).not.toBeInTheDocument();
  });
});

describe('reports', () => {
  it('lists submitted reports, then overdue ones', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/reports');
    const list = await screen.findByRole('list', { name: '项目报告' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      '镇雄县阳光社工服务中心 进度报告 1 已提交',
    );
    expect(within(list).getByRole('listitem')).toHaveTextContent('通过后可拨付第 2 期');
    expect(within(list).getByRole('listitem')).toHaveAttribute('data-tranche-seq', '2');
    await user.selectOptions(screen.getByLabelText('显示'), 'overdue');
    await waitFor(() => expect(seen.params.at(-1)?.params.get('status')).toBe('overdue'));
    expect(await screen.findByText('已逾期', { selector: '.badge' })).toBeVisible();
  });

  it('shows budget against actual and approves', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/reports/111');
    const table = await screen.findByTestId('budget-actual');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('activities¥20,000.00¥25,000.00+25.0 %冬季增加了活动。');
    expect(rows[1]).toHaveTextContent('management¥5,000.00¥4,800.00−4.0 %');
    expect(screen.getByText('开展了 40 次陪伴活动。')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: '通过报告 镇雄县阳光社工服务中心 进度报告 1' }),
    );
    await waitFor(() => expect(seen.of('POST', '/funded-reports/111/approve')).toHaveLength(1));
  });

  it('returns a report only with comments', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/reports/111');
    await user.click(
      await screen.findByRole('button', { name: '退回报告 镇雄县阳光社工服务中心 进度报告 1' }),
    );
    const submit = screen.getByRole('button', {
      name: '退回报告 镇雄县阳光社工服务中心 进度报告 1',
    });
    await user.click(submit);
    expect(await screen.findByText('请填写原因。')).toBeVisible();
    await user.type(screen.getByLabelText('退回意见（将告知机构）'), '请补充活动照片。');
    await user.click(submit);
    await waitFor(() =>
      expect(seen.of('POST', '/funded-reports/111/return')[0]?.body).toEqual({
        comment: '请补充活动照片。',
      }),
    );
  });

  it('offers no decision on an approved report', async () => {
    server.use(
      http.get('*/api/organisations/8/funded-reports/111', () =>
        HttpResponse.json({ ...reportDetail, status: 'approved' }),
      ),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/reports/111');
    expect(await screen.findByTestId('report-status')).toHaveTextContent('已通过');
    expect(screen.queryByRole('button', { name: /通过报告/ })).not.toBeInTheDocument();
  });
});

describe('matching', () => {
  const match = {
    id: 41,
    callId: 70,
    callTitle: '大理州儿童关爱计划',
    callFunderName: '大理州民政局',
    organisationId: 8,
    organisationName: '云南省慈善基金会',
    remainingFen: 5_000_000,
    capFen: 5_000_000,
    committedFen: 0,
    status: 'proposed',
    statusReason: null,
  };

  it('pledges to match another funder’s call up to a cap in fen', async () => {
    server.use(
      http.get('*/api/organisations/8/matches', () => HttpResponse.json([])),
      http.get('*/api/calls', ({ request }) => {
        seen.params.push({ path: '/api/calls', params: new URL(request.url).searchParams });
        return HttpResponse.json({
          items: [
            {
              id: 61,
              title: '昭通市留守儿童关爱资助计划',
              organisationId: 8,
              organisationName: '云南省慈善基金会',
              state: 'open',
            },
            {
              id: 70,
              title: '大理州儿童关爱计划',
              organisationId: 9,
              organisationName: '大理州民政局',
              state: 'open',
            },
          ],
          total: 2,
          page: 0,
          size: 20,
          facets: {},
        });
      }),
      http.post('*/api/organisations/8/matches', async ({ request }) => {
        await remember(request);
        return HttpResponse.json(match, { status: 201 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/matches');
    await user.click(await screen.findByRole('button', { name: '新建配捐承诺' }));
    await user.type(screen.getByLabelText('搜索资助计划'), '儿童');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    // the funder's own call is not offered
    await user.click(await screen.findByLabelText('大理州儿童关爱计划 · 大理州民政局'));
    expect(screen.queryByLabelText(/昭通市留守儿童关爱资助计划/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('配捐上限（元）'), '50000');
    await user.click(screen.getByRole('button', { name: '提交配捐承诺' }));
    await waitFor(() =>
      expect(seen.of('POST', '/organisations/8/matches')[0]?.body).toEqual({
        callId: 70,
        capFen: 5_000_000,
      }),
    );
    expect(seen.params.find((item) => item.path === '/api/calls')?.params.get('q')).toBe('儿童');
  });

  it('lets another member approve a pledge, not its proposer', async () => {
    server.use(
      http.get('*/api/organisations/8/matches', () =>
        HttpResponse.json([
          { ...match, proposedByAccountId: 11 },
          { ...match, id: 42, callTitle: '怒江州助学计划', proposedByAccountId: 12 },
        ]),
      ),
      http.post('*/api/organisations/8/matches/42/approve', async ({ request }) => {
        await remember(request);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/8/funder/matches');
    const list = await screen.findByRole('list', { name: '配捐' });
    const [own, other] = within(list).getAllByRole('listitem');
    expect(within(own!).getByTestId('four-eyes')).toBeVisible();
    expect(own).toHaveTextContent('大理州民政局 · 已承诺 ¥0.00');
    expect(within(own!).queryByRole('button', { name: /^批准配捐/ })).not.toBeInTheDocument();
    await user.click(
      within(other!).getByRole('button', { name: '批准配捐 配捐 怒江州助学计划，上限 ¥50,000.00' }),
    );
    await waitFor(() => expect(seen.of('POST', '/matches/42/approve')).toHaveLength(1));
  });
});
