import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { adminSession, agencySession, consent } from '@/features/stories/testing/fixtures';
import { stories, storyHandlers } from '@/features/stories/testing/handlers';

import { AppRoutes } from '../router';

beforeEach(() => {
  stories.reset();
  stories.story.status = 'submitted';
  stories.story.consents.push({ ...consent });
  stories.justifications.set('person-name:张小明', '监护人同意使用孩子的真名');
  stories.savedElsewhere(stories.story.bodyHtml);
  server.use(sessionHandler(adminSession), ...storyHandlers);
});

describe('story moderation', () => {
  it('lists submitted stories, oldest first', async () => {
    renderWithRouter(<AppRoutes />, '/admin/stories');
    await screen.findByRole('heading', { level: 1, name: '故事审核' });
    // the queue's items (the page's header has list items of its own: the main navigation)
    const queue = () =>
      screen.queryAllByRole('listitem').filter((item) => item.dataset.storyId !== undefined);
    await waitFor(() => expect(queue().map((item) => item.dataset.storyId)).toEqual(['61', '63']));
    const items = queue();
    expect(within(items[0]!).getByRole('link', { name: '小雨的新学期' })).toHaveAttribute(
      'href',
      '/admin/stories/61',
    );
    expect(items[0]).toHaveTextContent('提交于 2026-11-29');
    expect(stories.searches[0]?.get('status')).toBe('submitted');
  });

  it('shows the story with its flags, the author’s justifications, consents and photos', async () => {
    renderWithRouter(<AppRoutes />, '/admin/stories/61');
    await screen.findByRole('heading', { level: 1, name: '审核故事：小雨的新学期' });
    const flags = screen.getByTestId('flags');
    expect(flags.querySelectorAll('mark')).toHaveLength(2);
    expect(within(flags).getByTestId('justification')).toHaveTextContent(
      '作者的理由：监护人同意使用孩子的真名',
    );
    expect(document.getElementById('flag-2')).toHaveAttribute('data-resolved', 'false');
    // the moderator reads, never edits
    expect(screen.queryByLabelText('标记 2 的保留理由')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存同意记录' })).not.toBeInTheDocument();
    const consents = screen.getByRole('region', { name: '同意记录' });
    expect(consents).toHaveTextContent('小雨');
    expect(consents).toHaveTextContent('监护人（祖母）');
    expect(consents).toHaveTextContent('书面签字');
    expect(screen.getByText('作者未确认没有可辨认的面孔')).toBeInTheDocument();
  });

  it('shows a place in the project’s title as a flag that needs no reason', async () => {
    stories.story.projectTitle = '串九村留守儿童之家';
    stories.story.flags.push({
      field: 'project.title',
      kind: 'village',
      start: 0,
      end: 3,
      text: '串九村',
      justification: null,
      blocking: false,
    });
    renderWithRouter(<AppRoutes />, '/admin/stories/61');
    await screen.findByRole('heading', { level: 1, name: '审核故事：小雨的新学期' });
    const flags = screen.getByTestId('flags');
    expect(within(flags).getByTestId('flag-preview')).toHaveTextContent('项目名称：串九村');
    const item = [...flags.querySelectorAll('li[data-flag-kind="village"]')].find((li) =>
      li.textContent?.includes('串九村'),
    );
    expect(item).toHaveAttribute('data-resolved', 'true');
    expect(item).toHaveTextContent('公开的案例页面把它显示为“本项目”');
  });

  it('publishes, and shows the face rule clearly when the server refuses', async () => {
    stories.refuseFace = true;
    const { user } = renderWithRouter(<AppRoutes />, '/admin/stories/61');
    await user.click(await screen.findByRole('button', { name: '发布' }));
    const error = await screen.findByTestId('decision-error');
    expect(error).toHaveTextContent('涉及儿童的故事中，照片须确认没有可辨认的面孔');
    expect(error.querySelector('[data-field="photos[0]"]')).toHaveTextContent(
      '照片 1：未确认没有可辨认的面孔',
    );
    stories.refuseFace = false;
    await user.click(screen.getByRole('button', { name: '发布' }));
    await screen.findByTestId('decision-done');
    expect(stories.story.status).toBe('published');
  });

  it('returns a story only with a reason', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/stories/61');
    await user.click(await screen.findByRole('button', { name: '退回' }));
    expect(await screen.findByText('请填写原因。')).toBeInTheDocument();
    expect(stories.sent('POST', '/return')).toHaveLength(0);
    await user.type(screen.getByLabelText('退回的理由（作者会看到）'), '请把村名改为乡镇。');
    await user.click(screen.getByRole('button', { name: '退回' }));
    await screen.findByTestId('decision-done');
    expect(stories.sent('POST', '/return')).toEqual([{ reason: '请把村名改为乡镇。' }]);
    await waitFor(() =>
      expect(screen.getByTestId('story-status')).toHaveAttribute('data-status', 'returned'),
    );
  });

  it('unpublishes a published story with a reason', async () => {
    stories.story.status = 'published';
    const { user } = renderWithRouter(<AppRoutes />, '/admin/stories/61');
    await user.type(await screen.findByLabelText('下线的理由'), '监护人撤回同意');
    await user.click(screen.getByRole('button', { name: '下线' }));
    await screen.findByTestId('decision-done');
    expect(stories.sent('POST', '/unpublish')).toEqual([{ reason: '监护人撤回同意' }]);
  });

  it('is not shown to members who are not administrators', async () => {
    server.use(sessionHandler(agencySession));
    renderWithRouter(<AppRoutes />, '/admin/stories');
    expect(await screen.findByText(/管理员/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '故事审核' })).not.toBeInTheDocument();
  });
});
