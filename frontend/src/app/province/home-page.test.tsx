import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { HOME_PREFECTURE_KEY } from '@/features/province/routes/home-page';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from '../router';

describe('the home page', () => {
  it('shows the headline numbers, each a link to the list that produces it', async () => {
    renderWithRouter(<AppRoutes />, '/');
    expect(
      await screen.findByRole('heading', { level: 1, name: '牵手：云南社会工作与志愿服务' }),
    ).toBeInTheDocument();
    const figures = await screen.findByRole('region', { name: '平台数字' });
    const link = (name: RegExp) => within(figures).getByRole('link', { name });
    await within(figures).findByRole('link', { name: /家已认证机构/ });
    expect(link(/^21 家已认证机构$/)).toHaveAttribute('href', '/organisations');
    expect(link(/^161 个公开项目$/)).toHaveAttribute('href', '/projects');
    // volunteers and their hours are personal data with no public list: the per-prefecture table
    const table = '/yunnan?measure=hours#prefecture-figures';
    expect(link(/^37 名注册志愿者$/)).toHaveAttribute('href', table);
    expect(link(/^250\.5 小时已确认的志愿服务$/)).toHaveAttribute('href', table);
    expect(link(/^¥48,000.00 已批准的资助$/)).toHaveAttribute('href', '/disclosure');
    expect(link(/^¥14,400.00 已拨付的资助$/)).toHaveAttribute('href', '/disclosure');
    expect(link(/^2 篇已发布的案例故事$/)).toHaveAttribute('href', '/stories');
    expect(within(figures).getAllByRole('link')).toHaveLength(7);
    // and those without a list of their own rows say what they count
    expect(link(/^37 名注册志愿者$/)).toHaveAccessibleDescription(/名单不公开/);
    expect(link(/^250\.5 小时已确认的志愿服务$/)).toHaveAccessibleDescription(
      /机构已确认的服务记录的时长之和/,
    );
    expect(link(/^¥48,000.00 已批准的资助$/)).toHaveAccessibleDescription(/资金公示列出每一笔/);
    expect(link(/^21 家已认证机构$/)).not.toHaveAccessibleDescription();
  });

  it('takes the hours to the per-prefecture table on the province page', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/');
    const figures = await screen.findByRole('region', { name: '平台数字' });
    await user.click(
      await within(figures).findByRole('link', { name: /^250\.5 小时已确认的志愿服务$/ }),
    );
    expect(location().pathname).toBe('/yunnan');
    const table = await screen.findByRole('table', { name: '各州（市）的志愿服务时长' });
    expect(table).toHaveAttribute('id', 'prefecture-figures');
    await waitFor(() => expect(table).toHaveFocus());
    expect(within(table).getByRole('row', { name: /昭通市/ })).toHaveTextContent('210.5');
  });

  it('links the province page, stories and programmes, and shows the latest story', async () => {
    renderWithRouter(<AppRoutes />, '/');
    expect(await screen.findByRole('link', { name: '看云南概览地图' })).toHaveAttribute(
      'href',
      '/yunnan',
    );
    expect(screen.getByRole('link', { name: '读案例故事' })).toHaveAttribute('href', '/stories');
    expect(screen.getByRole('link', { name: '看政策计划进展' })).toHaveAttribute(
      'href',
      '/programmes',
    );
    expect(await screen.findByRole('link', { name: '镇雄的周末课堂' })).toHaveAttribute(
      'href',
      '/stories/9',
    );
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['首页', '项目', '志愿岗位', '资助申报', '故事', '计划', '云南概览']);
  });

  it('shows openings and calls near the chosen prefecture and remembers it', async () => {
    const first = renderWithRouter(<AppRoutes />, '/');
    const select = await screen.findByRole('combobox', { name: '我所在的州（市）' });
    expect(await screen.findByText('暂无资助申报。')).toBeInTheDocument();
    await within(select).findByRole('option', { name: '昭通市' });
    await first.user.selectOptions(select, '5306');
    expect(await screen.findByRole('link', { name: '昭通市留守儿童关爱服务购买' })).toHaveAttribute(
      'href',
      '/calls/71',
    );
    expect(screen.getByRole('link', { name: '昭通周末陪读志愿者' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '更多资助申报' })).toHaveAttribute(
      'href',
      '/calls?region=5306',
    );
    expect(window.localStorage.getItem(HOME_PREFECTURE_KEY)).toBe('5306');
    first.unmount();

    renderWithRouter(<AppRoutes />, '/');
    const again = await screen.findByRole('combobox', { name: '我所在的州（市）' });
    await within(again).findByRole('option', { name: '昭通市' });
    expect(again).toHaveValue('5306');
    expect(await screen.findByRole('link', { name: '昭通市留守儿童关爱服务购买' })).toBeVisible();
  });

  it('sends an old search link on to /projects with its query', async () => {
    const { location } = renderWithRouter(
      <AppRoutes />,
      '/?region=5306&targetGroup=left-behind-children',
    );
    expect(await screen.findByRole('heading', { level: 1, name: '查找项目' })).toBeInTheDocument();
    expect(location().pathname).toBe('/projects');
    expect(location().search).toBe('?region=5306&targetGroup=left-behind-children');
  });
});
