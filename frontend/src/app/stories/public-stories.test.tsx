import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { allResources, LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n';
import { leafKeys } from '@/testing/i18n-keys';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';
import { http, HttpResponse } from 'msw';

import { stories, storyHandlers } from '@/features/stories/testing/handlers';

import { AppRoutes } from '../router';

beforeEach(() => {
  stories.reset();
  server.use(...storyHandlers);
});

describe('story search', () => {
  it('reads its filters from the URL, sends them to the API and shows highlights and facets', async () => {
    renderWithRouter(<AppRoutes />, '/stories?region=5306&targetGroup=left-behind-children&q=奶奶');
    const results = await screen.findByRole('list', { name: '故事' });
    const item = within(results).getByRole('listitem');
    expect(item).toHaveAttribute('data-story-id', '61');
    expect(item).toHaveAttribute('data-target-groups', 'left-behind-children');
    expect(within(item).getByRole('link', { name: '小雨的新学期' })).toHaveAttribute(
      'href',
      '/stories/61',
    );
    expect(item.querySelector('mark')).toHaveTextContent('奶奶');
    expect(item).toHaveTextContent('云南省 › 昭通市 › 鲁甸县');
    const sent = stories.searches.at(-1)!;
    expect(sent.get('region')).toBe('5306');
    expect(sent.getAll('targetGroup')).toEqual(['left-behind-children']);
    expect(sent.get('q')).toBe('奶奶');
    expect(sent.get('page')).toBe('0');
    expect(screen.getByTestId('result-count')).toHaveAttribute('data-total', '1');
    expect(screen.getByLabelText(/示范项目/)).toBeInTheDocument();
    expect(screen.getByLabelText(/留守儿童关爱保护 \(1\)/)).toBeInTheDocument();
  });

  it('shows the marked title when the keywords matched it', async () => {
    const { storySearchAnswer, storyHit } = await import('@/features/stories/testing/fixtures');
    server.use(
      http.get('*/api/stories', () =>
        HttpResponse.json({
          ...storySearchAnswer,
          items: [
            { ...storyHit, highlight: ['\uE000小雨\uE001的新学期', '\uE000小雨\uE001住在鲁甸县'] },
          ],
        }),
      ),
    );
    renderWithRouter(<AppRoutes />, '/stories?q=小雨');
    const link = await screen.findByRole('link', { name: /^小雨\s*的新学期$/ });
    expect(link.querySelector('mark')).toHaveTextContent('小雨');
    expect(link.closest('li')!.querySelector('.result-summary')).toHaveTextContent(
      '小雨住在鲁甸县',
    );
  });

  it('puts every filter into the URL', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/stories');
    await screen.findByRole('list', { name: '故事' });
    await user.selectOptions(screen.getByLabelText(/州（市）/), '昭通市 (1)');
    await waitFor(() => expect(location().search).toBe('?region=5306'));
    await user.click(screen.getByLabelText(/^留守儿童 \(/));
    await user.click(screen.getByLabelText(/示范项目/));
    await user.type(screen.getByLabelText('关键词'), '陪伴');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    await waitFor(() => expect(new URLSearchParams(location().search).get('q')).toBe('陪伴'));
    const params = new URLSearchParams(location().search);
    expect(params.get('region')).toBe('5306');
    expect(params.getAll('targetGroup')).toEqual(['left-behind-children']);
    expect(params.getAll('programme')).toEqual(['demonstration']);
    await waitFor(() => expect(stories.searches.at(-1)?.get('q')).toBe('陪伴'));
    expect(stories.searches.at(-1)?.getAll('programme')).toEqual(['demonstration']);
  });
});

describe('the story page', () => {
  it('shows the sanitised body, photos with srcset, the project and organisation', async () => {
    renderWithRouter(<AppRoutes />, '/stories/61');
    await screen.findByRole('heading', { level: 1, name: '小雨的新学期' });
    expect(screen.getByRole('heading', { level: 2, name: '开学' })).toBeInTheDocument();
    expect(screen.getByText('奶奶', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '项目介绍' })).toHaveAttribute(
      'rel',
      'nofollow noopener',
    );
    const cover = screen.getByRole('img', { name: '孩子们在操场上的背影' });
    expect(cover).toHaveAttribute(
      'srcset',
      '/api/stories/61/photos/81/320 320w, /api/stories/61/photos/81/640 640w, /api/stories/61/photos/81/1280 1280w',
    );
    expect(cover).toHaveAttribute('src', '/api/stories/61/photos/81/1280');
    expect(screen.getByTestId('project-link')).toHaveAttribute('href', '/projects/42');
    expect(screen.getByRole('link', { name: '镇雄县阳光社工服务中心' })).toHaveAttribute(
      'href',
      '/organisations/5',
    );
  });

  it('shows the funders and the money received and spent, and where to volunteer', async () => {
    renderWithRouter(<AppRoutes />, '/stories/61');
    const money = await screen.findByRole('region', { name: '资助与资金' });
    await within(money).findByText('云南省慈善基金会');
    expect(within(money).getAllByTestId('funder-row')).toHaveLength(2);
    expect(within(money).getByTestId('money-totals')).toHaveTextContent(
      '合计资助 ¥150,000.00，已拨付 ¥114,000.00',
    );
    expect(within(money).getByTestId('money-spent')).toHaveTextContent('已支出 ¥80,000.00');
    expect(within(money).getByRole('link', { name: '查看资金公示' })).toHaveAttribute(
      'href',
      '/disclosure/projects/42',
    );
    const openings = screen.getByRole('region', { name: '来这里做志愿者' });
    expect(within(openings).getByRole('link', { name: '周末陪伴阅读志愿者' })).toHaveAttribute(
      'href',
      '/openings/301',
    );
    expect(openings).toHaveTextContent('下一班次 2026-12-05 09:00（北京时间）');
  });

  it('shows a project and openings whose titles would name a village without them, still linked', async () => {
    const { publicStory } = await import('@/features/stories/testing/fixtures');
    server.use(
      http.get('*/api/stories/:id', () =>
        HttpResponse.json({
          ...publicStory,
          projectTitle: null,
          project: { ...publicStory.project, title: null },
          openings: publicStory.openings.map((opening) => ({ ...opening, title: null })),
        }),
      ),
    );
    renderWithRouter(<AppRoutes />, '/stories/61');
    await screen.findByRole('heading', { level: 1, name: '小雨的新学期' });
    expect(screen.getByTestId('project-link')).toHaveTextContent('本项目');
    expect(screen.getByTestId('project-link')).toHaveAttribute('href', '/projects/42');
    const openings = screen.getByRole('region', { name: '来这里做志愿者' });
    expect(within(openings).getByRole('link', { name: '志愿岗位' })).toHaveAttribute(
      'href',
      '/openings/301',
    );
  });

  it('says so when a story is not published', async () => {
    renderWithRouter(<AppRoutes />, '/stories/999');
    expect(await screen.findByRole('heading', { name: '找不到这个故事' })).toBeInTheDocument();
  });

  it('shows no raw translation key in English', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    try {
      renderWithRouter(<AppRoutes />, '/stories/61');
      await screen.findByText('Awarded ¥150,000.00 in total, ¥114,000.00 paid');
      expect(screen.getByRole('heading', { name: 'Volunteer here' })).toBeInTheDocument();
      const keys = leafKeys(allResources('en'));
      const text = document.body.textContent ?? '';
      expect(keys.filter((key) => key.startsWith('stories.') && text.includes(key))).toEqual([]);
    } finally {
      window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    }
  });
});
