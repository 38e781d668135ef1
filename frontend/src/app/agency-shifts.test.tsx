import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { ownerAccount, session } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-8-contract.md says: organisation 5, shift 301.
const volunteer = (signupId: number, name: string, extra: object = {}) => ({
  signupId,
  volunteerAccountId: signupId + 1000,
  name,
  idNumberMasked: '530627********1234',
  mobileMasked: '138****0000',
  age: 24,
  status: 'confirmed',
  waitlistPosition: null,
  attendance: null,
  createdAt: '2026-11-20T10:00:00+08:00',
  ...extra,
});

const rosterAnswer = {
  shift: {
    id: 301,
    startsAt: '2026-12-05T09:00:00+08:00',
    endsAt: '2026-12-05T12:30:00+08:00',
    capacity: 2,
    confirmed: 2,
    status: 'open',
  },
  opening: { id: 31, title: '周末课业辅导' },
  signups: [
    volunteer(3, '赵小云', { status: 'waitlisted', waitlistPosition: 2 }),
    volunteer(1, '张三', { attendance: 'attended' }),
    volunteer(2, '李四', { age: 16, mobileMasked: '139****1111' }),
    volunteer(4, '王五', { status: 'pending' }),
    volunteer(5, '钱六', { status: 'waitlisted', waitlistPosition: 1 }),
  ],
};

function roster() {
  const posted: { path: string; body: unknown }[] = [];
  server.use(
    sessionHandler(session(ownerAccount)),
    http.get('*/api/organisations/5/shifts/301/roster', () => HttpResponse.json(rosterAnswer)),
    http.get('*/api/organisations/5/shifts/301/check-in', () =>
      HttpResponse.json({
        code: 'K7MPQ2XR',
        url: 'https://qianshou.example/check-in/301?code=K7MPQ2XR',
      }),
    ),
    http.post('*/api/organisations/5/signups/:id/:action', async ({ params, request }) => {
      const text = await request.text();
      posted.push({ path: `${params.id}/${params.action}`, body: text ? JSON.parse(text) : null });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return posted;
}

describe('roster', () => {
  it('lists volunteers with masked ID and mobile, age, status and waitlist order', async () => {
    roster();
    renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/roster');
    const list = await screen.findByRole('list', { name: '志愿者' });
    const rows = within(list).getAllByRole('listitem');
    // confirmed first (in order of sign-up), then pending, then the waitlist in its order
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual([
      '张三',
      '李四',
      '王五',
      '钱六',
      '赵小云',
    ]);
    expect(rows[0]).toHaveTextContent('已确认');
    expect(rows[0]).toHaveTextContent('已到场');
    expect(rows[0]).toHaveTextContent('530627********1234');
    expect(rows[1]).toHaveTextContent('139****1111');
    expect(rows[1]).toHaveTextContent('年龄16');
    expect(rows[4]).toHaveTextContent('候补 #2');
    expect(rows[4]).toHaveTextContent('候补顺位2');
    expect(screen.getByText('已确认 2 / 2')).toBeInTheDocument();
    // nothing on the page is an unmasked number
    expect(document.body.textContent).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
  });

  it('approves, declines only with a reason, and marks attendance', async () => {
    const posted = roster();
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/roster');
    await user.click(await screen.findByRole('button', { name: '批准 王五' }));
    await waitFor(() => expect(posted).toEqual([{ path: '4/approve', body: null }]));

    await user.click(screen.getByRole('button', { name: '不通过 王五' }));
    const reason = screen.getByLabelText('不通过 王五 的原因');
    await user.click(screen.getByRole('button', { name: '确认不通过' }));
    expect(reason).toHaveAccessibleDescription('请填写原因。');
    expect(posted).toHaveLength(1);
    await user.type(reason, '未满足技能要求');
    await user.click(screen.getByRole('button', { name: '确认不通过' }));
    await waitFor(() =>
      expect(posted[1]).toEqual({ path: '4/decline', body: { reason: '未满足技能要求' } }),
    );

    expect(screen.getByRole('button', { name: '标记 张三 已到场' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '标记 李四 已到场' }));
    await user.click(screen.getByRole('button', { name: '标记 张三 未到场' }));
    await waitFor(() => expect(posted).toHaveLength(4));
    expect(posted.slice(2)).toEqual([
      { path: '2/attendance', body: { attendance: 'attended' } },
      { path: '1/attendance', body: { attendance: 'no-show' } },
    ]);
  });

  it("shows the server's refusal of a decision", async () => {
    roster();
    server.use(
      http.post('*/api/organisations/5/signups/4/approve', () =>
        problem(409, '名额已满', '此班次名额已满，不能再批准。'),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/roster');
    await user.click(await screen.findByRole('button', { name: '批准 王五' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('此班次名额已满，不能再批准。');
  });

  it('shows the check-in QR code, link and code in large type', async () => {
    roster();
    renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/roster');
    const panel = await screen.findByRole('region', { name: '签到' });
    expect(await within(panel).findByTestId('check-in-code')).toHaveTextContent('K7MPQ2XR');
    expect(
      within(panel).getByRole('img', { name: '签到二维码：周末课业辅导 2026-12-05 09:00–12:30' }),
    ).toHaveAttribute('src', 'http://localhost:3000/api/organisations/5/shifts/301/check-in.svg');
    expect(
      within(panel).getByRole('link', {
        name: 'https://qianshou.example/check-in/301?code=K7MPQ2XR',
      }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '打印' })).toBeInTheDocument();
  });
});

const record = (id: number, status: string, minutes: number, extra: object = {}) => ({
  id,
  status,
  minutes,
  content: '课业辅导',
  evaluation: '认真负责',
  version: 1,
  ...extra,
});

const recordsAnswer = [
  {
    signupId: 1,
    volunteerAccountId: 1001,
    name: '张三',
    idNumberMasked: '530627********1234',
    attendance: 'attended',
    record: null,
    defaultMinutes: 210,
  },
  {
    signupId: 2,
    volunteerAccountId: 1002,
    name: '李四',
    idNumberMasked: '530627********5678',
    attendance: 'attended',
    record: record(91, 'draft', 150),
    defaultMinutes: 210,
  },
  {
    signupId: 3,
    volunteerAccountId: 1003,
    name: '王五',
    idNumberMasked: '530627********9012',
    attendance: 'attended',
    record: record(92, 'confirmed', 180),
    defaultMinutes: 210,
  },
  {
    signupId: 4,
    volunteerAccountId: 1004,
    name: '钱六',
    idNumberMasked: '530627********3456',
    attendance: 'no-show',
    record: null,
    defaultMinutes: 210,
  },
];

function hours() {
  const seen: { method: string; body: unknown }[] = [];
  let current: unknown[] = recordsAnswer;
  server.use(
    sessionHandler(session(ownerAccount)),
    http.get('*/api/organisations/5/shifts/301/roster', () => HttpResponse.json(rosterAnswer)),
    http.get('*/api/organisations/5/shifts/301/records', () => HttpResponse.json(current)),
    http.put('*/api/organisations/5/shifts/301/records', async ({ request }) => {
      const body = (await request.json()) as {
        entries: { signupId: number; minutes: number; content: string; evaluation: string }[];
      };
      seen.push({ method: 'PUT', body });
      current = recordsAnswer.map((row) => {
        const entry = body.entries.find((e) => e.signupId === row.signupId);
        if (!entry) return row;
        const { minutes, content, evaluation } = entry;
        return {
          ...row,
          record: record(90 + row.signupId, 'draft', minutes, { content, evaluation }),
        };
      });
      return HttpResponse.json(current);
    }),
    http.post('*/api/organisations/5/shifts/301/records/confirm', async ({ request }) => {
      const body = (await request.json()) as { recordIds: number[] };
      seen.push({ method: 'POST', body });
      current = (current as typeof recordsAnswer).map((row) =>
        row.record && body.recordIds.includes(row.record.id)
          ? { ...row, record: { ...row.record, status: 'confirmed', version: 2 } }
          : row,
      );
      return HttpResponse.json(current);
    }),
  );
  return seen;
}

describe('hours entry', () => {
  it('shows the default as hours, saves drafts in minutes and confirms them', async () => {
    const seen = hours();
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/hours');
    const zhang = await screen.findByLabelText('张三 的服务时长（小时）');
    expect(zhang).toHaveValue('3.5');
    expect(zhang).toHaveAccessibleDescription('班次时长 3.5 小时');
    expect(screen.getByLabelText('李四 的服务时长（小时）')).toHaveValue('2.5');
    // confirmed records and no-shows are not edited here
    expect(screen.queryByLabelText('王五 的服务时长（小时）')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('钱六 的服务时长（小时）')).not.toBeInTheDocument();
    expect(screen.getByText('未到场')).toBeInTheDocument();

    await user.clear(zhang);
    await user.type(zhang, '3,25');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('已保存为草稿。')).toBeInTheDocument();
    expect(seen[0]).toEqual({
      method: 'PUT',
      body: {
        entries: [
          { signupId: 1, minutes: 195, content: '', evaluation: '' },
          { signupId: 2, minutes: 150, content: '课业辅导', evaluation: '认真负责' },
        ],
      },
    });

    const li = await screen.findByLabelText('李四 的服务时长（小时）');
    await user.clear(li);
    await user.type(li, '3.5');
    await user.click(screen.getByRole('button', { name: '确认时长' }));
    expect(await screen.findByText('时长已确认。')).toBeInTheDocument();
    expect(seen.slice(1)).toEqual([
      {
        method: 'PUT',
        body: {
          entries: [
            { signupId: 1, minutes: 195, content: '', evaluation: '' },
            { signupId: 2, minutes: 210, content: '课业辅导', evaluation: '认真负责' },
          ],
        },
      },
      { method: 'POST', body: { recordIds: [91, 92] } },
    ]);
    // everything is confirmed now: nothing left to type
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('3.5 小时', { exact: false })).toBeInTheDocument();
  });

  it('refuses a wrong number of hours, and shows the server error at the volunteer', async () => {
    const seen = hours();
    server.use(
      http.put('*/api/organisations/5/shifts/301/records', () =>
        problem(400, '输入有误', '请检查标出的字段', {
          errors: [{ field: 'save.request.entries[1].minutes', message: '时长不能超过班次时长' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/shifts/301/hours');
    const zhang = await screen.findByLabelText('张三 的服务时长（小时）');
    await user.clear(zhang);
    await user.type(zhang, 'abc');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(zhang).toHaveAccessibleDescription(/请填写小时数/);
    expect(seen).toEqual([]);

    await user.clear(zhang);
    await user.type(zhang, '3.5');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    const li = screen.getByLabelText('李四 的服务时长（小时）');
    await waitFor(() => expect(li).toHaveAccessibleDescription(/时长不能超过班次时长/));
    expect(li).toHaveFocus();
  });
});

describe('disputes and export', () => {
  it('corrects a disputed record only with a reason, and links the CSV of a period', async () => {
    let sent: unknown;
    server.use(
      sessionHandler(session(ownerAccount)),
      http.get('*/api/organisations/5/disputes', ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('open');
        return HttpResponse.json({
          items: [
            {
              id: 7,
              status: 'open',
              reason: '我服务了 4 小时，不是 3 小时',
              createdAt: '2026-12-06T10:00:00+08:00',
              volunteerName: '张三',
              idNumberMasked: '530627********1234',
              activity: '周末课业辅导',
              startsAt: '2026-12-05T09:00:00+08:00',
              record: record(91, 'disputed', 180, { version: 2 }),
            },
          ],
          total: 1,
          page: 0,
          size: 20,
        });
      }),
      http.post('*/api/organisations/5/records/91/correct', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(record(91, 'confirmed', 240, { version: 3 }));
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/volunteer-records');
    const list = await screen.findByRole('list', { name: '待处理的异议' });
    expect(list).toHaveTextContent('我服务了 4 小时，不是 3 小时');
    expect(list).toHaveTextContent('周末课业辅导 · 2026-12-05 09:00');
    await user.click(within(list).getByRole('button', { name: '更正 张三 的记录' }));
    const hoursField = screen.getByLabelText('服务时长（小时）');
    expect(hoursField).toHaveValue('3');
    await user.clear(hoursField);
    await user.type(hoursField, '4');
    await user.click(screen.getByRole('button', { name: '保存更正' }));
    expect(screen.getByLabelText('更正原因')).toHaveAccessibleDescription('请填写原因。');
    expect(sent).toBeUndefined();
    await user.type(screen.getByLabelText('更正原因'), '签到表显示服务到 13:00');
    await user.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByRole('status')).toHaveTextContent('记录已更正');
    expect(sent).toEqual({
      minutes: 240,
      content: '课业辅导',
      evaluation: '认真负责',
      reason: '签到表显示服务到 13:00',
      version: 2,
    });

    const from = screen.getByLabelText('开始日期');
    const to = screen.getByLabelText('结束日期');
    await user.clear(from);
    await user.type(from, '2026-11-01');
    await user.clear(to);
    await user.type(to, '2026-11-30');
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
      'href',
      'http://localhost:3000/api/organisations/5/records.csv?from=2026-11-01&to=2026-11-30',
    );
    await user.clear(from);
    await user.type(from, '2026-12-31');
    expect(screen.queryByRole('link', { name: '下载 CSV' })).not.toBeInTheDocument();
    expect(screen.getByText('请选择有效的时间段（开始不晚于结束）。')).toBeInTheDocument();
  });
});
