import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { seen, volunteeringHandlers } from '@/features/volunteering/testing/handlers';
import { thisMonth } from '@/features/volunteering/utils/shanghai-dates';

beforeEach(() => {
  seen.reset();
  server.use(...volunteeringHandlers);
});

describe('opening search', () => {
  it('shows each result with highlighted text and the free places of its next shifts', async () => {
    renderWithRouter(<AppRoutes />, '/openings');
    expect(
      await screen.findByRole('heading', { level: 1, name: '志愿服务岗位' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: '搜索结果' });
    const result = within(list).getAllByRole('listitem')[0]!;
    const link = within(result).getByRole('link', { name: /周末陪伴\s*留守儿童/ });
    expect(link).toHaveAttribute('href', '/openings/301');
    expect(link.querySelector('mark')).toHaveTextContent('留守儿童');
    expect(within(result).getByText('云南省 › 昭通市 › 鲁甸县 › 文屏镇')).toBeInTheDocument();
    expect(within(result).getByText('余 3 / 10 个名额')).toBeInTheDocument();
    expect(within(result).getByText('已满（可候补）')).toBeInTheDocument();
    expect(within(result).getByText(/2099-12-05 \(周六\) 09:00–12:30/)).toBeInTheDocument();
    expect(screen.getByTestId('result-count')).toHaveTextContent('共 1 个岗位');
  });

  it('filters by 昭通市 + 留守儿童 + this month, keeps it in the URL and sends Shanghai days', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/openings');
    await screen.findByRole('list', { name: '搜索结果' });

    const prefecture = await screen.findByRole('combobox', { name: '州（市）' });
    await waitFor(() =>
      expect(within(prefecture).getByRole('option', { name: '昭通市 (1)' })).toBeInTheDocument(),
    );
    await user.selectOptions(prefecture, '5306');
    await user.click(
      within(screen.getByRole('group', { name: '服务对象' })).getByLabelText(/留守儿童/),
    );
    await user.click(
      within(screen.getByRole('group', { name: '服务日期' })).getByLabelText('本月'),
    );
    await user.click(screen.getByLabelText('仅显示尚有名额的岗位'));

    await waitFor(() =>
      expect(location().search).toBe(
        '?region=5306&targetGroup=left-behind-children&when=month&free=1',
      ),
    );
    const month = thisMonth();
    await waitFor(() => {
      const last = seen.searches.at(-1)!;
      expect(last.get('region')).toBe('5306');
      expect(last.getAll('targetGroup')).toEqual(['left-behind-children']);
      expect(last.get('from')).toBe(month.from);
      expect(last.get('to')).toBe(month.to);
      expect(last.get('freePlaces')).toBe('true');
      expect(last.get('page')).toBe('0');
    });
  });

  it('restores every filter from a deep link, a custom date range included', async () => {
    const { user, location } = renderWithRouter(
      <AppRoutes />,
      '/openings?q=陪伴&skill=tutoring&from=2099-12-01&to=2099-12-31',
    );
    await screen.findByRole('list', { name: '搜索结果' });
    expect(screen.getByRole('searchbox', { name: '关键词' })).toHaveValue('陪伴');
    expect(screen.getByLabelText('自选日期')).toBeChecked();
    expect(screen.getByLabelText('从')).toHaveValue('2099-12-01');
    expect(screen.getByLabelText('到')).toHaveValue('2099-12-31');
    expect(
      await within(screen.getByRole('group', { name: '所需技能' })).findByLabelText(/教育辅导/),
    ).toBeChecked();
    await waitFor(() => {
      const last = seen.searches.at(-1)!;
      expect(last.get('q')).toBe('陪伴');
      expect(last.getAll('skill')).toEqual(['tutoring']);
      expect(last.get('from')).toBe('2099-12-01');
      expect(last.get('to')).toBe('2099-12-31');
    });

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(location().search).toBe(''));
  });

  it('reads in English too', async () => {
    window.localStorage.setItem('qianshou.language', 'en');
    renderWithRouter(<AppRoutes />, '/openings');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Volunteer openings' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('3 of 10 places free')).toBeInTheDocument();
    expect(screen.getByLabelText('This weekend')).toBeInTheDocument();
  });
});
