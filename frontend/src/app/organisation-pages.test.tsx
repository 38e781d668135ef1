import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { adminAccount, organisationDetail, ownerAccount, session } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from './router';

const emptyMembers = { members: [], invitations: [] };

describe('create organisation', () => {
  it('upper-cases the credit code and shows a 400 problem beside its fields', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      sessionHandler(session(ownerAccount)),
      http.post('*/api/organisations', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return problem(400, '输入有误', '请检查标出的字段', {
          errors: [
            { field: 'create.request.creditCode', message: '统一社会信用代码校验码不正确' },
            { field: 'socialWorkers.senior', message: '人数不能为负数' },
            { field: 'somethingElse', message: '其他问题' },
          ],
        });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/organisations/new');
    await screen.findByRole('heading', { level: 1, name: '登记机构' });

    await user.selectOptions(screen.getByLabelText('机构类型'), 'funder');
    const subtype = screen.getByLabelText('具体类别');
    expect(
      within(subtype)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['政府部门', '基金会', '慈善组织', '企业']);
    await user.selectOptions(screen.getByLabelText('机构类型'), 'agency');
    await user.selectOptions(screen.getByLabelText('具体类别'), 'township-station');
    await user.type(screen.getByLabelText('机构名称'), '镇雄县乌峰镇社工站');
    const code = screen.getByLabelText('统一社会信用代码');
    await user.type(code, '52530627mj000000');
    await user.click(screen.getByRole('button', { name: '保存机构' }));
    // Too short: said at once, nothing sent.
    expect(code).toHaveAccessibleDescription(/应为 18 位/);
    expect(sent).toBeUndefined();
    await user.type(code, '1x');
    expect(code).toHaveValue('52530627MJ0000001X');

    const fieldset = screen.getByRole('group', { name: '登记地区' });
    await user.selectOptions(
      await within(fieldset).findByRole('combobox', { name: '州（市）' }),
      '5306',
    );
    await user.click(
      within(screen.getByRole('group', { name: '服务对象' })).getByLabelText('留守儿童'),
    );
    await user.click(screen.getByRole('button', { name: '保存机构' }));

    expect(await screen.findByText('统一社会信用代码校验码不正确')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/统一社会信用代码校验码不正确/);
    expect(screen.getByLabelText('高级社会工作师')).toHaveAccessibleDescription('人数不能为负数');
    expect(screen.getByRole('alert')).toHaveTextContent('其他问题');
    expect(sent).toMatchObject({
      name: '镇雄县乌峰镇社工站',
      kind: 'agency',
      subtype: 'township-station',
      creditCode: '52530627MJ0000001X',
      registeredRegionCode: '5306',
      targetGroups: ['left-behind-children'],
      socialWorkers: { assistant: 0, intermediate: 0, senior: 0 },
    });
  });
});

describe('my organisation', () => {
  function workspace(status: string, projects: unknown[]) {
    server.use(
      sessionHandler(session(ownerAccount)),
      http.get('*/api/organisations/5', () => HttpResponse.json({ ...organisationDetail, status })),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () => HttpResponse.json(emptyMembers)),
      http.get('*/api/organisations/5/projects', () => HttpResponse.json(projects)),
    );
  }

  it("shows the server's reason when publishing is refused (403)", async () => {
    workspace('submitted', [{ id: 77, title: '留守儿童暑期陪伴', status: 'draft', version: 1 }]);
    server.use(
      http.post('*/api/projects/77/publish', () =>
        problem(403, '机构未认证', '机构尚未通过认证（当前状态：待审核），不能发布项目。', {
          type: 'https://qianshou.org/problems/organisation-not-verified',
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5');
    expect(
      await screen.findByRole('heading', { level: 2, name: /认证状态: 待审核/ }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '发布 留守儿童暑期陪伴' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '机构尚未通过认证（当前状态：待审核），不能发布项目。',
    );
  });

  it('says in words that a file is too large or of the wrong type (413, 415)', async () => {
    workspace('draft', []);
    let status = 413;
    server.use(
      http.post('*/api/organisations/5/documents', () => problem(status, 'x', 'server words')),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5');
    const file = await screen.findByLabelText('文件');
    await user.upload(file, new File(['%PDF-1.4'], 'cert.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: '上传材料' }));
    expect(await screen.findByText('文件太大：最大 10 MB。')).toBeInTheDocument();
    status = 415;
    await user.click(screen.getByRole('button', { name: '上传材料' }));
    expect(await screen.findByText('只能上传 PDF、JPEG 或 PNG 文件。')).toBeInTheDocument();
  });

  it('shows the rejection reason and lets the owner submit again', async () => {
    workspace('rejected', []);
    server.use(
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({
          ...organisationDetail,
          status: 'rejected',
          rejectionReason: '证书模糊',
        }),
      ),
    );
    let submitted = false;
    server.use(
      http.post('*/api/organisations/5/submit', () => {
        submitted = true;
        return HttpResponse.json({ ...organisationDetail, status: 'submitted' });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/my/organisations/5');
    expect(await screen.findByText('证书模糊')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    await waitFor(() => expect(submitted).toBe(true));
  });
});

describe('administration', () => {
  it('requires a reason to reject, then sends the decision', async () => {
    let decision: unknown;
    server.use(
      sessionHandler(session(adminAccount)),
      http.get('*/api/admin/organisations/5', () => HttpResponse.json(organisationDetail)),
      http.get('*/api/organisations/5/documents', () =>
        HttpResponse.json([
          { id: 9, kind: 'registration-certificate', filename: '登记证书.pdf', size: 1000 },
        ]),
      ),
      http.post('*/api/admin/organisations/5/decision', async ({ request }) => {
        decision = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/admin/organisations/5');
    expect(await screen.findByRole('link', { name: '登记证书.pdf' })).toHaveAttribute(
      'href',
      'http://localhost:3000/api/organisations/5/documents/9',
    );
    await user.click(screen.getByRole('button', { name: '不通过' }));
    const reason = screen.getByLabelText('理由');
    expect(reason).toHaveAccessibleDescription(/请填写理由。/);
    expect(reason).toHaveFocus();
    expect(decision).toBeUndefined();

    await user.type(reason, '登记证书照片不清楚');
    await user.click(screen.getByRole('button', { name: '不通过' }));
    await waitFor(() =>
      expect(decision).toEqual({ decision: 'reject', reason: '登记证书照片不清楚' }),
    );
  });

  it('tells a signed-in non-administrator the page is forbidden', async () => {
    server.use(sessionHandler(session(ownerAccount)));
    renderWithRouter(<AppRoutes />, '/admin/audit');
    expect(await screen.findByRole('heading', { level: 1, name: '无权访问' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('此页面仅限管理员访问。');
  });
});
