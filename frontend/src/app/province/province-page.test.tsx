import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { measureRequests } from '@/features/province/testing/handlers';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from '../router';

beforeEach(() => {
  measureRequests.length = 0;
});

describe('the province page', () => {
  it('draws the 16 prefectures as labelled buttons with their figures, and the same in a table', async () => {
    renderWithRouter(<AppRoutes />, '/yunnan');
    expect(await screen.findByRole('heading', { level: 1, name: '云南概览' })).toBeInTheDocument();
    const map = await screen.findByRole('group', {
      name: /云南省 16 个州（市）分布图，按项目着色/,
    });
    const prefectures = within(map).getAllByRole('button');
    expect(prefectures).toHaveLength(16);
    // tiles, not boundaries: no shape data is bundled (ADR 0012); native buttons, no drawing
    expect(map.querySelectorAll('button[data-code]')).toHaveLength(16);
    expect(map.querySelectorAll('svg, path, polygon')).toHaveLength(0);
    expect(within(map).getByRole('button', { name: '昭通市：12 个项目' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(map).getByRole('button', { name: '怒江傈僳族自治州：0 个项目' })).toBeVisible();

    const table = screen.getByRole('table', { name: '各州（市）的项目' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(17);
    const zhaotong = within(table).getByRole('row', { name: /昭通市/ });
    expect(within(zhaotong).getByRole('cell')).toHaveTextContent('12');

    // The legend says the ranges in words and numbers, not only in colour.
    const legend = screen.getByRole('region', { name: '图例（项目）' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['0', '3 – 5', '6 – 7', '8 – 10', '11 – 12']);
    // The darkest shade is 昭通市's (12), the lightest 怒江's (0); 大理's 3 is the lowest range.
    expect(map.querySelector('[data-code="5306"]')).toHaveAttribute('data-shade', '4');
    expect(map.querySelector('[data-code="5301"]')).toHaveAttribute('data-shade', '3');
    expect(map.querySelector('[data-code="5329"]')).toHaveAttribute('data-shade', '1');
    expect(map.querySelector('[data-code="5333"]')).toHaveAttribute('data-shade', '0');
    // White text only on the darkest shade: on the next one it would be 3.5:1, below AA.
    expect(map.querySelector('[data-code="5306"]')).toHaveClass('on-dark');
    expect(map.querySelector('[data-code="5301"]')).not.toHaveClass('on-dark');
    // The tile shows the short name and the value; its name says both in full.
    expect(within(map).getByRole('button', { name: '昭通市：12 个项目' })).toHaveTextContent(
      '昭通12',
    );
  });

  it('chooses a prefecture with the keyboard and shows its counties with every measure', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/yunnan');
    const zhaotong = await screen.findByRole('button', { name: /^昭通市：/ });
    zhaotong.focus();
    await user.keyboard('{Enter}');
    expect(location().search).toContain('prefecture=5306');
    expect(await screen.findByRole('heading', { level: 2, name: '昭通市' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^昭通市：/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const counties = screen.getByRole('table', { name: '昭通市的县（市、区）' });
    const zhenxiong = within(counties).getByRole('row', { name: /镇雄县/ });
    expect(
      within(zhenxiong)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7', '210.5', '¥36,000.00', '2']);
    expect(within(counties).getByRole('row', { name: /仅标注到州（市）一级/ })).toBeInTheDocument();
    expect(within(counties).getByRole('row', { name: /昭通市合计/ })).toHaveTextContent('12');
    expect(screen.getByRole('link', { name: '查看昭通市的项目' })).toHaveAttribute(
      'href',
      '/projects?region=5306',
    );

    // Space chooses too.
    const kunming = screen.getByRole('button', { name: /^昆明市：/ });
    kunming.focus();
    await user.keyboard(' ');
    expect(location().search).toContain('prefecture=5301');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有这个州（市）。');
  });

  it('shades by another measure chosen with the radio buttons', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/yunnan');
    await screen.findByRole('button', { name: '昭通市：12 个项目' });
    await user.click(screen.getByRole('radio', { name: '资助金额' }));
    expect(location().search).toContain('measure=awarded');
    // The tile writes the yuan short ("¥3.6万"); its name and the table keep the exact amount.
    expect(await screen.findByRole('button', { name: '昭通市：¥36,000.00' })).toHaveTextContent(
      '昭通¥3.6万',
    );
    expect(screen.getByRole('table', { name: '各州（市）的资助金额' })).toBeInTheDocument();
    await waitFor(() => expect(measureRequests).toEqual(['projects', 'awarded']));
    await user.click(screen.getByRole('radio', { name: '志愿服务时长' }));
    expect(await screen.findByRole('button', { name: '昭通市：210.5 小时' })).toBeInTheDocument();
  });

  it('names the tiles in English with the official name beside', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithRouter(<AppRoutes />, '/yunnan');
    expect(
      await screen.findByRole('button', { name: 'Zhaotong (昭通市): 12 projects' }),
    ).toBeInTheDocument();
    // The soft hyphen that lets a phone break the long name stays out of the accessible name.
    expect(
      screen.getByRole('button', { name: /^Xishuangbanna \(西双版纳傣族自治州\): / }),
    ).toHaveTextContent('Xishuang\u00adbanna');
    expect(screen.getByRole('heading', { level: 1, name: 'Yunnan overview' })).toBeInTheDocument();
  });

  it('links the open data files', async () => {
    renderWithRouter(<AppRoutes />, '/yunnan');
    const openData = await screen.findByRole('region', { name: '开放数据' });
    expect(within(openData).getByRole('link', { name: /projects\.csv/ })).toHaveAttribute(
      'href',
      '/api/open-data/projects.csv',
    );
    expect(within(openData).getByRole('link', { name: /organisations\.csv/ })).toBeInTheDocument();
    expect(within(openData).getByRole('link', { name: /stories\.csv/ })).toBeInTheDocument();
  });
});
