import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { SiteSearch } from '@/components/site-search';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import CombinedSearchPage from './search-page';

const requests: URLSearchParams[] = [];

const counts = (facet: Record<string, number>) =>
  Object.entries(facet).map(([code, count]) => ({ code, count }));

const hit = (kind: string, id: number, title: string, extra: Record<string, unknown> = {}) => ({
  kind,
  id,
  title,
  titleHighlight: null,
  snippet: `${title}的简介`,
  regionPath: [
    { code: '53', name: '云南省' },
    { code: '5306', name: '昭通市' },
  ],
  url: `/${kind === 'story' ? 'stories' : `${kind}s`}/${id}`,
  ...extra,
});

/** An answer shaped like GET /api/search: every kind, or only the chosen one with its own facets. */
function answer(params: URLSearchParams) {
  const kind = params.get('kind');
  const all = [
    hit('project', 42, '留守儿童关爱 <script>alert(1)</script>', {
      titleHighlight: '\uE000留守儿童\uE001关爱 <script>alert(1)</script>',
      snippet: '为\uE000留守儿童\uE001提供陪伴',
    }),
    hit('opening', 7, '周末陪伴志愿者'),
    hit('call', 3, '昭通市政府购买服务'),
    hit('organisation', 11, '昭通市阳光社会工作服务中心'),
    hit('story', 5, '小梅的暑假'),
  ];
  const hits = kind ? all.filter((h) => h.kind === kind) : all;
  const kinds = [
    { kind: 'project', count: 12, loose: false },
    { kind: 'opening', count: kind === 'opening' && params.get('skill') ? 2 : 4, loose: false },
    { kind: 'call', count: 3, loose: false },
    { kind: 'organisation', count: 2, loose: false },
    { kind: 'story', count: 1, loose: false },
  ];
  const total = kind
    ? (kinds.find((k) => k.kind === kind)?.count ?? 0)
    : kinds.reduce((sum, k) => sum + k.count, 0);
  return {
    total: params.get('q') === '没有' ? 0 : total,
    loose: params.get('q') === '留守儿重',
    page: Number(params.get('page') ?? 0),
    size: Number(params.get('size') ?? 20),
    kinds,
    facets: {
      region: [
        { code: '5301', name: '昆明市', count: 0 },
        { code: '5306', name: '昭通市', count: 9 },
      ],
      targetGroup: counts({ 'left-behind-children': 8, dibao: 0 }),
      category: kind && kind !== 'call' ? counts({ 'left-behind-children': 2 }) : null,
      skill: kind === 'opening' ? counts({ counselling: 2, tutoring: 1 }) : null,
      fundingType: kind === 'call' ? counts({ 'government-purchase': 3 }) : null,
      programme: kind === 'call' || kind === 'story' ? counts({ twinning: 1 }) : null,
      organisationKind: kind === 'organisation' ? counts({ agency: 2 }) : null,
    },
    hits: params.get('q') === '没有' ? [] : hits,
  };
}

beforeEach(() => {
  requests.length = 0;
  server.use(
    http.get('*/api/search', ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      return HttpResponse.json(answer(params));
    }),
  );
});

const renderPage = (url = '/search?q=留守儿童') => renderWithRouter(<CombinedSearchPage />, url);

describe('CombinedSearchPage', () => {
  it("lists hits of every kind with their kind's label, link, marks and region", async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: '搜索结果' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.kind)).toEqual([
      'project',
      'opening',
      'call',
      'organisation',
      'story',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('“留守儿童”的搜索结果');
    expect(screen.getByTestId('result-count')).toHaveTextContent('共找到 22 条结果');

    const project = items[0]!;
    expect(within(project).getByText('项目')).toBeInTheDocument();
    const link = within(project).getByRole('link');
    expect(link).toHaveAttribute('href', '/projects/42');
    expect(link).toHaveTextContent('留守儿童关爱 <script>alert(1)</script>');
    expect(project.querySelector('script')).toBeNull();
    expect(within(link).getByText('留守儿童', { selector: 'mark' })).toBeInTheDocument();
    expect(
      within(project).getByText('留守儿童', { selector: '.result-summary mark' }),
    ).toBeVisible();
    expect(within(project).getByText('云南省 › 昭通市')).toBeInTheDocument();

    expect(within(items[1]!).getByText('志愿岗位')).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', '/openings/7');
    expect(within(items[2]!).getByRole('link')).toHaveAttribute('href', '/calls/3');
    expect(within(items[3]!).getByText('机构')).toBeInTheDocument();
    expect(within(items[3]!).getByRole('link')).toHaveAttribute('href', '/organisations/11');
    expect(within(items[4]!).getByText('案例故事')).toBeInTheDocument();
    expect(within(items[4]!).getByRole('link')).toHaveAttribute('href', '/stories/5');

    // The kind facet with its counts; the shared facets; no kind's own filters yet.
    const kinds = screen.getByRole('group', { name: '类别' });
    expect(within(kinds).getByRole('radio', { name: '全部 (22)' })).toBeChecked();
    expect(within(kinds).getByRole('radio', { name: '志愿岗位 (4)' })).not.toBeChecked();
    expect(
      within(screen.getByRole('group', { name: '服务对象' })).getByRole('checkbox', {
        name: '留守儿童 (8)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '昭通市 (9)' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /的筛选条件/ })).toBeNull();
    expect(requests[0]?.get('q')).toBe('留守儿童');
    expect(requests[0]?.has('kind')).toBe(false);
    expect(requests[0]?.get('page')).toBe('0');
  });

  it("shows a chosen kind's own filters, keeps them in the URL and drops them for another kind", async () => {
    const { user, location } = renderPage('/search?q=陪伴&targetGroup=left-behind-children');
    await screen.findByRole('list', { name: '搜索结果' });

    await user.click(screen.getByRole('radio', { name: /志愿岗位/ }));
    expect(location().search).toBe(
      '?q=%E9%99%AA%E4%BC%B4&kind=opening&targetGroup=left-behind-children',
    );
    const own = await screen.findByRole('group', { name: '志愿岗位的筛选条件' });
    await waitFor(() =>
      expect(within(own).getByRole('checkbox', { name: '心理辅导 (2)' })).toBeInTheDocument(),
    );
    expect(within(own).getByRole('checkbox', { name: '只看有空余名额的' })).not.toBeChecked();
    expect(within(own).getByRole('group', { name: '服务内容' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: '搜索结果' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );

    await user.click(within(own).getByRole('checkbox', { name: '心理辅导 (2)' }));
    await user.click(within(own).getByRole('checkbox', { name: '只看有空余名额的' }));
    expect(new URLSearchParams(location().search).getAll('skill')).toEqual(['counselling']);
    expect(new URLSearchParams(location().search).get('freePlaces')).toBe('true');
    await waitFor(() => {
      const last = requests.at(-1);
      expect(last?.get('kind')).toBe('opening');
      expect(last?.getAll('skill')).toEqual(['counselling']);
      expect(last?.get('freePlaces')).toBe('true');
      expect(last?.getAll('targetGroup')).toEqual(['left-behind-children']);
    });

    await user.click(screen.getByRole('radio', { name: /资助申报/ }));
    expect(location().search).toBe(
      '?q=%E9%99%AA%E4%BC%B4&kind=call&targetGroup=left-behind-children',
    );
    const callFilters = await screen.findByRole('group', { name: '资助申报的筛选条件' });
    expect(within(callFilters).getByRole('group', { name: '资金来源' })).toBeInTheDocument();
    expect(within(callFilters).queryByRole('group', { name: '服务内容' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: /全部/ }));
    expect(location().search).toBe('?q=%E9%99%AA%E4%BC%B4&targetGroup=left-behind-children');
    expect(screen.queryByRole('group', { name: /的筛选条件/ })).toBeNull();
  });

  it('says when the hits are close matches, and when there are none', async () => {
    renderPage('/search?q=留守儿重');
    expect(await screen.findByTestId('loose-note')).toHaveTextContent(
      '没有完全匹配的结果，以下是相近的结果',
    );
    renderPage('/search?q=没有');
    expect(
      await screen.findByText('没有找到结果。请减少筛选条件或换个关键词。'),
    ).toBeInTheDocument();
  });

  it("shows the API's error with a retry", async () => {
    server.use(http.get('*/api/search', () => problem(503, '搜索暂不可用', '请稍后再试')));
    renderPage();
    expect(await screen.findByRole('button', { name: /重试/ })).toBeInTheDocument();
  });
});

describe('SiteSearch (the header box)', () => {
  it('searches every kind at /search from any page', async () => {
    const { user, location } = renderWithRouter(<SiteSearch />, '/projects?region=5306');
    const box = screen.getByRole('combobox', { name: '搜索全站' });
    await user.type(box, ' 留守儿童 ');
    await user.click(screen.getByRole('button', { name: '搜索全站' }));
    expect(location().pathname).toBe('/search');
    expect(location().search).toBe('?q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5');
  });

  it('on /search shows the keywords and keeps the kind and filters, back at page 1', async () => {
    const { user, location } = renderWithRouter(
      <SiteSearch />,
      '/search?q=留守&kind=project&category=dibao&page=3',
    );
    const box = screen.getByRole('combobox', { name: '搜索全站' });
    expect(box).toHaveValue('留守');
    await user.clear(box);
    await user.type(box, '社工站{Enter}');
    expect(location().search).toBe('?q=%E7%A4%BE%E5%B7%A5%E7%AB%99&kind=project&category=dibao');
  });
});
