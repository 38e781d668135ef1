import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { problem, searchRequests } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { SearchPage } from './search-page';

const renderSearch = (url = '/') => renderWithRouter(<SearchPage />, url);

const results = () => screen.getByRole('list', { name: '搜索结果' });

beforeEach(() => {
  searchRequests.length = 0;
});

describe('SearchPage', () => {
  it('renders results from the API with highlights, money, regions and data attributes', async () => {
    renderSearch();
    const items = await within(await screen.findByRole('list', { name: '搜索结果' })).findAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(screen.getByTestId('result-count')).toHaveTextContent('共 2 个项目');

    const first = items[0]!;
    const link = within(first).getByRole('link');
    expect(link).toHaveAttribute('href', '/projects/42');
    expect(link).toHaveTextContent('留守儿童关爱 <script>alert(1)</script>');
    expect(first.querySelector('script')).toBeNull();
    expect(within(first).getByText('留守儿童', { selector: 'mark' })).toBeInTheDocument();
    expect(within(first).getByText('昭通市阳光社会工作服务中心')).toBeInTheDocument();
    expect(within(first).getByText('文屏镇')).toBeInTheDocument();
    expect(within(first).getByText('¥12,345.00')).toBeInTheDocument();
    expect(within(first).getByText('2024-03-01 – 2025-02-28')).toBeInTheDocument();
    expect(first).toHaveAttribute('data-region-codes', '530621100');
    expect(first).toHaveAttribute('data-target-groups', 'left-behind-children');

    // Facet counts from the response, names from the taxonomies.
    const groups = screen.getByRole('group', { name: '服务对象' });
    expect(within(groups).getByRole('checkbox', { name: '留守儿童 (1)' })).not.toBeChecked();
    expect(within(groups).getByRole('checkbox', { name: '低保对象 (0)' })).toBeInTheDocument();
    // Region facet: counts beside the prefecture options.
    expect(screen.getByRole('option', { name: '昭通市 (1)' })).toBeInTheDocument();
    expect(searchRequests[0]?.get('page')).toBe('0');
    expect(searchRequests[0]?.get('size')).toBe('20');
  });

  it('loads counties after a prefecture is chosen and narrows the search to it', async () => {
    const { user, location } = renderSearch();
    const prefecture = screen.getByRole('combobox', { name: '州（市）' });
    await screen.findByRole('option', { name: /昭通市/ });
    expect(screen.getByRole('combobox', { name: '县（市、区）' })).toBeDisabled();

    await user.selectOptions(prefecture, '5306');

    const county = screen.getByRole('combobox', { name: '县（市、区）' });
    await waitFor(() => expect(county).toBeEnabled());
    expect(within(county).getByRole('option', { name: /鲁甸县/ })).toBeInTheDocument();
    expect(within(county).getByRole('option', { name: /昭阳区/ })).toBeInTheDocument();
    expect(location().search).toBe('?region=5306');
    await waitFor(() => expect(searchRequests.at(-1)?.get('region')).toBe('5306'));
    // Facets now count the counties: shown on the county options.
    expect(await within(county).findByRole('option', { name: '鲁甸县 (1)' })).toBeInTheDocument();

    await user.selectOptions(county, '530621');
    expect(location().search).toBe('?region=530621');
    const township = screen.getByRole('combobox', { name: '乡镇（街道）' });
    await waitFor(() => expect(township).toBeEnabled());
    expect(within(township).getByRole('option', { name: /文屏镇/ })).toBeInTheDocument();

    // "All" at county level goes back to the prefecture.
    await user.selectOptions(county, '');
    expect(location().search).toBe('?region=5306');
  });

  it('goes down to the village: a township offers its villages, and a village is the region', async () => {
    const { user, location } = renderSearch('/?region=530621');
    const village = screen.getByRole('combobox', { name: '村（社区）' });
    expect(village).toBeDisabled();
    const township = screen.getByRole('combobox', { name: '乡镇（街道）' });
    await within(township).findByRole('option', { name: /文屏镇/ });

    await user.selectOptions(township, '530621100');
    expect(location().search).toBe('?region=530621100');
    await waitFor(() => expect(village).toBeEnabled());
    expect(within(village).getByRole('option', { name: /砚池村民委员会/ })).toBeInTheDocument();

    await user.selectOptions(village, '530621100202');
    expect(location().search).toBe('?region=530621100202');
    await waitFor(() => expect(searchRequests.at(-1)?.get('region')).toBe('530621100202'));
    // the levels above stay chosen
    expect(township).toHaveValue('530621100');
    expect(screen.getByRole('combobox', { name: '县（市、区）' })).toHaveValue('530621');

    // "All" at village level goes back to the township.
    await user.selectOptions(village, '');
    expect(location().search).toBe('?region=530621100');
  });

  it('toggling a target group updates the URL and refetches', async () => {
    const { user, location } = renderSearch('/?page=2');
    await within(await screen.findByRole('list', { name: '搜索结果' })).findAllByRole('listitem');
    const before = searchRequests.length;

    const groups = screen.getByRole('group', { name: '服务对象' });
    await user.click(within(groups).getByRole('checkbox', { name: /^留守儿童/ }));

    expect(location().search).toBe('?targetGroup=left-behind-children');
    await waitFor(() => expect(searchRequests.length).toBeGreaterThan(before));
    expect(searchRequests.at(-1)?.getAll('targetGroup')).toEqual(['left-behind-children']);
    expect(searchRequests.at(-1)?.get('page')).toBe('0');
    await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(groups).getByRole('checkbox', { name: /^留守儿童/ })).toBeChecked();

    await user.click(within(groups).getByRole('checkbox', { name: /^留守儿童/ }));
    expect(location().search).toBe('');
  });

  it('reads its state from the URL (deep link) and submits keywords into it', async () => {
    const { user, location } = renderSearch(
      '/?q=%E5%84%BF%E7%AB%A5&region=5306&targetGroup=left-behind-children&category=special-groups',
    );
    await waitFor(() => expect(searchRequests.length).toBeGreaterThan(0));
    const sent = searchRequests.at(-1)!;
    expect(sent.get('q')).toBe('儿童');
    expect(sent.get('region')).toBe('5306');
    expect(sent.getAll('targetGroup')).toEqual(['left-behind-children']);
    expect(sent.getAll('category')).toEqual(['special-groups']);
    const box = screen.getByRole('searchbox', { name: '关键词' });
    expect(box).toHaveValue('儿童');

    await user.clear(box);
    await user.type(box, '养老{Enter}');
    expect(new URLSearchParams(location().search).get('q')).toBe('养老');
    expect(new URLSearchParams(location().search).get('region')).toBe('5306');
  });

  it('shows the empty state', async () => {
    renderSearch('/?region=5333');
    expect(
      await screen.findByText('没有找到符合条件的项目。请减少筛选条件或换个关键词。'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('result-count')).toHaveTextContent('共 0 个项目');
  });

  it('shows the localized detail of a 503 problem', async () => {
    server.use(
      http.get('*/api/projects/search', () =>
        problem(503, '服务不可用', '搜索暂时不可用，请稍后再试。'),
      ),
    );
    renderSearch();
    expect(await screen.findByRole('alert')).toHaveTextContent('搜索暂时不可用，请稍后再试。');
    expect(screen.queryByRole('list', { name: '搜索结果' })).not.toBeInTheDocument();
  });

  it('says when the results are close matches, and only then', async () => {
    server.use(
      http.get('*/api/projects/search', () =>
        Response.json({
          total: 1,
          loose: true,
          page: 0,
          size: 20,
          items: [
            {
              id: 7,
              title: '留守儿童关爱',
              regions: [],
              targetGroups: [],
              serviceCategories: [],
              highlights: { title: '\uE000留守儿\uE001童关爱', description: [] },
            },
          ],
          facets: { regions: [], targetGroups: [], categories: [] },
        }),
      ),
    );
    renderSearch('/?q=留守儿重');
    expect(await screen.findByTestId('loose-note')).toHaveTextContent(
      '没有完全匹配的结果，以下是相近的结果',
    );
  });

  it('shows no close-match note for exact results', async () => {
    renderSearch('/?q=留守儿童');
    await within(await screen.findByRole('list', { name: '搜索结果' })).findAllByRole('listitem');
    expect(screen.queryByTestId('loose-note')).not.toBeInTheDocument();
  });

  it('pages through results', async () => {
    server.use(
      http.get('*/api/projects/search', ({ request }) => {
        const url = new URL(request.url);
        searchRequests.push(url.searchParams);
        return Response.json({
          total: 45,
          page: Number(url.searchParams.get('page')),
          size: 20,
          items: [],
          facets: { regions: [], targetGroups: [], categories: [] },
        });
      }),
    );
    const { user, location } = renderSearch();
    expect(await screen.findByText('第 1 页，共 3 页')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(location().search).toBe('?page=2');
    expect(await screen.findByText('第 2 页，共 3 页')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '搜索结果' })).toHaveFocus();
    expect(searchRequests.at(-1)?.get('page')).toBe('1');
  });
});
