import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import {
  ADULT_ID,
  adultProfile,
  MINOR_ID,
  minorProfile,
} from '@/features/volunteering/testing/fixtures';
import {
  profileHandler,
  seen,
  signedInVolunteer,
  volunteeringHandlers,
} from '@/features/volunteering/testing/handlers';

beforeEach(() => {
  seen.reset();
  server.use(...volunteeringHandlers, signedInVolunteer());
});

/** Registration with a profile appearing once the POST went through. */
function registrationFlow() {
  let registered: Record<string, unknown> | null = null;
  server.use(
    http.get('*/api/volunteer/profile', () =>
      registered ? HttpResponse.json(registered) : problem(404, '未找到', '尚未登记'),
    ),
    http.post('*/api/volunteer/profile', async ({ request }) => {
      seen.bodies.push({ path: '/api/volunteer/profile', body: await request.json() });
      registered = adultProfile;
      return HttpResponse.json(adultProfile, { status: 201 });
    }),
  );
}

describe('volunteer registration', () => {
  it('checks the ID number before sending, then registers and shows only the masked number', async () => {
    registrationFlow();
    const { user } = renderWithRouter(<AppRoutes />, '/me/volunteer?next=%2Fopenings%2F301');
    const idNumber = await screen.findByLabelText('证件号码');
    await user.type(screen.getByLabelText('姓名'), '张三');
    await user.type(idNumber, ADULT_ID.slice(0, 17) + '5');
    await user.type(screen.getByLabelText('手机号码'), '1380000');
    await user.click(screen.getByRole('button', { name: '提交实名资料' }));
    expect(idNumber).toHaveAccessibleDescription(/校验位不正确/);
    expect(screen.getByLabelText('手机号码')).toHaveAccessibleDescription(/11位手机号码/);
    expect(seen.bodies).toEqual([]);
    // a passport needs no checksum, but a birth date
    expect(screen.queryByLabelText('出生日期')).not.toBeInTheDocument();

    await user.clear(idNumber);
    await user.type(idNumber, ADULT_ID.slice(0, 6) + ' ' + ADULT_ID.slice(6));
    await user.type(screen.getByLabelText('手机号码'), '0000');
    await user.click(
      within(screen.getByRole('group', { name: '服务技能' })).getByLabelText('教育辅导'),
    );
    await user.click(
      within(screen.getByRole('group', { name: '可服务时间' })).getByLabelText('周末'),
    );
    await user.click(screen.getByRole('button', { name: '提交实名资料' }));

    expect(await screen.findByTestId('id-number-masked')).toHaveTextContent('530602********9994');
    expect(seen.bodies).toEqual([
      {
        path: '/api/volunteer/profile',
        body: {
          name: '张三',
          idType: 'resident-id',
          idNumber: ADULT_ID,
          mobile: '13800000000',
          skills: ['tutoring'],
          regionCodes: [],
          availability: ['weekend'],
        },
      },
    ]);
    expect(document.body.textContent).not.toContain(ADULT_ID);
    expect(screen.getByRole('link', { name: '继续报名' })).toHaveAttribute('href', '/openings/301');
  });

  it('puts the server’s field errors at their fields (under 14) and a taken number at the ID', async () => {
    let answer = problem(400, '输入有误', '请检查标出的字段', {
      errors: [{ field: 'register.request.idNumber', message: '未满14周岁不能自行注册' }],
    });
    server.use(
      profileHandler(null),
      http.post('*/api/volunteer/profile', () => answer),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/me/volunteer');
    await user.selectOptions(await screen.findByLabelText('证件类型'), 'passport');
    await user.type(screen.getByLabelText('姓名'), 'Anna Li');
    await user.type(screen.getByLabelText('证件号码'), 'E12345678');
    await user.type(screen.getByLabelText('手机号码'), '13900000000');
    await user.click(screen.getByRole('button', { name: '提交实名资料' }));
    const birthDate = screen.getByLabelText('出生日期');
    expect(birthDate).toHaveAccessibleDescription(/请填写出生日期/);
    await user.type(birthDate, '2015-03-01');
    await user.click(screen.getByRole('button', { name: '提交实名资料' }));
    const idNumber = screen.getByLabelText('证件号码');
    await waitFor(() => expect(idNumber).toHaveAccessibleDescription(/未满14周岁不能自行注册/));
    expect(idNumber).toHaveFocus();

    answer = problem(409, '冲突', '该证件号码已被登记', {
      type: '/problems/volunteer.id-number.taken',
    });
    await user.click(screen.getByRole('button', { name: '提交实名资料' }));
    await waitFor(() => expect(idNumber).toHaveAccessibleDescription(/该证件号码已被登记/));
  });

  it('reads in English too', async () => {
    window.localStorage.setItem('qianshou.language', 'en');
    server.use(profileHandler(null));
    renderWithRouter(<AppRoutes />, '/me/volunteer');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Real-name volunteer profile' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('ID type')).toHaveDisplayValue('Resident identity card');
  });
});

describe('volunteer profile', () => {
  it('shows the masked ID and saves what may change with the version', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/me/volunteer');
    expect(await screen.findByTestId('id-number-masked')).toHaveTextContent('530602********9994');
    const mobile = screen.getByLabelText('手机号码');
    await user.clear(mobile);
    await user.type(mobile, '13911112222');
    await user.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByText('已保存。')).toBeInTheDocument();
    expect(seen.bodies).toEqual([
      {
        path: '/api/volunteer/profile',
        body: {
          mobile: '13911112222',
          skills: ['tutoring'],
          regionCodes: ['5306'],
          availability: ['weekend'],
          version: 1,
        },
      },
    ]);
  });

  it('records a minor’s guardian consent, which must be confirmed', async () => {
    let profile: Record<string, unknown> = minorProfile;
    server.use(
      http.get('*/api/volunteer/profile', () => HttpResponse.json(profile)),
      http.post('*/api/volunteer/profile/guardian-consent', async ({ request }) => {
        seen.bodies.push({ path: 'consent', body: await request.json() });
        profile = {
          ...minorProfile,
          consentRequired: false,
          canSignUp: true,
          guardianConsent: {
            guardianName: '李大明',
            relation: 'father',
            guardianPhoneMasked: '137****0000',
            recordedAt: '2026-11-30T12:00:00+08:00',
          },
        };
        return HttpResponse.json(profile);
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/me/volunteer');
    const section = await screen.findByRole('region', { name: '监护人同意' });
    expect(screen.getByTestId('id-number-masked')).toHaveTextContent('530621********9984');
    expect(document.body.textContent).not.toContain(MINOR_ID);
    await user.type(within(section).getByLabelText('监护人姓名'), '李大明');
    await user.selectOptions(within(section).getByLabelText('与您的关系'), 'father');
    await user.type(within(section).getByLabelText('监护人手机号码'), '13700000000');
    await user.click(within(section).getByRole('button', { name: '登记监护人同意' }));
    expect(within(section).getByText('请确认监护人已同意。')).toBeInTheDocument();
    expect(seen.bodies).toEqual([]);
    await user.click(within(section).getByLabelText('我确认监护人已知晓并同意我参加志愿服务'));
    await user.click(within(section).getByRole('button', { name: '登记监护人同意' }));
    expect(
      await within(section).findByText('监护人同意已于 2026-11-30 12:00 登记。'),
    ).toBeInTheDocument();
    expect(within(section).getByText('137****0000')).toBeInTheDocument();
    expect(seen.bodies).toEqual([
      {
        path: 'consent',
        body: {
          guardianName: '李大明',
          relation: 'father',
          guardianPhone: '13700000000',
          confirmed: true,
        },
      },
    ]);
  });
});
