import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { http, HttpResponse } from 'msw';

import { adminAccount, organisationDetail, ownerAccount, session } from '@/testing/fixtures';
import { sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { programmeHandlers, programmeRequests } from '@/features/programmes/testing/handlers';

import { AppRoutes } from '../router';

/** The first visit loads the page's lazy chunks: slow on a busy machine. */
const LOAD = { timeout: 15_000 };

beforeEach(() => {
  programmeRequests.reset();
  server.use(...programmeHandlers);
});

describe('administrators’ entry (/admin/programmes)', () => {
  beforeEach(() => {
    server.use(sessionHandler(session(adminAccount)));
  });

  it('lists the programmes to enter records for', async () => {
    renderWithRouter(<AppRoutes />, '/admin/programmes');
    expect(await screen.findByRole('link', { name: '牵手计划' }, LOAD)).toHaveAttribute(
      'href',
      '/admin/programmes/twinning',
    );
  });

  it('creates a pair: names the empty required fields first, then sends numbers as numbers', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/programmes/twinning');
    const form = await screen.findByRole('form', { name: '新增' }, LOAD);
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getAllByText('此项为必填项')).toHaveLength(5);
    expect(programmeRequests.writes).toHaveLength(0);

    await user.type(within(form).getByLabelText('帮扶机构名称'), '上海启明社工服务社');
    await user.type(within(form).getByLabelText('帮扶机构所在省（市、区）'), '上海市');
    await user.type(within(form).getByLabelText('帮扶机构所在城市'), '上海市');
    await user.type(within(form).getByLabelText('受援机构编号（云南，已认证机构）'), '5');
    await user.type(within(form).getByLabelText('开始日期'), '2018-03-01');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(1));
    expect(programmeRequests.writes[0]).toEqual({
      method: 'POST',
      path: '/api/admin/programmes/twinning-pairs',
      body: {
        partnerName: '上海启明社工服务社',
        partnerProvince: '上海市',
        partnerCity: '上海市',
        agencyOrganisationId: 5,
        startDate: '2018-03-01',
      },
    });
    expect(await screen.findByText('已保存。', undefined, LOAD)).toBeInTheDocument();
  });

  it('refuses a number that is not whole before sending, at its field', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/programmes/demonstration');
    const form = await screen.findByRole('form', { name: '新增' }, LOAD);
    await user.type(within(form).getByLabelText('项目编号（已发布）'), '42a');
    await user.type(within(form).getByLabelText('年度'), '2020');
    await user.selectOptions(within(form).getByLabelText('类别'), 'a');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    const project = within(form).getByLabelText('项目编号（已发布）');
    await waitFor(() => expect(project).toHaveAccessibleDescription('须为整数'));
    expect(project).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('年度')).not.toHaveAttribute('aria-invalid');
    expect(programmeRequests.writes).toHaveLength(0);
    await user.clear(project);
    await user.type(project, '42');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(1));
    expect(programmeRequests.writes[0]).toEqual({
      method: 'POST',
      path: '/api/admin/programmes/designations',
      body: { projectId: 42, year: 2020, category: 'a' },
    });
  });

  it('shows the server’s refusal at its field', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/programmes/talent-dispatch');
    const form = await screen.findByRole('form', { name: '新增' }, LOAD);
    await user.type(within(form).getByLabelText('派驻乡镇或村的地区代码（9 或 12 位）'), '530627');
    await user.selectOptions(within(form).getByLabelText('职业资格'), 'senior');
    await user.type(within(form).getByLabelText('人数'), '3');
    await user.type(within(form).getByLabelText('开始日期'), '2020-01-01');
    programmeRequests.nextWrite = {
      status: 400,
      fields: { regionCode: '须为乡镇（街道）或村（社区）：530627' },
    };
    await user.click(within(form).getByRole('button', { name: '保存' }));
    const field = within(form).getByLabelText('派驻乡镇或村的地区代码（9 或 12 位）');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByText('须为乡镇（街道）或村（社区）：530627')).toBeInTheDocument();
    expect(programmeRequests.writes[0]?.body).toMatchObject({
      qualificationLevel: 'senior',
      workers: 3,
    });
  });

  it('edits a record naming its version, and ends it on a day', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/programmes/twinning');
    await user.click(
      await screen.findByRole('button', { name: /修改：深圳乐群社会工作服务社/ }, LOAD),
    );
    const form = screen.getByRole('form', { name: /修改：深圳乐群社会工作服务社/ });
    const city = within(form).getByLabelText('帮扶机构所在城市');
    expect(city).toHaveValue('深圳市');
    await user.clear(city);
    await user.type(city, '广州市');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(1));
    expect(programmeRequests.writes[0]).toMatchObject({
      method: 'PUT',
      path: '/api/admin/programmes/twinning-pairs/81',
      body: { partnerCity: '广州市', agencyOrganisationId: 5, version: 2 },
    });

    await user.type(screen.getByLabelText('结束日期'), '2020-12-31');
    await user.click(screen.getByRole('button', { name: '结束' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(2));
    expect(programmeRequests.writes[1]).toEqual({
      method: 'POST',
      path: '/api/admin/programmes/twinning-pairs/81/end',
      body: { endDate: '2020-12-31', version: 2 },
    });
  });

  it('adds an activity to a university partnership', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/admin/programmes/university-partnership');
    const form = await screen.findByRole('form', { name: /为“滇池大学社会工作学院/ }, LOAD);
    await user.selectOptions(within(form).getByLabelText('类型'), 'students-placed');
    await user.type(within(form).getByLabelText('日期'), '2020-05-01');
    await user.clear(within(form).getByLabelText('数量'));
    await user.type(within(form).getByLabelText('数量'), '12');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(1));
    expect(programmeRequests.writes[0]).toEqual({
      method: 'POST',
      path: '/api/admin/programmes/partnerships/61/activities',
      body: { kind: 'students-placed', date: '2020-05-01', count: 12, note: '' },
    });
  });

  it('is refused to someone who is not an administrator', async () => {
    server.use(sessionHandler(session(ownerAccount)));
    renderWithRouter(<AppRoutes />, '/admin/programmes/twinning');
    expect(await screen.findByRole('alert', undefined, LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '新增' })).not.toBeInTheDocument();
  });
});

describe('the agency’s support log (/my/organisations/:id/twinning)', () => {
  beforeEach(() => {
    server.use(sessionHandler(session(ownerAccount)));
  });

  it('shows the pair with its log and records a new entry', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/twinning');
    expect(
      await screen.findByRole('heading', { level: 2, name: /深圳乐群社会工作服务社/ }, LOAD),
    ).toBeInTheDocument();
    const log = screen.getByRole('table', { name: '帮扶记录' });
    expect(
      within(log).getByRole('row', { name: /2019-06-01 督导 3 线上督导三次/ }),
    ).toBeInTheDocument();

    const form = screen.getByRole('form', { name: '登记一条帮扶' });
    await user.selectOptions(within(form).getByLabelText('类型'), 'training');
    await user.type(within(form).getByLabelText('日期'), '2020-04-02');
    await user.clear(within(form).getByLabelText('数量'));
    await user.type(within(form).getByLabelText('数量'), '25');
    await user.type(within(form).getByLabelText('备注（不公开）'), '社工能力培训');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(programmeRequests.writes).toHaveLength(1));
    expect(programmeRequests.writes[0]).toEqual({
      method: 'POST',
      path: '/api/organisations/5/twinning-pairs/81/support',
      body: { kind: 'training', date: '2020-04-02', count: 25, note: '社工能力培训' },
    });
    expect(await within(form).findByText('已登记。', undefined, LOAD)).toBeInTheDocument();
  });

  it('shows the server’s refusal of a date at the date', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5/twinning');
    const form = await screen.findByRole('form', { name: '登记一条帮扶' }, LOAD);
    await user.type(within(form).getByLabelText('日期'), '2017-01-01');
    programmeRequests.nextWrite = {
      status: 400,
      fields: { date: '日期须在 2018-03-01 至 — 之间' },
    };
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(
      await within(form).findByText('日期须在 2018-03-01 至 — 之间', undefined, LOAD),
    ).toBeInTheDocument();
  });

  it('links the workspace of an agency in a pair to its support log', async () => {
    server.use(
      http.get('*/api/organisations/5', () => HttpResponse.json(organisationDetail)),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () =>
        HttpResponse.json({ members: [], invitations: [] }),
      ),
      http.get('*/api/organisations/5/projects', () => HttpResponse.json([])),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/5');
    expect(await screen.findByRole('link', { name: '登记帮扶记录' }, LOAD)).toHaveAttribute(
      'href',
      '/my/organisations/5/twinning',
    );
  });
});
