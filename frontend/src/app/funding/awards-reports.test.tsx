import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { reportDetail } from '@/features/funding/testing/fixtures';
import { funding, fundingHandlers, signedInAgency } from '@/features/funding/testing/handlers';

beforeEach(() => {
  funding.reset();
  server.use(...fundingHandlers, signedInAgency());
});

describe('the agency’s funding overview', () => {
  it('lists applications, awards and reports with links to each', async () => {
    renderWithRouter(<AppRoutes />, '/my/organisations/5/funding');
    expect(
      await screen.findByRole('heading', { level: 1, name: '资助申报与项目资金' }),
    ).toBeInTheDocument();
    const applications = await screen.findByRole('list', { name: '我的申报' });
    expect(within(applications).getByRole('link', { name: '镇雄县留守儿童关爱' })).toHaveAttribute(
      'href',
      '/my/organisations/5/funding/applications/301',
    );
    expect(within(applications).getByText('申请 ¥100,000.00')).toBeInTheDocument();
    const awards = await screen.findByRole('list', { name: '获得的资助' });
    expect(
      within(awards).getByRole('link', { name: '昭通市留守儿童关爱服务 2027 · ¥120,000.00' }),
    ).toHaveAttribute('href', '/my/organisations/5/funding/awards/501');
    const reports = await screen.findByRole('list', { name: '报告' });
    expect(
      within(reports).getByRole('link', { name: '进度报告 1 · 镇雄县留守儿童监护走访' }),
    ).toHaveAttribute('href', '/my/organisations/5/funding/reports/701');
    expect(within(reports).getByText('2027-04-15 前提交')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查找资助项目' })).toHaveAttribute('href', '/calls');
  });
});

describe('award', () => {
  it('shows conditions and tranches, and accepts only once the conditions are confirmed', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/funding/awards/501');
    expect(await screen.findByTestId('award-amount')).toHaveTextContent('¥120,000.00');
    expect(screen.getByText('每季度提交进度报告；资助资金专款专用。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '第 1 批 · ¥36,000.00' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '第 2 批 · ¥48,000.00' })).toBeInTheDocument();
    expect(screen.getByText('2027-04-15 前提交的报告通过后拨付')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '接受资助' }));
    expect(screen.getByLabelText('我已阅读并接受上述资助条件')).toHaveAccessibleDescription(
      '请先确认接受资助条件。',
    );
    expect(funding.bodies).toHaveLength(0);

    await user.click(screen.getByLabelText('我已阅读并接受上述资助条件'));
    await user.click(screen.getByRole('button', { name: '接受资助' }));
    await waitFor(() => expect(screen.getByTestId('award-status')).toHaveTextContent('已接受'));
    expect(funding.bodies.at(-1)).toMatchObject({
      path: '/api/organisations/5/awards/501/accept',
      body: { version: 2, acceptConditions: true },
    });
    const first = screen
      .getByRole('heading', { name: '第 1 批 · ¥36,000.00' })
      .closest('li') as HTMLElement;
    expect(within(first).getByText('可拨付')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '接受资助' })).not.toBeInTheDocument();
  });

  it('refuses only with a reason', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/funding/awards/501');
    await user.click(await screen.findByRole('button', { name: '拒绝资助' }));
    expect(screen.getByRole('textbox', { name: '拒绝原因' })).toHaveAccessibleDescription(
      '请填写原因。',
    );
    expect(funding.bodies).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: '拒绝原因' }), '项目已由其他资金覆盖');
    await user.click(screen.getByRole('button', { name: '拒绝资助' }));
    await waitFor(() => expect(screen.getByTestId('award-status')).toHaveTextContent('已拒绝'));
    expect(funding.bodies.at(-1)).toMatchObject({ body: { reason: '项目已由其他资金覆盖' } });
  });
});

describe('report', () => {
  it('asks for an explanation where actual and budget differ by more than 10 %, then submits', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/funding/reports/701');
    expect(
      await screen.findByRole('heading', { level: 1, name: '进度报告 1' }),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '进展叙述' }), '走访 60 户');
    const value = screen.getByRole('textbox', { name: '走访家庭 实际值' });
    expect(value).toHaveAccessibleDescription('目标 200 户');
    await user.type(value, '60');
    // personnel: budget 90,000, actual 85,000 (within 10 %); activities: 20,000 → 25,000 (25 %)
    await user.type(screen.getByRole('textbox', { name: '人员费用 实际支出（元）' }), '85000');
    await user.type(screen.getByRole('textbox', { name: '活动费用 实际支出（元）' }), '25000');
    const explanation = screen.getByRole('textbox', { name: '活动费用 差异说明' });
    expect(explanation).toHaveAccessibleDescription('实际支出与预算相差超过 10%，请说明原因。');
    expect(
      screen.getByRole('textbox', { name: '人员费用 差异说明' }),
    ).not.toHaveAccessibleDescription();

    await user.click(screen.getByRole('button', { name: '提交报告' }));
    await waitFor(() =>
      expect(explanation).toHaveAccessibleDescription(/实际支出与预算相差超过 10%，须填写说明。/),
    );
    expect(explanation).toHaveFocus();
    expect(funding.bodies).toHaveLength(0);

    await user.type(explanation, '增加了暑期活动');
    await user.click(screen.getByRole('button', { name: '提交报告' }));
    await waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('已提交'));
    expect(funding.bodies[0]).toMatchObject({
      method: 'PUT',
      body: {
        narrative: '走访 60 户',
        indicators: [{ indicatorId: 901, value: 60 }],
        budget: [
          { category: 'personnel', actualFen: 8_500_000, explanation: '' },
          { category: 'activities', actualFen: 2_500_000, explanation: '增加了暑期活动' },
        ],
        version: 1,
      },
    });
    expect(funding.bodies[1]).toMatchObject({ method: 'POST', body: { version: 2 } });
  });

  it('puts the server’s budget error at its category and shows a returned report’s comment', async () => {
    server.use(
      http.get('*/api/organisations/5/reports/701', () =>
        HttpResponse.json({ ...reportDetail, status: 'returned', returnComment: '请补充活动照片' }),
      ),
      http.post('*/api/organisations/5/reports/701/submit', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: '输入有误',
            status: 400,
            detail: '请检查标记的字段',
            errors: [{ field: 'budget[activities].explanation', message: '差异超过 10%，请说明' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/funding/reports/701');
    expect(await screen.findByTestId('return-comment')).toHaveTextContent('请补充活动照片');
    await user.click(screen.getByRole('button', { name: '提交报告' }));
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: '活动费用 差异说明' }),
      ).toHaveAccessibleDescription('差异超过 10%，请说明'),
    );
  });
});
