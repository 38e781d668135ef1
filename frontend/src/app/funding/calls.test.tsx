import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { funding, fundingHandlers, signedInAgency } from '@/features/funding/testing/handlers';

beforeEach(() => {
  funding.reset();
  server.use(...fundingHandlers);
});

describe('call search', () => {
  it('shows each call with its highlighted title, money and closing time in Beijing time', async () => {
    renderWithRouter(<AppRoutes />, '/calls');
    expect(await screen.findByRole('heading', { level: 1, name: '资助申报' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: '资助项目' });
    const result = within(list).getAllByRole('listitem')[0]!;
    const link = within(result).getByRole('link', { name: /昭通市\s*留守儿童\s*关爱服务/ });
    expect(link).toHaveAttribute('href', '/calls/71');
    expect(link.querySelector('mark')).toHaveTextContent('留守儿童');
    expect(within(result).getByText('¥500,000.00')).toBeInTheDocument();
    expect(within(result).getByText('¥150,000.00')).toBeInTheDocument();
    expect(within(result).getByText('2026-12-31 17:00（北京时间）')).toBeInTheDocument();
    expect(within(result).getByText('政府购买服务 · 牵手计划')).toBeInTheDocument();
    expect(screen.getByTestId('result-count')).toHaveTextContent('共 1 个资助项目');
  });

  it('filters by 昭通市, 留守儿童, funding type and closing soon, keeping them in the URL', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/calls');
    await screen.findByRole('list', { name: '资助项目' });
    const prefecture = await screen.findByRole('combobox', { name: '州（市）' });
    await waitFor(() =>
      expect(within(prefecture).getByRole('option', { name: '昭通市 (1)' })).toBeInTheDocument(),
    );
    await user.selectOptions(prefecture, '5306');
    await user.click(
      within(screen.getByRole('group', { name: '服务对象' })).getByLabelText(/留守儿童/),
    );
    await user.click(
      within(screen.getByRole('group', { name: '资助类型' })).getByLabelText(/政府购买服务/),
    );
    await user.click(screen.getByLabelText('即将截止（14 天内）'));
    await waitFor(() =>
      expect(location().search).toBe(
        '?region=5306&targetGroup=left-behind-children&fundingType=government-purchase&soon=1',
      ),
    );
    await waitFor(() => {
      const last = funding.searches.at(-1)!;
      expect(last.get('region')).toBe('5306');
      expect(last.getAll('targetGroup')).toEqual(['left-behind-children']);
      expect(last.getAll('fundingType')).toEqual(['government-purchase']);
      expect(last.get('closingSoon')).toBe('true');
      expect(last.get('page')).toBe('0');
    });
  });

  it('restores the filters from a shared link and drops malformed ones', async () => {
    renderWithRouter(<AppRoutes />, '/calls?q=关爱&programme=twinning&region=9999&page=x');
    await screen.findByRole('list', { name: '资助项目' });
    expect(screen.getByRole('searchbox', { name: '关键词' })).toHaveValue('关爱');
    expect(
      await within(screen.getByRole('group', { name: '资助计划' })).findByLabelText(/牵手计划/),
    ).toBeChecked();
    await waitFor(() => {
      const last = funding.searches.at(-1)!;
      expect(last.get('q')).toBe('关爱');
      expect(last.get('region')).toBeNull();
      expect(last.get('page')).toBe('0');
    });
  });
});

describe('call page', () => {
  it('shows what an applicant needs: pool, maximum, eligibility, sections, tranches, rubric, Beijing dates', async () => {
    renderWithRouter(<AppRoutes />, '/calls/71');
    expect(
      await screen.findByRole('heading', { level: 1, name: '昭通市留守儿童关爱服务 2027' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('call-pool')).toHaveTextContent('¥500,000.00');
    expect(screen.getByText('¥380,000.00')).toBeInTheDocument();
    expect(screen.getByText('¥150,000.00')).toBeInTheDocument();
    expect(screen.getByText('10%')).toBeInTheDocument();
    expect(screen.getByTestId('call-closes-at')).toHaveTextContent('2026-12-31 17:00（北京时间）');
    expect(screen.getByText('2026-11-01 09:00（北京时间）')).toBeInTheDocument();
    expect(screen.getByText('云南省 › 昭通市 (在此注册或提供服务)')).toBeInTheDocument();
    expect(screen.getByText('说明服务地区留守儿童的处境与需求。')).toBeInTheDocument();
    const tranches = screen.getByRole('table');
    expect(within(tranches).getAllByRole('row')).toHaveLength(4);
    expect(within(tranches).getByText('接受资助后拨付')).toBeInTheDocument();
    expect(within(tranches).getByText('2027-04-15 前提交的报告通过后拨付')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '需求分析 · 40%' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看资金公示' })).toHaveAttribute(
      'href',
      '/disclosure/calls/71',
    );
    expect(
      screen.getByRole('link', { name: '登录后查看贵机构是否符合条件并开始申报' }),
    ).toHaveAttribute('href', '/login?next=%2Fcalls%2F71');
  });

  it('explains for each of the member’s organisations why it may or may not apply', async () => {
    server.use(signedInAgency());
    renderWithRouter(<AppRoutes />, '/calls/71');
    const dali = await screen.findByRole('region', { name: '大理苍山社工服务中心' });
    expect(
      await within(dali).findByText('大理苍山社工服务中心 不符合申报条件：'),
    ).toBeInTheDocument();
    const regionRule = within(dali)
      .getByText(/贵机构注册于 大理白族自治州/)
      .closest('li')!;
    expect(regionRule).toHaveAttribute('data-ok', 'false');
    expect(regionRule).toHaveTextContent('不符合：');
    const zhenxiong = screen.getByRole('region', { name: '镇雄县阳光社工服务中心' });
    expect(
      await within(zhenxiong).findByText('镇雄县阳光社工服务中心 符合申报条件。'),
    ).toBeInTheDocument();
  });

  it('starts an application, or opens the live one when the organisation has it (409)', async () => {
    server.use(signedInAgency());
    const { user, location } = renderWithRouter(<AppRoutes />, '/calls/71');
    await user.click(
      await screen.findByRole('button', { name: '以 镇雄县阳光社工服务中心 开始申报' }),
    );
    await waitFor(() =>
      expect(location().pathname).toBe('/my/organisations/5/funding/applications/301'),
    );
    expect(funding.bodies.at(-1)).toMatchObject({ method: 'POST', body: { callId: 71 } });
  });

  it('starts a new draft and opens its editor', async () => {
    server.use(signedInAgency());
    const { user, location } = renderWithRouter(<AppRoutes />, '/calls/71');
    await user.click(
      await screen.findByRole('button', { name: '以 大理苍山社工服务中心 开始申报' }),
    );
    await waitFor(() =>
      expect(location().pathname).toBe('/my/organisations/6/funding/applications/302'),
    );
  });

  it('says so for an unknown call', async () => {
    renderWithRouter(<AppRoutes />, '/calls/999');
    expect(await screen.findByRole('heading', { name: '找不到该资助项目' })).toBeInTheDocument();
  });
});
