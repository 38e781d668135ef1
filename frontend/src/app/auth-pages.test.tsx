import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { AppRoutes } from './router';
import { ownerAccount, session } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

describe('sign-up', () => {
  it('sends the details, then the 6-digit code, and is then signed in', async () => {
    const bodies: Record<string, unknown> = {};
    let signedIn = false;
    server.use(
      http.get('*/api/auth/me', () =>
        HttpResponse.json(signedIn ? session(ownerAccount) : session(null)),
      ),
      http.post('*/api/auth/signup', async ({ request }) => {
        bodies.signup = await request.json();
        return HttpResponse.json({ status: 'sent', handle: 'handle-1' }, { status: 202 });
      }),
      http.post('*/api/auth/signup/confirm', async ({ request }) => {
        bodies.confirm = await request.json();
        const { code, handle } = bodies.confirm as { code: string; handle: string };
        if (code !== '123456' || handle !== 'handle-1') {
          return problem(400, '输入有误', '验证码不正确', {
            errors: [{ field: 'code', message: '验证码不正确或已过期' }],
          });
        }
        signedIn = true;
        return HttpResponse.json(session(ownerAccount));
      }),
      http.get('*/api/account/invitations', () => HttpResponse.json([])),
    );
    const { user, location } = renderWithRouter(<AppRoutes />, '/signup');

    await user.type(await screen.findByLabelText('手机号或电子邮箱'), 'li@example.org');
    await user.type(screen.getByLabelText('密码'), 'short');
    expect(screen.getByText(/密码至少需要 8 个字符/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('密码'));
    await user.type(screen.getByLabelText('密码'), 'Lushan-2024!');
    expect(screen.getByText('密码强度：强。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('显示名称'), '李老师');
    await user.click(screen.getByRole('checkbox', { name: '我想做志愿者' }));
    await user.click(screen.getByRole('button', { name: '发送验证码' }));

    const code = await screen.findByLabelText('验证码');
    expect(bodies.signup).toEqual({
      identifier: 'li@example.org',
      password: 'Lushan-2024!',
      displayName: '李老师',
      language: 'zh-CN',
      volunteer: true,
    });
    expect(screen.getByRole('status')).toHaveTextContent('li@example.org');

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: '完成注册' }));
    expect(await screen.findByText('验证码不正确或已过期')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: '完成注册' }));

    await waitFor(() => expect(location().pathname).toBe('/account'));
    expect(bodies.confirm).toEqual({
      identifier: 'li@example.org',
      code: '123456',
      handle: 'handle-1',
    });
    expect(await screen.findByRole('heading', { level: 1, name: '我的账户' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '李老师' })).toBeInTheDocument();
  });
});

describe('log-in', () => {
  it('says how many seconds to wait after too many attempts (429 + Retry-After)', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem(429, '请求过多', '请求过多', {}, { 'Retry-After': '42' }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/login');
    await user.type(await screen.findByLabelText('手机号或电子邮箱'), '13800000000');
    await user.type(screen.getByLabelText('密码'), 'whatever1');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('尝试次数过多，请在 42 秒后再试。');
    expect(screen.getByRole('link', { name: '忘记密码？' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('shows the server message for a wrong password and goes to `next` on success', async () => {
    let attempts = 0;
    let signedIn = false;
    server.use(
      http.get('*/api/auth/me', () =>
        HttpResponse.json(signedIn ? session(ownerAccount) : session(null)),
      ),
      http.post('*/api/auth/login', () => {
        attempts += 1;
        if (attempts === 1) return problem(401, '登录失败', '账号或密码错误');
        signedIn = true;
        return HttpResponse.json(session(ownerAccount));
      }),
      http.get('*/api/organisations', () =>
        HttpResponse.json({ total: 0, page: 0, size: 20, items: [], facets: {} }),
      ),
    );
    const { user, location } = renderWithRouter(
      <AppRoutes />,
      `/login?next=${encodeURIComponent('/organisations?kind=agency')}`,
    );
    await user.type(await screen.findByLabelText('手机号或电子邮箱'), 'li@example.org');
    await user.type(screen.getByLabelText('密码'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码错误');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(location().pathname).toBe('/organisations'));
    expect(location().search).toBe('?kind=agency');
  });

  it('sends a signed-out visitor of a private page to log-in with `next`', async () => {
    const { location } = renderWithRouter(<AppRoutes />, '/account');
    await screen.findByRole('heading', { level: 1, name: '登录' });
    expect(location().pathname).toBe('/login');
    expect(location().search).toBe(`?next=${encodeURIComponent('/account')}`);
  });
});

describe('forgot password', () => {
  it('says the same thing whether or not the account exists', async () => {
    server.use(
      http.post('*/api/auth/password-reset', () =>
        HttpResponse.json({ status: 'sent' }, { status: 202 }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/forgot-password');
    await user.type(await screen.findByLabelText('手机号或电子邮箱'), 'nobody@example.org');
    await user.click(screen.getByRole('button', { name: '发送重置链接' }));
    expect(await screen.findByRole('status')).toHaveTextContent('如果该账户存在');
  });
});

describe('header', () => {
  it('offers 登录/注册 to visitors and a menu with admin links to administrators', async () => {
    const visitor = renderWithRouter(<AppRoutes />, '/');
    const nav = await screen.findByRole('navigation', { name: '账户' });
    expect(within(nav).getByRole('link', { name: '登录' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '注册' })).toBeInTheDocument();
    visitor.unmount();

    server.use(
      sessionHandler(session({ ...ownerAccount, roles: ['admin'] })),
      http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/');
    const menuButton = await screen.findByRole('button', { name: '李老师' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: '我的账户' })).toHaveAttribute('href', '/account');
    expect(screen.getByRole('link', { name: '机构审核' })).toHaveAttribute(
      'href',
      '/admin/organisations',
    );
    expect(screen.getByRole('link', { name: '审计日志' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '故事审核' })).toHaveAttribute(
      'href',
      '/admin/stories',
    );
    expect(screen.getByRole('link', { name: '录入重点项目计划' })).toHaveAttribute(
      'href',
      '/admin/programmes',
    );
    server.use(sessionHandler(session(null)));
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('link', { name: '登录' })).toBeInTheDocument();
  });
});

describe('header for administrators', () => {
  it('links the story moderation queue and programme entry in English, and not for others', async () => {
    window.localStorage.setItem('qianshou.language', 'en');
    server.use(sessionHandler(session({ ...ownerAccount, roles: ['admin'] })));
    const admin = renderWithRouter(<AppRoutes />, '/');
    await admin.user.click(await screen.findByRole('button', { name: '李老师' }));
    expect(screen.getByRole('link', { name: 'Story moderation' })).toHaveAttribute(
      'href',
      '/admin/stories',
    );
    expect(screen.getByRole('link', { name: 'Enter programme records' })).toHaveAttribute(
      'href',
      '/admin/programmes',
    );
    admin.unmount();

    server.use(sessionHandler(session({ ...ownerAccount, roles: [] })));
    const member = renderWithRouter(<AppRoutes />, '/');
    await member.user.click(await screen.findByRole('button', { name: '李老师' }));
    expect(screen.getByRole('link', { name: 'My account' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Story moderation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Enter programme records' })).not.toBeInTheDocument();
  });
});
