import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { AppRoutes } from './router';
import { ownerAccount, session } from '@/testing/fixtures';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

/** The error text a field announces with it (aria-describedby → its `-error` paragraph). */
function fieldErrorOf(field: HTMLElement): string | null {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.id.endsWith('-error'));
  return error?.textContent ?? null;
}

describe('forms (react-hook-form + zod)', () => {
  it('checks a form in the browser before anything is sent, in the user’s language', async () => {
    let requests = 0;
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(session(null))),
      http.post('*/api/auth/password-reset/confirm', () => {
        requests++;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/reset-password?token=abc');

    const password = await screen.findByLabelText('新密码');
    const repeat = screen.getByLabelText('再次输入新密码');
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));

    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(fieldErrorOf(password)).toBe('密码至少需要 8 个字符。');
    expect(password).toHaveFocus();

    await user.clear(password);
    await user.type(password, 'Lushan-2024!');
    await user.type(repeat, 'Lushan-2025!');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(fieldErrorOf(repeat)).toBe('两次输入的密码不一致。');
    expect(fieldErrorOf(password)).toBeNull();
    expect(requests).toBe(0);

    await user.clear(repeat);
    await user.type(repeat, 'Lushan-2024!');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(requests).toBe(1);
  });

  it('shows the server’s field errors at their fields and the rest in the form’s alert', async () => {
    let body: unknown;
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(session(ownerAccount))),
      http.get('*/api/account/invitations', () => HttpResponse.json([])),
      http.post('*/api/account/password', async ({ request }) => {
        body = await request.json();
        return problem(400, '输入有误', '请检查标出的内容', {
          errors: [
            { field: 'changePassword.request.newPassword', message: '这个密码太常见，请换一个' },
            { field: 'somethingElse', message: '另一个问题' },
          ],
        });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/account');

    const current = await screen.findByLabelText('当前密码');
    const fresh = screen.getByLabelText('新密码');
    await user.type(current, 'Lushan-2024!');
    await user.type(fresh, 'password123');
    await user.click(screen.getByRole('button', { name: '修改密码' }));

    expect(await screen.findByText('这个密码太常见，请换一个')).toBeInTheDocument();
    expect(body).toEqual({ currentPassword: 'Lushan-2024!', newPassword: 'password123' });
    expect(fresh).toHaveAttribute('aria-invalid', 'true');
    expect(fieldErrorOf(fresh)).toBe('这个密码太常见，请换一个');
    expect(fresh).toHaveFocus();
    expect(current).not.toHaveAttribute('aria-invalid');
    const section = screen.getByRole('region', { name: '修改密码' });
    expect(within(section).getByRole('alert')).toHaveTextContent('另一个问题');
    expect(within(section).getByRole('alert')).not.toHaveTextContent('这个密码太常见');

    // correcting the field clears the server's message there once the form is checked again
    await user.clear(fresh);
    await user.type(fresh, 'Lushan-2025!');
    expect(fieldErrorOf(fresh)).toBeNull();
  });
});
