import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { AppRoutes } from './router';
import { ownerAccount, session } from '@/testing/fixtures';
import { fundingHandlers } from '@/features/funding/testing/handlers';
import { volunteeringHandlers } from '@/features/volunteering/testing/handlers';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

const saved = {
  id: 7,
  name: '镇雄县留守儿童',
  kind: 'project',
  query: 'q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=530627',
  frequency: 'daily',
  lastDigestAt: '2026-11-30T08:00:00Z',
  createdAt: '2026-11-30T08:00:00Z',
  version: 3,
};

describe('saving a search', () => {
  it('saves the project search of the address (without the page) with the chosen alerts', async () => {
    let posted: unknown;
    server.use(
      sessionHandler(session(ownerAccount)),
      http.post('*/api/me/saved-searches', async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(saved, { status: 201 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/projects?q=留守儿童&region=530627&page=2');

    await user.click(await screen.findByRole('button', { name: '保存搜索' }));
    const form = screen.getByRole('form', { name: '保存搜索' });
    expect(within(form).getByLabelText('名称')).toHaveValue('留守儿童');
    await user.selectOptions(within(form).getByLabelText('邮件提醒'), '每天');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/已保存。/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: '管理我保存的搜索' })).toHaveAttribute(
      'href',
      '/me/saved-searches',
    );
    expect(posted).toEqual({
      name: '留守儿童',
      kind: 'project',
      query: 'q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=530627',
      frequency: 'daily',
    });
  });

  it("shows the server's refusal next to the field it names", async () => {
    server.use(
      sessionHandler(session(ownerAccount)),
      http.post('*/api/me/saved-searches', () =>
        problem(400, '输入有误', '请检查', {
          errors: [{ field: 'frequency', message: '邮件提醒需要电子邮箱' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/projects?q=留守儿童');
    await user.click(await screen.findByRole('button', { name: '保存搜索' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('邮件提醒需要电子邮箱')).toBeInTheDocument();
    expect(screen.getByLabelText('邮件提醒')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a visitor to sign in first, coming back to the search', async () => {
    renderWithRouter(<AppRoutes />, '/projects?q=留守儿童');
    const link = await screen.findByRole('link', { name: '登录后可保存搜索' });
    expect(link.getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent('/projects?q=留守儿童')}`,
    );
  });
});

/** Every search page saves its own address (without the page) as its kind's saved search. */
describe('saving a search from every search page', () => {
  const emptyCombined = {
    total: 0,
    loose: false,
    page: 0,
    size: 20,
    kinds: [],
    facets: { region: [], targetGroup: [] },
    hits: [],
  };
  const emptyOrganisations = { total: 0, page: 0, size: 20, items: [], facets: {} };

  it.each([
    {
      page: '/search?q=留守儿童&page=2',
      kind: 'all',
      query: 'q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5',
      name: '留守儿童',
    },
    {
      page: '/search?q=社工&kind=opening&region=5306&skill=counselling&freePlaces=true&page=3',
      kind: 'all',
      query: 'q=%E7%A4%BE%E5%B7%A5&kind=opening&region=5306&skill=counselling&freePlaces=true',
      name: '社工',
    },
    {
      page: '/openings?q=陪伴&region=530627&skill=counselling&when=weekend&free=1&page=2',
      kind: 'opening',
      query: 'q=%E9%99%AA%E4%BC%B4&region=530627&skill=counselling&when=weekend&free=1',
      name: '陪伴',
    },
    {
      page: '/calls?fundingType=government-purchase&soon=1&page=4',
      kind: 'call',
      query: 'fundingType=government-purchase&soon=1',
      name: '全部结果',
    },
    {
      page: '/organisations?q=昭通&kind=agency&category=left-behind-children&page=2',
      kind: 'organisation',
      query: 'q=%E6%98%AD%E9%80%9A&kind=agency&category=left-behind-children',
      name: '昭通',
    },
  ])('$kind from $page', async ({ page, kind, query, name }) => {
    let posted: unknown;
    server.use(
      sessionHandler(session(ownerAccount)),
      ...volunteeringHandlers,
      ...fundingHandlers,
      http.get('*/api/search', () => HttpResponse.json(emptyCombined)),
      http.get('*/api/organisations', () => HttpResponse.json(emptyOrganisations)),
      http.post('*/api/me/saved-searches', async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json({ ...saved, kind, query }, { status: 201 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, page);

    await user.click(await screen.findByRole('button', { name: '保存搜索' }));
    const form = screen.getByRole('form', { name: '保存搜索' });
    expect(within(form).getByLabelText('名称')).toHaveValue(name);
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/已保存。/)).toHaveAttribute('role', 'status');
    expect(posted).toEqual({ name, kind, query, frequency: 'weekly' });
  });
});

describe('/me/saved-searches', () => {
  it('lists the saved searches and changes the alerts of one', async () => {
    let put: unknown;
    let list = [saved];
    server.use(
      sessionHandler(session(ownerAccount)),
      http.get('*/api/me/saved-searches', () => HttpResponse.json(list)),
      http.put('*/api/me/saved-searches/7', async ({ request }) => {
        put = await request.json();
        list = [{ ...saved, frequency: 'weekly', version: 4 }];
        return HttpResponse.json(list[0]);
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/me/saved-searches');

    const item = (await screen.findByRole('heading', { name: '镇雄县留守儿童' })).closest('li')!;
    expect(item).toHaveTextContent('邮件提醒：每天');
    expect(item).toHaveTextContent('q=留守儿童 · region=530627');
    expect(within(item).getByRole('link', { name: '打开搜索' })).toHaveAttribute(
      'href',
      `/projects?${saved.query}`,
    );
    await user.click(within(item).getByRole('button', { name: '修改' }));
    await user.selectOptions(within(item).getByLabelText('邮件提醒'), '每周');
    await user.click(within(item).getByRole('button', { name: '保存修改' }));

    await waitFor(() => expect(item).toHaveTextContent('邮件提醒：每周'));
    expect(put).toEqual({
      name: '镇雄县留守儿童',
      kind: 'project',
      query: saved.query,
      frequency: 'weekly',
      version: 3,
    });
  });

  it('deletes a saved search once confirmed', async () => {
    let list = [saved];
    let deleted = false;
    server.use(
      sessionHandler(session(ownerAccount)),
      http.get('*/api/me/saved-searches', () => HttpResponse.json(list)),
      http.delete('*/api/me/saved-searches/7', () => {
        deleted = true;
        list = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderWithRouter(<AppRoutes />, '/me/saved-searches');
    await user.click(await screen.findByRole('button', { name: '删除' }));
    expect(confirm).toHaveBeenCalledWith('删除“镇雄县留守儿童”？');
    expect(await screen.findByText('您还没有保存搜索。')).toBeInTheDocument();
    expect(deleted).toBe(true);
    confirm.mockRestore();
  });
});

describe('/saved-searches/unsubscribe', () => {
  it('says what the link stops and stops it on a click, without signing in', async () => {
    let posted = 0;
    server.use(
      http.get('*/api/saved-searches/unsubscribe', ({ request }) =>
        new URL(request.url).searchParams.get('token') === 'tok-1'
          ? HttpResponse.json({ name: '镇雄县留守儿童', kind: 'project', unsubscribed: false })
          : problem(404, '未找到', '未找到'),
      ),
      http.post('*/api/saved-searches/unsubscribe', ({ request }) => {
        posted += new URL(request.url).searchParams.get('token') === 'tok-1' ? 1 : 0;
        return HttpResponse.json({ name: '镇雄县留守儿童', kind: 'project', unsubscribed: true });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/saved-searches/unsubscribe?token=tok-1');
    expect(await screen.findByText('不再接收“镇雄县留守儿童”的邮件提醒？')).toBeInTheDocument();
    expect(posted).toBe(0);
    await user.click(screen.getByRole('button', { name: '取消提醒' }));
    expect(await screen.findByText('已取消“镇雄县留守儿童”的邮件提醒。')).toBeInTheDocument();
    expect(posted).toBe(1);
  });

  it('explains an unknown link', async () => {
    server.use(
      http.get('*/api/saved-searches/unsubscribe', () => problem(404, '未找到', '未找到')),
    );
    renderWithRouter(<AppRoutes />, '/saved-searches/unsubscribe?token=nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('这个退订链接无效或已过期。');
  });
});
