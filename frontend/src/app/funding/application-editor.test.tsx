import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { funding, fundingHandlers, signedInAgency } from '@/features/funding/testing/handlers';

const EDITOR = '/my/organisations/5/funding/applications/301';

/** The unsaved copies the editor keeps in this browser. */
const localDrafts = () =>
  Object.keys(window.localStorage).filter((key) => key.includes('funding.'));

beforeEach(() => {
  funding.reset();
  server.use(...fundingHandlers, signedInAgency());
});

async function openEditor() {
  const view = renderWithRouter(<AppRoutes />, EDITOR);
  await screen.findByRole('heading', { level: 1, name: '申报书' });
  return view;
}

describe('application editor', () => {
  it('shows every section with its guidance and the eligibility explanation', async () => {
    await openEditor();
    const need = screen.getByRole('textbox', { name: '需求分析 (必填)' });
    expect(need).toHaveAccessibleDescription(
      /说明服务地区留守儿童的处境与需求。\s*已写 0 \/ 2000 字/,
    );
    expect(screen.getByRole('textbox', { name: '受益对象' })).toBeInTheDocument();
    expect(screen.getByText('管理费不超过 10%。')).toBeInTheDocument();
    expect(await screen.findByText('镇雄县阳光社工服务中心 符合申报条件。')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '对应项目' })).toHaveValue('42');
  });

  it('saves a second after typing stops, with the version, and says 已保存 with the time', async () => {
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: '需求分析 (必填)' }), '镇雄县有留守儿童');
    expect(screen.getByTestId('save-status')).toHaveTextContent('有未保存的修改');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveTextContent(/^已保存 \d\d:\d\d:\d\d$/),
    );
    // one save for the whole burst of typing, sent with the version it started from
    expect(funding.saves()).toHaveLength(1);
    expect(funding.saves()[0]).toMatchObject({
      need: '镇雄县有留守儿童',
      version: 4,
      projectId: 42,
    });
    await user.type(screen.getByRole('textbox', { name: '项目目标 (必填)' }), '一年走访');
    await waitFor(() => expect(funding.saves()).toHaveLength(2));
    expect(funding.saves()[1]).toMatchObject({ objectives: '一年走访', version: 5 });
    expect(localDrafts()).toEqual([]);
  });

  it('totals the budget in fen as the user types and flags a management fee over the cap', async () => {
    const { user } = await openEditor();
    expect(screen.getByTestId('budget-total')).toHaveTextContent('¥100,000.00');
    expect(screen.getByTestId('management-fee')).toHaveTextContent(
      '¥10,000.00（占 10%，上限 10%）',
    );
    const fee = screen.getByRole('textbox', { name: '预算第 2 行 金额（元）' });
    await user.clear(fee);
    await user.type(fee, '10000.01');
    expect(screen.getByTestId('budget-total')).toHaveAttribute('data-fen', '10000001');
    expect(screen.getByTestId('management-fee')).toHaveAttribute('data-over', 'true');
    expect(screen.getByText('管理费超过预算的 10%，无法提交。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '添加预算行' }));
    await user.type(screen.getByRole('textbox', { name: '预算第 3 行 金额（元）' }), '0.1');
    await user.type(screen.getByRole('textbox', { name: '预算第 3 行 说明' }), '绘本');
    expect(screen.getByTestId('budget-total')).toHaveAttribute('data-fen', '10000011');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^已保存/));
    expect(funding.saves().at(-1)!.budgetLines).toEqual([
      { category: 'personnel', description: '社工两名', amountFen: 9_000_000 },
      { category: 'management-fee', description: '', amountFen: 1_000_001 },
      { category: 'personnel', description: '绘本', amountFen: 10 },
    ]);
  });

  it('does not send an amount with three decimals and says why', async () => {
    const { user } = await openEditor();
    const amount = screen.getByRole('textbox', { name: '预算第 1 行 金额（元）' });
    await user.clear(amount);
    await user.type(amount, '1.234');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'invalid'),
    );
    expect(amount).toHaveAccessibleDescription('请输入金额（元），最多两位小数。');
    expect(funding.saves()).toHaveLength(0);
  });

  it('keeps the text on this device while the network is down and offers it back after a reload', async () => {
    funding.saveFailures.push('network', 'network');
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: '需求分析 (必填)' }), '断网时写的内容');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'offline'),
    );
    expect(screen.getByTestId('save-status')).toHaveTextContent('网络中断，修改已保留在本机');
    expect(funding.application.need).toBe('');

    // reload: the server has nothing, the device has the text
    cleanup();
    renderWithRouter(<AppRoutes />, EDITOR);
    const offer = await screen.findByTestId('local-draft');
    expect(screen.getByRole('textbox', { name: '需求分析 (必填)' })).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: '恢复这些内容' }));
    expect(screen.getByRole('textbox', { name: '需求分析 (必填)' })).toHaveValue('断网时写的内容');
    // the second failure, then the network is back: the next change (or the online event) saves it
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'offline'),
    );
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(funding.application.need).toBe('断网时写的内容'));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^已保存/));
    expect(localDrafts()).toEqual([]);
  });

  it('saves the text of the other sections while an amount is half typed', async () => {
    const { user } = await openEditor();
    const amount = screen.getByRole('textbox', { name: '预算第 1 行 金额（元）' });
    await user.clear(amount);
    await user.type(amount, '1.234');
    await user.type(screen.getByRole('textbox', { name: '需求分析 (必填)' }), '先写需求');
    await waitFor(() => expect(funding.saves()).toHaveLength(1));
    expect(funding.saves()[0]).toMatchObject({
      need: '先写需求',
      budgetLines: [
        { category: 'personnel', description: '社工两名', amountFen: 9_000_000 },
        { category: 'management-fee', description: '', amountFen: 1_000_000 },
      ],
    });
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'invalid'),
    );
    // what does not parse yet stays on this device
    expect(localDrafts()).toEqual(['qianshou.private.funding.11.application.301@5']);
  });

  it('keeps the local copy per account and forgets it at sign-out', async () => {
    funding.saveFailures.push('network');
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: '需求分析 (必填)' }), '断网时写的');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'offline'),
    );
    expect(localDrafts()).toEqual(['qianshou.private.funding.11.application.301@4']);
    server.use(http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })));
    await user.click(screen.getByRole('button', { name: '李老师' }));
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(localDrafts()).toEqual([]));
  });

  it('on a stale version (409) keeps the text and saves it over the current version when asked', async () => {
    const { user } = await openEditor();
    // another tab saved meanwhile
    funding.application = { ...funding.application, objectives: '别处写的目标', version: 7 };
    await user.type(screen.getByRole('textbox', { name: '需求分析 (必填)' }), '我的需求分析');
    const conflict = await screen.findByTestId('save-conflict');
    expect(screen.getByTestId('save-status')).toHaveTextContent('未保存：此申请已在别处更新。');
    expect(screen.getByRole('textbox', { name: '需求分析 (必填)' })).toHaveValue('我的需求分析');
    expect(localDrafts()).toEqual(['qianshou.private.funding.11.application.301@4']);

    await user.click(within(conflict).getByRole('button', { name: '保留我的内容并保存' }));
    await waitFor(() => expect(funding.application.need).toBe('我的需求分析'));
    expect(funding.saves().at(-1)).toMatchObject({ version: 7, need: '我的需求分析' });
    expect(screen.queryByTestId('save-conflict')).not.toBeInTheDocument();
  });

  it('on a stale version can take the saved version instead', async () => {
    const { user } = await openEditor();
    funding.application = { ...funding.application, need: '别处写的需求', version: 7 };
    await user.type(screen.getByRole('textbox', { name: '项目目标 (必填)' }), '我的目标');
    const conflict = await screen.findByTestId('save-conflict');
    await user.click(within(conflict).getByRole('button', { name: '改用已保存的版本' }));
    expect(screen.getByRole('textbox', { name: '需求分析 (必填)' })).toHaveValue('别处写的需求');
    expect(screen.getByRole('textbox', { name: '项目目标 (必填)' })).toHaveValue('');
    expect(localDrafts()).toEqual([]);
  });

  it('puts a refused save’s field error at its budget line', async () => {
    funding.saveFailures.push('invalid');
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: '预算第 2 行 说明' }), '行政');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'error'),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: '预算第 2 行 金额（元）' }),
      ).toHaveAccessibleDescription('管理费超过预算的 10%'),
    );
    expect(screen.getByTestId('save-status')).toHaveTextContent('保存被拒绝，修改已保留在本机');
    expect(localDrafts()).toEqual(['qianshou.private.funding.11.application.301@4']);
  });

  it('submits: the server’s field errors at the field, the eligibility message above; then locked', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: '提交申报' }));
    const need = screen.getByRole('textbox', { name: '需求分析 (必填)' });
    await waitFor(() => expect(need).toHaveAccessibleDescription(/请填写需求分析/));
    expect(need).toHaveFocus();
    expect(screen.getByRole('alert', { name: '' })).toBeTruthy();
    expect(screen.getByText('须在 昭通市 注册或提供服务')).toBeInTheDocument();

    await user.type(need, '需求');
    await user.click(screen.getByRole('button', { name: '提交申报' }));
    await waitFor(() =>
      expect(screen.getByTestId('application-status')).toHaveTextContent('已提交'),
    );
    // the pending text was saved before the submission, with the version the save returned
    expect(funding.saves().at(-1)).toMatchObject({ need: '需求' });
    expect(funding.bodies.at(-1)).toMatchObject({
      path: expect.stringMatching(/submit$/),
      body: { version: 5 },
    });
    expect(screen.getByRole('textbox', { name: '需求分析 (必填)' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: '提交申报' })).not.toBeInTheDocument();
    expect(screen.getByText('提交于 2026-12-01 10:06（北京时间）')).toBeInTheDocument();
  });

  it('withdraws with an optional reason', async () => {
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: '撤回原因（可选）' }), '合作方变更');
    await user.click(screen.getByRole('button', { name: '撤回申报' }));
    await waitFor(() =>
      expect(screen.getByTestId('application-status')).toHaveTextContent('已撤回'),
    );
    expect(funding.bodies.at(-1)).toMatchObject({ body: { reason: '合作方变更' } });
  });
});
