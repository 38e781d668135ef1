import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { organisationDetail } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';
import { http, HttpResponse } from 'msw';

import { funding, fundingHandlers, signedInAgency } from '@/features/funding/testing/handlers';
import { callDisclosure } from '@/features/funding/testing/fixtures';

beforeEach(() => {
  funding.reset();
  server.use(...fundingHandlers);
});

describe('disclosure (资金公示)', () => {
  it('lists the public calls, each to its disclosure, where the money headline numbers lead', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/disclosure');
    expect(await screen.findByRole('heading', { level: 1, name: '资金公示' })).toBeInTheDocument();
    expect(screen.getByText(/每个项目的资金公示页列出它批准的每一笔资助/)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: '公开的资助项目（1 个）' }),
    ).toBeVisible();
    // every public call (published or closed), whatever its state, on the API's first page
    const [params] = funding.searches;
    expect(params?.get('page')).toBe('0');
    expect(params?.get('q')).toBeNull();
    expect(params?.get('closingSoon')).toBeNull();
    expect(screen.getByRole('link', { name: '下载全部已批准拨款（CSV）' })).toHaveAttribute(
      'href',
      '/api/disclosure/payments.csv',
    );
    const call = screen.getByRole('link', { name: '昭通市留守儿童关爱服务 2027 的资金公示' });
    expect(call.closest('li')).toHaveTextContent(
      '云南省儿童福利基金会 · 申报中 · 资金池 ¥500,000.00',
    );
    await user.click(call);
    expect(location().pathname).toBe('/disclosure/calls/71');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '资金公示 · 昭通市留守儿童关爱服务 2027',
      }),
    ).toBeInTheDocument();
  });

  it('shows a call’s pool, awards and payments to a visitor, with the CSV link', async () => {
    renderWithRouter(<AppRoutes />, '/disclosure/calls/71');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '资金公示 · 昭通市留守儿童关爱服务 2027',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('committed')).toHaveTextContent('¥120,000.00');
    expect(screen.getByTestId('paid')).toHaveTextContent('¥84,000.00');
    const awards = screen.getByRole('region', { name: '资助' });
    const row = within(awards).getByRole('row', { name: /镇雄县阳光社工服务中心/ });
    expect(within(row).getByRole('link', { name: '镇雄县留守儿童监护走访' })).toHaveAttribute(
      'href',
      '/disclosure/projects/42',
    );
    expect(within(row).getByText('¥120,000.00')).toBeInTheDocument();
    const payments = screen.getByRole('region', { name: '拨款' });
    expect(within(payments).getAllByRole('row')).toHaveLength(3);
    expect(within(payments).getByText('¥36,000.00')).toBeInTheDocument();
    expect(within(payments).getByText('¥48,000.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
      'href',
      '/api/disclosure/calls/71.csv',
    );
  });

  it('pages a call’s awards and payments, asking the API for the next page', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/disclosure/calls/71', ({ request }) => {
        const url = new URL(request.url);
        asked.push(`${url.searchParams.get('page')}/${url.searchParams.get('size')}`);
        const page = Number(url.searchParams.get('page'));
        const payment = {
          paymentId: 100 + page,
          awardId: 501,
          organisationName: '镇雄县阳光社工服务中心',
          trancheSeq: 1,
          amountFen: page === 0 ? 3_600_000 : 1_200_000,
          paidOn: '2027-01-10',
        };
        return HttpResponse.json({
          ...callDisclosure,
          awards: {
            ...callDisclosure.awards,
            page,
            items: page === 0 ? callDisclosure.awards.items : [],
          },
          payments: { total: 21, page, size: 20, items: [payment] },
        });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/disclosure/calls/71');
    const payments = await screen.findByRole('region', { name: '拨款' });
    expect(within(payments).getByText('¥36,000.00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await within(payments).findByText('¥12,000.00')).toBeInTheDocument();
    expect(asked).toEqual(['0/20', '1/20']);
  });

  it('shows a project’s sources, tranches and budget against actual', async () => {
    renderWithRouter(<AppRoutes />, '/disclosure/projects/42');
    expect(
      await screen.findByRole('heading', { level: 1, name: '资金公示 · 镇雄县留守儿童监护走访' }),
    ).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: '资金来源' });
    expect(
      within(sources).getByRole('link', { name: '昭通市留守儿童关爱服务 2027' }),
    ).toHaveAttribute('href', '/disclosure/calls/71');
    const budget = screen.getByRole('region', { name: '预算与实际（最近通过的报告）' });
    const activities = within(budget).getByRole('row', { name: /活动费用/ });
    expect(within(activities).getByText('¥20,000.00')).toBeInTheDocument();
    expect(within(activities).getByText('¥25,000.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
      'href',
      '/api/disclosure/projects/42.csv',
    );
  });

  it('says so when there is nothing to disclose', async () => {
    renderWithRouter(<AppRoutes />, '/disclosure/calls/999');
    expect(await screen.findByRole('heading', { name: '找不到公示信息' })).toBeInTheDocument();
  });

  it('gives the project page a money section linking to the disclosure', async () => {
    renderWithRouter(<AppRoutes />, '/projects/42');
    const money = await screen.findByRole('region', { name: '资助与资金' });
    expect(within(money).getByText('合计资助 ¥120,000.00，已拨付 ¥84,000.00')).toBeInTheDocument();
    expect(within(money).getByRole('link', { name: '查看资金公示' })).toHaveAttribute(
      'href',
      '/disclosure/projects/42',
    );
  });

  it('links an agency’s workspace to its funding pages', async () => {
    server.use(
      signedInAgency(),
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({ ...organisationDetail, status: 'verified' }),
      ),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/invitations', () => HttpResponse.json([])),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/5');
    const section = await screen.findByRole('region', { name: '资助' });
    expect(within(section).getByRole('link', { name: '资助申报与项目资金' })).toHaveAttribute(
      'href',
      '/my/organisations/5/funding',
    );
  });

  it('gives a funder’s workspace no agency funding section', async () => {
    server.use(
      signedInAgency(),
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({
          ...organisationDetail,
          kind: 'funder',
          subtype: null,
          status: 'verified',
        }),
      ),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/invitations', () => HttpResponse.json([])),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/5');
    expect(await screen.findByRole('region', { name: '项目' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '资助' })).not.toBeInTheDocument();
  });
});
