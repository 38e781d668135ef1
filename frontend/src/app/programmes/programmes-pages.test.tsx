import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { programmeHandlers, programmeRequests } from '@/features/programmes/testing/handlers';

import { AppRoutes } from '../router';

/** The first visit loads the page's lazy chunks: slow on a busy machine. */
const LOAD = { timeout: 15_000 };

beforeEach(() => {
  programmeRequests.reset();
  server.use(...programmeHandlers);
});

describe('/programmes', () => {
  it('shows each programme’s target against its live figures, by year and by prefecture', async () => {
    renderWithRouter(<AppRoutes />, '/programmes');
    expect(
      await screen.findByRole('heading', { level: 1, name: '重点项目计划' }, LOAD),
    ).toBeInTheDocument();
    const university = await screen.findByRole(
      'region',
      { name: '社会工作教育对口扶贫计划' },
      LOAD,
    );
    expect(within(university).getByText('2020年前至少10所高校')).toBeInTheDocument();
    expect(within(university).getByTestId('total-university-partnership')).toHaveTextContent('14');
    expect(within(university).getByTestId('progress')).toHaveTextContent('2020 年底前：12 / 10');
    expect(within(university).getByTestId('demo-university-partnership')).toHaveTextContent('0');
    expect(
      within(screen.getByRole('region', { name: '牵手计划' })).getByTestId('demo-twinning'),
    ).toHaveTextContent('8');
    const years = within(university).getByRole('table', { name: /按年份/ });
    expect(within(years).getByRole('row', { name: '2019 9' })).toBeInTheDocument();
    expect(within(years).getAllByRole('row')).toHaveLength(11);
    const prefectures = within(university).getByRole('table', { name: /按州市/ });
    expect(within(prefectures).getByRole('row', { name: '昭通市 4' })).toBeInTheDocument();
    expect(
      within(university).getByRole('img', { name: /社会工作教育对口扶贫计划按年份的柱状图/ }),
    ).toBeInTheDocument();
    expect(
      within(university).getByRole('link', { name: '查看记录：社会工作教育对口扶贫计划' }),
    ).toHaveAttribute('href', '/programmes/university-partnership');

    const dispatch = screen.getByRole('region', { name: '人才服务边远贫困地区计划' });
    // 2017–2020: 96, 130, 121, 88 → two years reached 100
    expect(within(dispatch).getByTestId('progress')).toHaveTextContent(
      '2017—2020 年中有 2 年达到每年 100',
    );
    expect(within(dispatch).getByText('目标线：每年 100')).toBeInTheDocument();
    const twinning = screen.getByRole('region', { name: '牵手计划' });
    expect(within(twinning).getByTestId('progress')).toHaveTextContent('2017—2020 年：16 / 20');
    expect(screen.getByRole('link', { name: '下载全部计划数据（CSV）' })).toHaveAttribute(
      'href',
      '/api/open-data/programmes.csv',
    );
  });

  it('speaks English when asked', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithRouter(<AppRoutes />, '/programmes');
    const twinning = await screen.findByRole(
      'region',
      { name: 'Twinning programme (Qianshou)' },
      LOAD,
    );
    expect(within(twinning).getByText('20 agencies, 2017–2020')).toBeInTheDocument();
    expect(within(twinning).getByTestId('progress')).toHaveTextContent('2017–2020: 16 / 20');
    window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });
});

describe('/programmes/:code', () => {
  it('lists a programme’s records with their public facts, a page at a time', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/programmes/twinning');
    expect(
      await screen.findByRole('heading', { level: 1, name: '牵手计划' }, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByText('共 21 条记录')).toBeInTheDocument();
    const records = screen.getByRole('table', { name: '记录' });
    const row = within(records).getByRole('row', { name: /深圳乐群社会工作服务社/ });
    expect(within(row).getByRole('link', { name: '镇雄县阳光社工服务中心' })).toHaveAttribute(
      'href',
      '/organisations/5',
    );
    expect(
      within(row).getByText('派出人员 6 人次 · 督导 12 次 · 培训 40 人次 · 合作项目 1 个'),
    ).toBeInTheDocument();
    expect(within(row).getByText('2018-03-01–至今')).toBeInTheDocument();
    expect(programmeRequests.pages.at(-1)?.get('page')).toBe('0');
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(programmeRequests.pages.at(-1)?.get('page')).toBe('1'));
  });

  it('shows dispatches and demonstration projects in their own columns', async () => {
    renderWithRouter(<AppRoutes />, '/programmes/talent-dispatch');
    const row = await screen.findByRole('row', { name: /昭通市 镇雄县 乌峰镇/ }, LOAD);
    expect(within(row).getByText('社会工作师')).toBeInTheDocument();
    expect(within(row).getByText('7')).toBeInTheDocument();
    expect(within(row).getByText('演示')).toBeInTheDocument();
  });

  it('links a demonstration project to its page', async () => {
    renderWithRouter(<AppRoutes />, '/programmes/demonstration');
    const row = await screen.findByRole('row', { name: /镇雄县留守儿童监护走访/ }, LOAD);
    expect(within(row).getByRole('link', { name: '镇雄县留守儿童监护走访' })).toHaveAttribute(
      'href',
      '/projects/42',
    );
    expect(within(row).getByText('乙类：留守儿童和困境儿童')).toBeInTheDocument();
  });

  it('says so for a programme that is not tracked', async () => {
    renderWithRouter(<AppRoutes />, '/programmes/dibao-verification');
    expect(await screen.findByRole('heading', { name: '找不到该计划' }, LOAD)).toBeInTheDocument();
  });
});
