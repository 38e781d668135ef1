import { http, HttpResponse } from 'msw';

import { problem, sessionHandler } from '@/testing/handlers';

import {
  adultProfile,
  certificate,
  myRecords,
  myShifts,
  openingDetail,
  openingSearchAnswer,
  verifiedCertificate,
  volunteerAccount,
} from './fixtures';

/** What the volunteering handlers were asked, for tests that check the requests. */
export const seen = {
  searches: [] as URLSearchParams[],
  bodies: [] as { path: string; body: unknown }[],
  reset() {
    this.searches.length = 0;
    this.bodies.length = 0;
  },
};

async function remember(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  seen.bodies.push({ path: new URL(request.url).pathname, body });
  return body;
}

/** The session of a signed-in volunteer. */
export const signedInVolunteer = () =>
  sessionHandler({ account: volunteerAccount, csrfToken: 'csrf-1' });

/** The volunteer's profile (or 404 without one). */
export const profileHandler = (profile: Record<string, unknown> | null) =>
  http.get('*/api/volunteer/profile', () =>
    profile ? HttpResponse.json(profile) : problem(404, '未找到', '尚未登记志愿者资料'),
  );

/** Every volunteering endpoint, answering as the contract says (use with server.use). */
export const volunteeringHandlers = [
  http.get('*/api/openings', ({ request }) => {
    seen.searches.push(new URL(request.url).searchParams);
    return HttpResponse.json(openingSearchAnswer);
  }),
  http.get('*/api/openings/:id', ({ params }) =>
    String(params.id) === String(openingDetail.id)
      ? HttpResponse.json(openingDetail)
      : problem(404, '未找到', '岗位不存在'),
  ),
  http.post('*/api/signups', async ({ request }) => {
    const body = (await remember(request)) as { shiftIds: number[] };
    return HttpResponse.json(
      body.shiftIds.map((shiftId, index) =>
        shiftId === 902
          ? { signupId: 8000 + index, shiftId, status: 'waitlisted', waitlistPosition: 3 }
          : { signupId: 8000 + index, shiftId, status: 'confirmed', waitlistPosition: null },
      ),
    );
  }),
  http.post('*/api/signups/:id/cancel', async ({ request }) => {
    await remember(request);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('*/api/volunteer/shifts', ({ request }) => {
    const scope = new URL(request.url).searchParams.get('scope');
    return HttpResponse.json(scope === 'past' ? myShifts.past : myShifts.upcoming);
  }),
  http.get('*/api/volunteer/calendar', () =>
    HttpResponse.json({ url: 'http://localhost/calendar/s3cr3t-token.ics' }),
  ),
  http.post('*/api/volunteer/calendar', async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ url: 'http://localhost/calendar/n3w-token.ics' });
  }),
  profileHandler(adultProfile),
  http.post('*/api/volunteer/profile', async ({ request }) => {
    await remember(request);
    return HttpResponse.json(adultProfile, { status: 201 });
  }),
  http.put('*/api/volunteer/profile', async ({ request }) => {
    const body = (await remember(request)) as Record<string, unknown>;
    return HttpResponse.json({ ...adultProfile, ...body, version: adultProfile.version + 1 });
  }),
  http.get('*/api/volunteer/records', () => HttpResponse.json(myRecords)),
  http.get('*/api/volunteer/records/:id/history', () =>
    HttpResponse.json([
      {
        version: 1,
        minutes: 240,
        content: '陪伴老人',
        evaluation: null,
        status: 'confirmed',
        reason: null,
        recordedAt: '2025-05-04T10:00:00+08:00',
      },
      {
        version: 2,
        minutes: 210,
        content: '陪伴老人聊天、整理房间',
        evaluation: '认真负责',
        status: 'confirmed',
        reason: '扣除路途时间',
        recordedAt: '2025-05-05T10:00:00+08:00',
      },
    ]),
  ),
  http.post('*/api/volunteer/records/:id/disputes', async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ id: 1, status: 'open' }, { status: 201 });
  }),
  http.get('*/api/volunteer/certificates', () => HttpResponse.json([certificate])),
  http.post('*/api/volunteer/certificates', async ({ request }) => {
    await remember(request);
    return HttpResponse.json(certificate, { status: 201 });
  }),
  http.post('*/api/check-in', async ({ request }) => {
    const body = (await remember(request)) as { shiftId: number; code: string };
    return body.code === 'ABCD2345'
      ? HttpResponse.json({ signupId: 7001, attendance: 'attended' })
      : problem(400, '输入有误', '签到码不正确', {
          errors: [{ field: 'code', message: '签到码不正确' }],
        });
  }),
  http.get('*/api/certificates/:code', ({ params }) =>
    String(params.code) === verifiedCertificate.code
      ? HttpResponse.json(verifiedCertificate)
      : String(params.code) === 'REVOKED00001'
        ? HttpResponse.json({
            ...verifiedCertificate,
            code: 'REVOKED00001',
            status: 'revoked',
            revokedAt: '2025-07-01T10:00:00+08:00',
          })
        : problem(404, '未找到', '证明不存在'),
  ),
];
