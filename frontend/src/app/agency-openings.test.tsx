import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { organisationDetail, ownerAccount, session, taxonomies } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-8-contract.md says (organisation 5, its member ownerAccount).
const skills = [
  { code: 'tutoring', kind: 'service', nameZh: '教育辅导', nameEn: 'Tutoring and education' },
  { code: 'language-yi', kind: 'language', nameZh: '彝语', nameEn: 'Yi language' },
];

const shift = (id: number, startsAt: string, endsAt: string, extra: object = {}) => ({
  id,
  startsAt,
  endsAt,
  capacity: 10,
  confirmed: 4,
  free: 6,
  waitlisted: 0,
  status: 'open',
  ...extra,
});

const openingDetail = {
  id: 31,
  status: 'draft',
  organisationId: 5,
  organisationName: '镇雄县阳光社工服务中心',
  projectId: 77,
  projectTitle: '留守儿童暑期陪伴',
  title: '周末课业辅导',
  description: '陪伴留守儿童完成作业。',
  regionCode: '530621100',
  regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
  meetingPlace: '文屏镇中心小学门口',
  targetGroups: ['left-behind-children'],
  category: 'left-behind-children',
  skills: ['tutoring'],
  adultsOnly: true,
  screening: 'approval',
  signupDeadline: '2026-12-04T18:00:00+08:00',
  contactName: '王芳',
  contactPhone: '0870-1234567',
  shifts: [
    shift(301, '2026-12-05T09:00:00+08:00', '2026-12-05T12:30:00+08:00', { version: 2 }),
    shift(302, '2026-12-06T01:00:00Z', '2026-12-06T04:00:00Z', {
      free: 0,
      confirmed: 10,
      waitlisted: 3,
    }),
  ],
  version: 3,
};

function signedIn() {
  server.use(
    sessionHandler(session(ownerAccount)),
    http.get('*/api/taxonomies', () => HttpResponse.json({ ...taxonomies, skills })),
    http.get('*/api/organisations/5/projects', () =>
      HttpResponse.json([
        { id: 77, title: '留守儿童暑期陪伴', status: 'published', version: 1 },
        { id: 78, title: '老人探访', status: 'draft', version: 1 },
      ]),
    ),
  );
}

describe('the organisation workspace', () => {
  it('links to the volunteer openings', async () => {
    signedIn();
    server.use(
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({ ...organisationDetail, status: 'verified' }),
      ),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () =>
        HttpResponse.json({ members: [], invitations: [] }),
      ),
    );
    const { user, location } = renderWithRouter(<AppRoutes />, '/my/organisations/5');
    const section = await screen.findByRole('region', { name: '志愿服务' });
    await user.click(within(section).getByRole('link', { name: '志愿服务岗位' }));
    await waitFor(() => expect(location().pathname).toBe('/my/organisations/5/openings'));
  });
});

describe('openings list', () => {
  it('shows status, shifts and free places, and filters by status', async () => {
    signedIn();
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/organisations/5/openings', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        const items = [
          {
            id: 31,
            title: '周末课业辅导',
            status: 'published',
            projectId: 77,
            regionPath: '云南省 › 昭通市 › 鲁甸县 › 文屏镇',
            signupDeadline: '2026-12-04T18:00:00+08:00',
            shiftCount: 2,
            nextShiftStartsAt: '2026-12-05T09:00:00+08:00',
            capacity: 20,
            freePlaces: 6,
            version: 3,
          },
          {
            id: 32,
            title: '敬老院探访',
            status: 'draft',
            projectId: 78,
            regionPath: null,
            signupDeadline: null,
            shiftCount: 0,
            nextShiftStartsAt: null,
            capacity: 0,
            freePlaces: 0,
            version: 1,
          },
        ].filter((item) => !params.get('status') || item.status === params.get('status'));
        return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings');
    const list = await screen.findByRole('list', { name: '志愿服务岗位' });
    const first = within(list).getByRole('link', { name: '周末课业辅导' }).closest('li')!;
    expect(first).toHaveTextContent('已发布');
    expect(first).toHaveTextContent('2 个班次 · 余 6 / 20 个名额 · 下一班次 2026-12-05 09:00');
    expect(first).toHaveTextContent('报名截止 2026-12-04 18:00');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '新建岗位' })).toHaveAttribute(
      'href',
      '/my/organisations/5/openings/new',
    );

    await user.selectOptions(screen.getByLabelText('状态'), 'draft');
    await waitFor(() => expect(within(list).queryByText('周末课业辅导')).not.toBeInTheDocument());
    expect(asked.at(-1)?.get('status')).toBe('draft');
    expect(asked.at(-1)?.get('page')).toBe('0');
  });
});

describe('new opening', () => {
  async function fillOpening(user: ReturnType<typeof renderWithRouter>['user']) {
    await user.selectOptions(await screen.findByLabelText('所属项目'), '77');
    await user.type(screen.getByLabelText('岗位名称'), '周末课业辅导');
    await user.type(screen.getByLabelText('服务内容'), '陪伴留守儿童完成作业。');
    const region = screen.getByRole('group', { name: '服务地点（县、乡镇或村）' });
    await user.selectOptions(
      await within(region).findByRole('combobox', { name: '州（市）' }),
      '5306',
    );
    await user.selectOptions(
      await within(region)
        .findByRole('option', { name: '鲁甸县' })
        .then(() => within(region).getByRole('combobox', { name: '县（市、区）' })),
      '530621',
    );
    await within(region).findByRole('option', { name: '文屏镇' });
    await user.selectOptions(
      within(region).getByRole('combobox', { name: '乡镇（街道）' }),
      '530621100',
    );
    await user.type(screen.getByLabelText('集合地点'), '文屏镇中心小学门口');
    await user.selectOptions(screen.getByLabelText('服务类别'), 'left-behind-children');
    await user.click(
      within(screen.getByRole('group', { name: '服务对象' })).getByLabelText('留守儿童'),
    );
    await user.click(
      within(await screen.findByRole('group', { name: '需要的技能' })).getByLabelText('彝语'),
    );
    await user.click(screen.getByLabelText('仅限成年人（18 周岁以上）'));
    await user.click(screen.getByLabelText('由机构逐一审核'));
    await user.type(screen.getByLabelText('报名截止时间'), '2026-12-04T18:00');
    await user.type(screen.getByLabelText('联系人'), '王芳');
    await user.type(screen.getByLabelText('联系电话'), '0870-1234567');
    const date = screen.getByLabelText('班次 1 日期');
    await user.type(date, '2026-12-05');
    await user.clear(screen.getByLabelText('班次 1 结束时间'));
    await user.type(screen.getByLabelText('班次 1 结束时间'), '12:30');
  }

  it('sends every field of the request and opens the new draft', async () => {
    signedIn();
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.post('*/api/organisations/5/openings', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(openingDetail, { status: 201 });
      }),
      http.get('*/api/organisations/5/openings/31', () => HttpResponse.json(openingDetail)),
    );
    const { user, location } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/new');
    await fillOpening(user);
    await user.click(screen.getByRole('button', { name: '添加班次' }));
    await user.type(screen.getByLabelText('班次 2 日期'), '2026-12-06');
    await user.clear(screen.getByLabelText('班次 2 名额'));
    await user.type(screen.getByLabelText('班次 2 名额'), '25');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    await waitFor(() => expect(location().pathname).toBe('/my/organisations/5/openings/31'));
    expect(sent).toEqual({
      projectId: 77,
      title: '周末课业辅导',
      description: '陪伴留守儿童完成作业。',
      regionCode: '530621100',
      meetingPlace: '文屏镇中心小学门口',
      targetGroups: ['left-behind-children'],
      category: 'left-behind-children',
      skills: ['language-yi'],
      adultsOnly: true,
      screening: 'approval',
      signupDeadline: '2026-12-04T18:00:00+08:00',
      contactName: '王芳',
      contactPhone: '0870-1234567',
      shifts: [
        { date: '2026-12-05', start: '09:00', end: '12:30', capacity: 10 },
        { date: '2026-12-06', start: '09:00', end: '12:00', capacity: 25 },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '周末课业辅导' }),
    ).toBeInTheDocument();
  });

  it('refuses a shift ending before it starts and a capacity of 0 before sending', async () => {
    signedIn();
    let sent = false;
    server.use(
      http.post('*/api/organisations/5/openings', () => {
        sent = true;
        return HttpResponse.json(openingDetail, { status: 201 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/new');
    await fillOpening(user);
    await user.clear(screen.getByLabelText('班次 1 结束时间'));
    await user.type(screen.getByLabelText('班次 1 结束时间'), '08:00');
    await user.clear(screen.getByLabelText('班次 1 名额'));
    await user.type(screen.getByLabelText('班次 1 名额'), '0');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(screen.getByLabelText('班次 1 结束时间')).toHaveAccessibleDescription(
      '结束时间应晚于开始时间（同一天）。',
    );
    expect(screen.getByLabelText('班次 1 名额')).toHaveAccessibleDescription(
      '名额应为 1 到 100000 之间的整数。',
    );
    expect(sent).toBe(false);
  });

  it('says what is missing in an empty form and sends nothing', async () => {
    signedIn();
    let sent = false;
    server.use(
      http.post('*/api/organisations/5/openings', () => {
        sent = true;
        return HttpResponse.json(openingDetail, { status: 201 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/new');
    await user.click(await screen.findByRole('button', { name: '保存为草稿' }));
    expect(screen.getByLabelText('所属项目')).toHaveFocus();
    expect(screen.getByLabelText('岗位名称')).toHaveAccessibleDescription('此项必填。');
    expect(screen.getByLabelText('服务内容')).toHaveAccessibleDescription('此项必填。');
    expect(screen.getByLabelText('班次 1 日期')).toHaveAccessibleDescription('此项必填。');
    expect(screen.getByRole('group', { name: '服务对象' })).toHaveTextContent('请至少选择一项。');
    expect(screen.getByRole('group', { name: '服务地点（县、乡镇或村）' })).toHaveTextContent(
      '请至少选到县（市、区）。',
    );
    expect(sent).toBe(false);
  });

  it("puts the server's field errors at their field, a shift's end and capacity too", async () => {
    signedIn();
    server.use(
      http.post('*/api/organisations/5/openings', () =>
        problem(400, '输入有误', '请检查标出的字段', {
          errors: [
            { field: 'create.request.shifts[0].end', message: '班次结束时间必须晚于开始时间' },
            { field: 'create.request.shifts[0].capacity', message: '名额须在 1 到 100000 之间' },
            { field: 'create.request.signupDeadline', message: '报名截止时间不能晚于第一个班次' },
          ],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/new');
    await fillOpening(user);
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));
    const end = screen.getByLabelText('班次 1 结束时间');
    expect(await screen.findByText('班次结束时间必须晚于开始时间')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveFocus();
    expect(screen.getByLabelText('班次 1 名额')).toHaveAccessibleDescription(
      '名额须在 1 到 100000 之间',
    );
    expect(screen.getByLabelText('报名截止时间')).toHaveAccessibleDescription(
      /报名截止时间不能晚于第一个班次/,
    );
  });
});

describe('opening editor', () => {
  function editing(detail: object = openingDetail) {
    signedIn();
    let current = { ...openingDetail, ...detail };
    const calls: { path: string; body: unknown }[] = [];
    server.use(
      http.get('*/api/organisations/5/openings/31', () => HttpResponse.json(current)),
      http.post('*/api/organisations/5/openings/31/:action', async ({ request, params }) => {
        calls.push({ path: String(params.action), body: await request.text() });
        if (params.action === 'publish') current = { ...current, status: 'published' };
        if (params.action === 'cancel') current = { ...current, status: 'cancelled' };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    return calls;
  }

  it('shows the shifts in Beijing time with places, and publishes the draft', async () => {
    const calls = editing();
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    const shifts = await screen.findByRole('list', { name: '班次' });
    const items = within(shifts).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('2026-12-05 09:00–12:30');
    expect(items[0]).toHaveTextContent('已确认 4 / 10 · 余 6 个名额');
    // 01:00Z is 09:00 in Asia/Shanghai
    expect(items[1]).toHaveTextContent('2026-12-06 09:00–12:00');
    expect(items[1]).toHaveTextContent('已确认 10 / 10 · 余 0 个名额 · 候补 3 人');
    expect(
      within(items[0]!).getByRole('link', { name: '报名名单与签到 2026-12-05 09:00–12:30' }),
    ).toHaveAttribute('href', '/my/organisations/5/shifts/301/roster');

    await user.click(screen.getByRole('button', { name: '发布岗位' }));
    expect(await screen.findByTestId('opening-status')).toHaveTextContent('已发布');
    expect(calls).toEqual([{ path: 'publish', body: '' }]);
  });

  it("says why publishing is refused (the server's 403 detail)", async () => {
    signedIn();
    server.use(
      http.get('*/api/organisations/5/openings/31', () => HttpResponse.json(openingDetail)),
      http.post('*/api/organisations/5/openings/31/publish', () =>
        problem(403, '机构未认证', '机构尚未通过认证，不能发布岗位。'),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    await user.click(await screen.findByRole('button', { name: '发布岗位' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('机构尚未通过认证，不能发布岗位。');
  });

  it('cancels the opening only with a reason', async () => {
    const calls = editing({ status: 'published' });
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    await user.click(await screen.findByRole('button', { name: '取消岗位' }));
    const reason = screen.getByLabelText('取消岗位的原因（会告知已报名的志愿者）');
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '确认取消岗位' }));
    expect(reason).toHaveAccessibleDescription('请填写原因。');
    expect(calls).toEqual([]);
    await user.type(reason, '道路塌方，活动取消');
    await user.click(screen.getByRole('button', { name: '确认取消岗位' }));
    expect(await screen.findByTestId('opening-status')).toHaveTextContent('已取消');
    expect(calls).toEqual([
      { path: 'cancel', body: JSON.stringify({ reason: '道路塌方，活动取消' }) },
    ]);
    // a cancelled opening is no longer edited
    expect(screen.queryByRole('button', { name: '添加班次' })).not.toBeInTheDocument();
  });

  it("edits a shift with its version and shows the server's error at the end time", async () => {
    editing();
    let sent: unknown;
    server.use(
      http.put('*/api/organisations/5/openings/31/shifts/301', async ({ request }) => {
        sent = await request.json();
        return problem(400, '输入有误', '请检查标出的字段', {
          errors: [{ field: 'update.request.end', message: '班次不能跨越午夜' }],
        });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    await user.click(
      await screen.findByRole('button', { name: '修改班次 2026-12-05 09:00–12:30' }),
    );
    expect(screen.getByLabelText('日期')).toHaveValue('2026-12-05');
    expect(screen.getByLabelText('开始时间')).toHaveValue('09:00');
    expect(screen.getByLabelText('结束时间')).toHaveValue('12:30');
    await user.clear(screen.getByLabelText('名额'));
    await user.type(screen.getByLabelText('名额'), '12');
    await user.click(screen.getByRole('button', { name: '保存班次' }));
    expect(await screen.findByText('班次不能跨越午夜')).toBeInTheDocument();
    expect(screen.getByLabelText('结束时间')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual({
      date: '2026-12-05',
      start: '09:00',
      end: '12:30',
      capacity: 12,
      version: 2,
    });
  });

  it('adds a shift, and cancels one with a reason', async () => {
    editing();
    const seen: { method: string; path: string; body: unknown }[] = [];
    server.use(
      http.post('*/api/organisations/5/openings/31/shifts', async ({ request }) => {
        seen.push({ method: 'POST', path: 'shifts', body: await request.json() });
        return HttpResponse.json(
          shift(303, '2026-12-12T09:00:00+08:00', '2026-12-12T12:00:00+08:00'),
          {
            status: 201,
          },
        );
      }),
      http.post('*/api/organisations/5/openings/31/shifts/302/cancel', async ({ request }) => {
        seen.push({ method: 'POST', path: 'cancel', body: await request.json() });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    await user.click(await screen.findByRole('button', { name: '添加班次' }));
    await user.type(screen.getByLabelText('日期'), '2026-12-12');
    await user.click(screen.getByRole('button', { name: '添加此班次' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.body).toEqual({
      date: '2026-12-12',
      start: '09:00',
      end: '12:00',
      capacity: 10,
    });

    await user.click(screen.getByRole('button', { name: '取消班次 2026-12-06 09:00–12:00' }));
    await user.type(
      screen.getByLabelText('取消班次的原因（会告知已报名的志愿者）'),
      '老师临时有事',
    );
    await user.click(screen.getByRole('button', { name: '确认取消班次' }));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.body).toEqual({ reason: '老师临时有事' });
  });

  it('saves the fields with the version edited, in English too', async () => {
    window.localStorage.setItem('qianshou.language', 'en');
    editing();
    let sent: Record<string, unknown> | undefined;
    let current = openingDetail;
    server.use(
      http.get('*/api/organisations/5/openings/31', () => HttpResponse.json(current)),
      http.put('*/api/organisations/5/openings/31', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        current = { ...openingDetail, title: 'Homework club', version: 4 };
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/openings/31');
    const title = await screen.findByLabelText('Title');
    expect(screen.getByLabelText('Sign-up deadline')).toHaveValue('2026-12-04T18:00');
    expect(screen.getByLabelText('The agency approves each volunteer')).toBeChecked();
    await user.clear(title);
    await user.type(title, 'Homework club');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Homework club' }),
    ).toBeInTheDocument();
    expect(sent).toMatchObject({
      projectId: 77,
      title: 'Homework club',
      regionCode: '530621100',
      adultsOnly: true,
      screening: 'approval',
      signupDeadline: '2026-12-04T18:00:00+08:00',
      version: 3,
    });
    expect(sent).not.toHaveProperty('shifts');
  });
});
