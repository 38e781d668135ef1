import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import {
  seen,
  signedInVolunteer,
  volunteeringHandlers,
} from '@/features/volunteering/testing/handlers';

beforeEach(() => {
  seen.reset();
  server.use(...volunteeringHandlers, signedInVolunteer());
});

describe('my shifts', () => {
  it('lists upcoming and past shifts with status, waitlist position and attendance', async () => {
    renderWithRouter(<AppRoutes />, '/me/shifts');
    const upcoming = await screen.findByRole('list', { name: '即将开始' });
    const [confirmed, waitlisted] = within(upcoming).getAllByRole('listitem');
    expect(confirmed).toHaveTextContent('已确认');
    expect(confirmed).toHaveTextContent('2099-12-05 (周六) 09:00–12:30');
    expect(waitlisted).toHaveTextContent('候补中 · 候补第 2 位');
    const past = await screen.findByRole('list', { name: '已结束' });
    expect(within(past).getByRole('listitem')).toHaveTextContent('已签到');
    expect(within(past).queryByRole('button', { name: '取消报名' })).not.toBeInTheDocument();
  });

  it('cancels a sign-up after asking once', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/shifts');
    const upcoming = await screen.findByRole('list', { name: '即将开始' });
    const first = within(upcoming).getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: '取消报名' }));
    const ask = within(first).getByRole('group', { name: '确定取消 周末陪伴留守儿童 的报名？' });
    await user.click(within(ask).getByRole('button', { name: '不取消' }));
    expect(seen.bodies).toEqual([]);
    await user.click(within(first).getByRole('button', { name: '取消报名' }));
    await user.click(within(first).getByRole('button', { name: '确定取消' }));
    await waitFor(() =>
      expect(seen.bodies).toEqual([{ path: '/api/signups/7001/cancel', body: undefined }]),
    );
  });

  it('shows the secret calendar feed and makes a new one', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/shifts');
    const url = await screen.findByRole('textbox', { name: '日历订阅地址' });
    await waitFor(() => expect(url).toHaveValue('http://localhost/calendar/s3cr3t-token.ics'));
    await user.click(screen.getByRole('button', { name: '重新生成地址' }));
    expect(await screen.findByText('已生成新地址，旧地址已失效。')).toBeInTheDocument();
    expect(url).toHaveValue('http://localhost/calendar/n3w-token.ics');
  });

  it('sends a visitor to sign in', async () => {
    server.use(http.get('*/api/auth/me', () => Response.json({ account: null, csrfToken: null })));
    const { location } = renderWithRouter(<AppRoutes />, '/me/shifts');
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(location().search).toBe('?next=%2Fme%2Fshifts');
  });
});

describe('my hours', () => {
  it('shows every record, the total in hours and a record’s history', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/hours');
    expect(await screen.findByTestId('total-hours')).toHaveTextContent('5.5 小时');
    const records = screen.getByRole('list', { name: '服务记录' });
    const [first, second] = within(records).getAllByRole('listitem');
    expect(first).toHaveTextContent('3.5 小时');
    expect(first).toHaveTextContent('陪伴老人聊天、整理房间');
    expect(second).toHaveTextContent('草稿');
    await user.click(within(first!).getByRole('button', { name: '修改历史' }));
    const history = await screen.findByRole('list', { name: '敬老院探访 的修改历史' });
    expect(within(history).getAllByRole('listitem')[1]).toHaveTextContent('修改原因: 扣除路途时间');
  });

  it('disputes a record with a reason, which is required', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/hours');
    const records = await screen.findByRole('list', { name: '服务记录' });
    const first = within(records).getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: '对这条记录有异议' }));
    await user.click(within(first).getByRole('button', { name: '提交异议' }));
    const reason = within(first).getByLabelText('异议原因');
    expect(reason).toHaveAccessibleDescription(/必填/);
    expect(seen.bodies).toEqual([]);
    await user.type(reason, '实际服务了4小时');
    await user.click(within(first).getByRole('button', { name: '提交异议' }));
    expect(await within(first).findByText('异议已提交，机构会尽快处理。')).toBeInTheDocument();
    expect(seen.bodies).toEqual([
      { path: '/api/volunteer/records/501/disputes', body: { reason: '实际服务了4小时' } },
    ]);
  });

  it('requests a certificate over all or chosen confirmed records and lists the PDF', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/hours');
    const organisation = await screen.findByRole('combobox', { name: '出具机构' });
    // only the organisation with confirmed records is offered
    expect(
      within(organisation)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['昭通市阳光社会工作服务中心']);
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    await waitFor(() =>
      expect(seen.bodies).toEqual([
        { path: '/api/volunteer/certificates', body: { organisationId: 3, recordIds: null } },
      ]),
    );
    expect(await screen.findByText('证明已出具。')).toBeInTheDocument();

    await user.click(screen.getByLabelText('选择记录'));
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    expect(screen.getByText('请至少选择一条记录。')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/^敬老院探访 · 2025-05-03 · 3.5/));
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    await waitFor(() =>
      expect(seen.bodies.at(-1)).toEqual({
        path: '/api/volunteer/certificates',
        body: { organisationId: 3, recordIds: [501] },
      }),
    );

    const list = screen.getByRole('list', { name: '我的证明' });
    expect(
      within(list).getByRole('link', { name: '下载 昭通市阳光社会工作服务中心 出具的证明（PDF）' }),
    ).toHaveAttribute('href', '/api/volunteer/certificates/K7M2P9QX4TZ8.pdf');
    expect(within(list).getByRole('link', { name: '查看验证页' })).toHaveAttribute(
      'href',
      '/verify/K7M2P9QX4TZ8',
    );
  });

  it('shows a server refusal of a certificate', async () => {
    server.use(
      http.post('*/api/volunteer/certificates', () =>
        problem(409, '冲突', '所选记录中有未确认的记录'),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/me/hours');
    await user.click(await screen.findByRole('button', { name: '申请证明' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('所选记录中有未确认的记录');
  });
});

describe('check-in', () => {
  it('confirms with the code from the QR link', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/check-in/901?code=abcd2345');
    await user.click(await screen.findByRole('button', { name: '确认签到' }));
    expect(await screen.findByText('签到成功！感谢您的服务。')).toBeInTheDocument();
    expect(seen.bodies).toEqual([
      { path: '/api/check-in', body: { shiftId: 901, code: 'ABCD2345' } },
    ]);
  });

  it('says when the code is wrong, and when there is none', async () => {
    const { user, unmount } = renderWithRouter(<AppRoutes />, '/check-in/901?code=ZZZZ9999');
    await user.click(await screen.findByRole('button', { name: '确认签到' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('签到码不正确');
    unmount();
    renderWithRouter(<AppRoutes />, '/check-in/901');
    expect(await screen.findByRole('alert')).toHaveTextContent('签到链接不完整');
  });

  it('asks a visitor to sign in and come back to the same link', async () => {
    server.use(http.get('*/api/auth/me', () => Response.json({ account: null, csrfToken: null })));
    const { location } = renderWithRouter(<AppRoutes />, '/check-in/901?code=ABCD2345');
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(location().search).toBe('?next=%2Fcheck-in%2F901%3Fcode%3DABCD2345');
  });
});

describe('certificate verification (public)', () => {
  beforeEach(() => {
    server.use(http.get('*/api/auth/me', () => Response.json({ account: null, csrfToken: null })));
  });

  it('shows what a valid certificate says, with the ID number masked', async () => {
    renderWithRouter(<AppRoutes />, '/verify/K7M2P9QX4TZ8');
    expect(await screen.findByText('本证明真实有效。')).toBeInTheDocument();
    expect(screen.getByTestId('id-number-masked')).toHaveTextContent('530602********9994');
    expect(screen.getByText('张三')).toBeInTheDocument();
    expect(screen.getByText('3.5 小时')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '服务记录' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2025-05-03敬老院探访3.5');
  });

  it('says a revoked certificate is revoked, and an unknown code unknown', async () => {
    const first = renderWithRouter(<AppRoutes />, '/verify/REVOKED00001');
    expect(await screen.findByText(/本证明已于 2025-07-01 作废/)).toHaveAttribute('role', 'status');
    first.unmount();
    renderWithRouter(<AppRoutes />, '/verify/NOPE');
    expect(await screen.findByRole('heading', { name: '查无此证明' })).toBeInTheDocument();
    expect(screen.getByText('没有找到验证码为 NOPE 的证明，请核对验证码。')).toBeInTheDocument();
  });
});
