import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { minorProfile, openingDetail } from '@/features/volunteering/testing/fixtures';
import {
  profileHandler,
  seen,
  signedInVolunteer,
  volunteeringHandlers,
} from '@/features/volunteering/testing/handlers';

beforeEach(() => {
  seen.reset();
  server.use(...volunteeringHandlers);
});

describe('opening page', () => {
  it('shows the opening and each shift with free places, waitlist and an .ics link', async () => {
    renderWithRouter(<AppRoutes />, '/openings/301');
    expect(
      await screen.findByRole('heading', { level: 1, name: '周末陪伴留守儿童' }),
    ).toBeInTheDocument();
    expect(screen.getByText('文屏镇中心小学门口')).toBeInTheDocument();
    expect(screen.getByText('报名即确认')).toBeInTheDocument();
    const first = screen.getByRole('checkbox', { name: '2099-12-05 (周六) 09:00–12:30' });
    expect(first).toHaveAccessibleDescription('余 3 / 10 个名额');
    const second = screen.getByRole('checkbox', { name: '2099-12-06 (周日) 09:00–12:30' });
    expect(second).toHaveAccessibleDescription('已满，候补 2 人；报名将进入候补');
    expect(
      screen.getByRole('link', { name: '下载 2099-12-05 (周六) 09:00–12:30 的日历文件' }),
    ).toHaveAttribute('href', '/api/shifts/901.ics');
  });

  it('asks a visitor to sign in first, and comes back here afterwards', async () => {
    renderWithRouter(<AppRoutes />, '/openings/301');
    const signIn = await screen.findByRole('link', { name: '登录后报名' });
    expect(signIn).toHaveAttribute('href', '/login?next=%2Fopenings%2F301');
    expect(screen.getByRole('checkbox', { name: /2099-12-05/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '报名所选班次' })).not.toBeInTheDocument();
  });

  it('sends a signed-in account without a profile to complete it', async () => {
    server.use(signedInVolunteer(), profileHandler(null));
    renderWithRouter(<AppRoutes />, '/openings/301');
    const link = await screen.findByRole('link', { name: '完善志愿者资料' });
    expect(link).toHaveAttribute('href', '/me/volunteer?next=%2Fopenings%2F301');
  });

  it('signs up for two shifts and says confirmed for one, waitlisted with position for the other', async () => {
    server.use(signedInVolunteer());
    const { user } = renderWithRouter(<AppRoutes />, '/openings/301');
    const button = await screen.findByRole('button', { name: '报名所选班次' });
    await user.click(button);
    expect(screen.getByRole('alert')).toHaveTextContent('请至少选择一个班次。');
    expect(seen.bodies).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: /2099-12-05/ }));
    await user.click(screen.getByRole('checkbox', { name: /2099-12-06/ }));
    await user.click(button);

    const result = await screen.findByRole('region', { name: '报名结果' });
    expect(seen.bodies).toEqual([{ path: '/api/signups', body: { shiftIds: [901, 902] } }]);
    const items = within(result).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('2099-12-05 (周六) 09:00–12:30：报名成功，已确认');
    expect(items[1]).toHaveTextContent(
      '2099-12-06 (周日) 09:00–12:30：名额已满，已进入候补，排第 3 位',
    );
    expect(within(result).getByRole('link', { name: '查看我的班次' })).toHaveAttribute(
      'href',
      '/me/shifts',
    );
  });

  it('shows the reason when the server refuses (an overlapping shift)', async () => {
    server.use(
      signedInVolunteer(),
      http.post('*/api/signups', () =>
        problem(400, '输入有误', '请检查标出的字段', {
          errors: [{ field: 'shiftIds', message: '2099-12-05 的班次与您已报名的班次时间重叠' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/openings/301');
    await user.click(await screen.findByRole('checkbox', { name: /2099-12-05/ }));
    await user.click(screen.getByRole('button', { name: '报名所选班次' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('时间重叠');
  });

  it('refuses a minor for an adults-only opening and asks a minor without consent for it', async () => {
    server.use(
      signedInVolunteer(),
      profileHandler(minorProfile),
      http.get('*/api/openings/:id', ({ params }) =>
        HttpResponse.json(
          String(params.id) === '302'
            ? { ...openingDetail, id: 302, adultsOnly: true }
            : openingDetail,
        ),
      ),
    );
    const first = renderWithRouter(<AppRoutes />, '/openings/302');
    expect(
      await screen.findByText('本岗位仅限成年人，未满18周岁的志愿者不能报名。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报名所选班次' })).not.toBeInTheDocument();
    first.unmount();

    renderWithRouter(<AppRoutes />, '/openings/301');
    const consent = await screen.findByRole('link', { name: '登记监护人同意' });
    expect(consent).toHaveAttribute('href', '/me/volunteer?next=%2Fopenings%2F301#consent');
  });

  it('says so for an unknown opening', async () => {
    renderWithRouter(<AppRoutes />, '/openings/999');
    expect(
      await screen.findByRole('heading', { level: 1, name: '找不到该岗位' }),
    ).toBeInTheDocument();
  });

  it('reads in English too', async () => {
    window.localStorage.setItem('qianshou.language', 'en');
    renderWithRouter(<AppRoutes />, '/openings/301');
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: '2099-12-05 (Sat) 09:00–12:30' }),
      ).toHaveAccessibleDescription('3 of 10 places free'),
    );
    expect(screen.getByRole('link', { name: 'Sign in to sign up' })).toBeInTheDocument();
  });
});
