import { readFile } from 'node:fs/promises';

import { expect, test, type Browser, type Page } from '@playwright/test';

import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  csrf,
  joinByInvitation,
  logIn,
  logInAsAdmin,
  newRun,
  signUp,
  verifiedOrganisation,
} from './support/accounts';
import { shanghai } from './support/shanghai-time';

// Issue 9's journey against the real backend (docs/design/issue-9-contract.md, "Journey"):
// a funder publishes a call for 留守儿童 in 昭通市 with a pool of ¥500,000; an agency in 镇雄县
// finds it by region and target group, drafts (a reload mid-edit loses nothing) and submits; an
// agency registered in 大理白族自治州 is told why it is not eligible; a reviewer declares no
// conflict and scores; a second reviewer who declares a conflict never sees the application; a
// funder member proposes ¥120,000 in three tranches and a second member approves; tranche 1 is
// paid; the agency submits its first report; the funder approves it; tranche 2 is paid; a
// signed-out visitor sees the award and both payments on the disclosure page, and its CSV matches
// the ledger as the funder's ledger API reports it.
// Accounts, organisations (verified by the administrator) and the reviewer role are set up as the
// other journeys do (sign-up and registration pages, the admin's API for the role); the steps the
// issue names go through the pages. Needs MAIL_DIR, ADMIN_EMAIL and ADMIN_PASSWORD.

const run = newRun();
const PASSWORD = `Qianshou-${run}-9!`;

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

/** Beijing wall-clock `YYYY-MM-DDTHH:mm` (a datetime-local value) and day, `minutes` from now. */
function beijing(minutes: number) {
  const wall = shanghai(new Date(Date.now() + minutes * 60_000));
  return { local: `${wall.date}T${wall.time}`, date: wall.date };
}

/** A second member joins the organisation through an invitation. */
function invite(browser: Browser, owner: Page, organisationPath: string, org: string) {
  return joinByInvitation(browser, owner, {
    organisationPath,
    organisationName: org,
    email: `fund-staff-${run}@example.org`,
    displayName: `资助复核 ${run}`,
    password: PASSWORD,
  });
}

/** A reviewer: signed up, given the reviewer role by the administrator, signed in again. */
async function reviewer(browser: Browser, label: string, key: string) {
  const email = `reviewer-${key}-${run}@example.org`;
  const displayName = `评审${label}${run.slice(-4)}`;
  const page = await signUp(browser, email, displayName, PASSWORD);
  const account = (await (await page.request.get('/api/account')).json()) as { id: number };
  const admin = await logInAsAdmin(browser, '/admin/organisations');
  const granted = await admin.request.put(`/api/admin/accounts/${account.id}/roles`, {
    data: { roles: ['reviewer'] },
    headers: { 'X-CSRF-TOKEN': await csrf(admin.request) },
  });
  expect(granted.ok(), await granted.text()).toBeTruthy();
  await admin.context().close();
  await page.context().close();
  return { page: await logIn(browser, email, PASSWORD), displayName };
}

/** Parses the disclosure CSV (UTF-8 with BOM, RFC 4180 quoting) into objects by header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows.filter((r) => r.some((cell) => cell !== ''));
  return data.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

test('a funder’s call is found, applied to, reviewed, awarded, paid against a report and disclosed', async ({
  browser,
}) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL must name the bootstrap administrator').toBeTruthy();
  expect(ADMIN_PASSWORD, 'ADMIN_PASSWORD must be set').toBeTruthy();
  expect(process.env.MAIL_DIR, 'MAIL_DIR must be where mail-sink.mjs writes').toBeTruthy();

  const funderName = `云南牵手测试基金会 ${run}`;
  const agencyName = `镇雄牵手资助测试中心 ${run}`;
  const daliName = `大理牵手资助测试中心 ${run}`;
  const callTitle = `昭通市留守儿童关爱 ${run}`;
  const applicationTitle = `镇雄县留守儿童走访 ${run}`;
  const projectTitle = `镇雄县留守儿童监护走访项目 ${run}`;
  const closes = beijing(3 * 24 * 60);
  const secondDue = beijing(10 * 24 * 60).date;
  const thirdDue = beijing(60 * 24 * 60).date;

  // Setup: a verified funder with two members, a verified agency in 镇雄县 with a project,
  // a verified agency registered in 大理白族自治州, and two reviewers.
  const funder = await signUp(browser, `funder-${run}@example.org`, `资助经办 ${run}`, PASSWORD);
  const funderOrg = await verifiedOrganisation(browser, funder, {
    kind: 'funder',
    subtype: 'foundation',
    name: funderName,
    prefecture: '昆明市',
    county: '五华区',
  });
  const funderStaff = await invite(browser, funder, funderOrg.organisationPath, funderName);

  const agency = await signUp(browser, `agency-${run}@example.org`, `镇雄社工 ${run}`, PASSWORD);
  const agencyOrg = await verifiedOrganisation(browser, agency, {
    kind: 'agency',
    subtype: 'social-work-agency',
    name: agencyName,
    prefecture: '昭通市',
    county: '镇雄县',
  });
  await agency.goto(agencyOrg.organisationPath);
  await agency.getByRole('link', { name: '新建项目' }).click();
  await agency.getByLabel('项目名称').fill(projectTitle);
  await agency.getByLabel('项目介绍').fill('为镇雄县留守儿童提供监护走访。');
  await agency.getByLabel('计划').selectOption({ label: '示范项目' });
  await agency.getByLabel('开始日期').fill('2026-01-01');
  await agency.getByLabel('结束日期').fill('2028-12-31');
  await agency.getByLabel('预算（元）').fill('130000');
  const projectRegions = agency.getByRole('group', { name: '服务地区' });
  await projectRegions.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await projectRegions.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await agency.getByRole('button', { name: '添加地区' }).click();
  await agency
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await agency
    .getByRole('group', { name: '服务内容' })
    .getByRole('checkbox', { name: '留守儿童关爱保护', exact: true })
    .check();
  await agency.getByRole('button', { name: '保存', exact: true }).click();
  await agency.getByRole('button', { name: `发布 ${projectTitle}` }).click();
  await expect(agency.locator('li[data-project-id]', { hasText: projectTitle })).toHaveAttribute(
    'data-status',
    'published',
  );

  const dali = await signUp(browser, `dali-${run}@example.org`, `大理社工 ${run}`, PASSWORD);
  await verifiedOrganisation(browser, dali, {
    kind: 'agency',
    subtype: 'social-work-agency',
    name: daliName,
    prefecture: '大理白族自治州',
    county: '大理市',
  });
  const first = await reviewer(browser, '甲', 'a');
  const second = await reviewer(browser, '乙', 'b');

  // 1. The funder publishes a call for 留守儿童 in 昭通市 with a pool of ¥500,000.
  await funder.goto(`${funderOrg.organisationPath}/funder/calls/new`);
  await funder.getByLabel('资助计划名称').fill(callTitle);
  await funder.getByLabel('资助计划说明').fill('支持在昭通市开展留守儿童监护走访与关爱服务。');
  await funder.getByLabel('资金类型').selectOption('government-purchase');
  await funder.getByLabel('资金池（元）').fill('500000');
  await funder.getByLabel('单项最高资助（元）').fill('150000');
  await funder.getByRole('group', { name: '资助地区' }).getByLabel('州（市）').selectOption('5306');
  await funder
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await funder.getByLabel('开始接受申请').fill(beijing(-60).local);
  await funder.getByLabel('申请截止').fill(closes.local);
  await funder.getByLabel('第 2 期报告截止日期').fill(secondDue);
  await funder.getByLabel('第 3 期报告截止日期').fill(thirdDue);
  await funder.getByLabel('评审标准 1 名称').fill('需求与可行性');
  await funder.getByRole('button', { name: '保存草稿' }).click();
  await expect(funder.getByTestId('call-status')).toHaveText('草稿');
  await funder.getByRole('button', { name: '发布资助计划' }).click();
  await expect(funder.getByTestId('call-status')).toHaveText('已发布');
  const callId = new URL(funder.url()).pathname.split('/').at(-1)!;
  expect(callId).toMatch(/^\d+$/);

  // 2. The agency in 镇雄县 finds it by region (镇雄县 lies inside 昭通市) and target group …
  await agency.goto('/calls');
  const choose = async (level: string, name: string) => {
    const select = agency.getByRole('combobox', { name: level });
    const option = select.locator('option', { hasText: name });
    await expect(option).toHaveCount(1);
    await select.selectOption((await option.getAttribute('value'))!);
  };
  await choose('州（市）', '昭通市');
  await choose('县（市、区）', '镇雄县');
  await agency
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: /^留守儿童/ })
    .check();
  await agency.getByRole('searchbox', { name: '关键词' }).fill(run);
  await agency.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(agency).toHaveURL(/targetGroup=left-behind-children/);
  const query = new URL(agency.url()).search.slice(1);
  expect(new URLSearchParams(query).get('region')).toMatch(/^5306\d+/);
  await expect(async () => {
    await agency.goto(`/calls?${query}`);
    const results = agency.locator(`section[data-state="ready"][data-query="${query}"]`);
    await expect(results).toBeVisible({ timeout: 5_000 });
    await expect(results.getByRole('link', { name: callTitle })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 3_000] });
  await agency.getByRole('link', { name: callTitle }).click();
  await expect(agency.getByTestId('call-pool')).toHaveText('¥500,000.00');
  const own = agency.getByRole('region', { name: agencyName });
  await expect(own.getByText(`${agencyName} 符合申报条件。`)).toBeVisible();

  // … drafts (a reload mid-edit loses nothing) …
  await own.getByRole('button', { name: `以 ${agencyName} 开始申报` }).click();
  await expect(agency).toHaveURL(/\/funding\/applications\/\d+$/);
  const applicationId = new URL(agency.url()).pathname.split('/').at(-1)!;
  await agency.getByLabel('项目名称').fill(applicationTitle);
  await agency.getByLabel('对应项目').selectOption({ label: projectTitle });
  await agency.getByLabel('执行开始日期').fill(beijing(7 * 24 * 60).date);
  await agency.getByLabel('执行结束日期').fill(beijing(300 * 24 * 60).date);
  const need = '镇雄县外出务工家庭多，留守儿童缺少监护与陪伴。';
  await agency.getByRole('textbox', { name: /^需求分析/ }).fill(need);
  await expect(agency.getByTestId('save-status')).toHaveText(/^已保存 \d\d:\d\d:\d\d$/);
  await agency.reload();
  await expect(agency.getByRole('textbox', { name: /^需求分析/ })).toHaveValue(need);
  await expect(agency.getByLabel('项目名称')).toHaveValue(applicationTitle);
  await agency.getByRole('textbox', { name: /^项目目标/ }).fill('一年内走访 200 户留守儿童家庭。');
  await agency.getByRole('textbox', { name: /^项目活动/ }).fill('入户走访、课后陪伴、监护人培训。');
  await agency.getByRole('textbox', { name: /^受益对象/ }).fill('镇雄县乌峰镇留守儿童。');
  await agency.getByLabel('受益人数').fill('300');
  const lines: [string, string, string][] = [
    ['personnel', '社工两名', '100000'],
    ['activities', '走访与活动', '20000'],
    ['management-fee', '机构管理', '10000'],
  ];
  for (const [index, [category, description, amount]] of lines.entries()) {
    await agency.getByRole('button', { name: '添加预算行' }).click();
    await agency.getByLabel(`预算第 ${index + 1} 行 类别`).selectOption(category);
    await agency.getByLabel(`预算第 ${index + 1} 行 说明`).fill(description);
    await agency.getByLabel(`预算第 ${index + 1} 行 金额（元）`).fill(amount);
  }
  await expect(agency.getByTestId('budget-total')).toHaveText('¥130,000.00');
  await agency.getByRole('button', { name: '添加指标' }).click();
  await agency.getByLabel('指标 1 名称').fill('走访家庭');
  await agency.getByLabel('指标 1 单位').fill('户');
  await agency.getByLabel('指标 1 目标值').fill('200');
  await expect(agency.getByTestId('save-status')).toHaveText(/^已保存/);

  // … and submits.
  await agency.getByRole('button', { name: '提交申报' }).click();
  await expect(agency.getByTestId('application-status')).toHaveText('已提交');

  // 3. The agency registered in 大理白族自治州 is told why it is not eligible.
  await dali.goto(`/calls/${callId}`);
  const daliVerdict = dali.getByRole('region', { name: daliName });
  await expect(daliVerdict.getByText(`${daliName} 不符合申报条件：`)).toBeVisible();
  // the rule (昭通市) and the organisation's fact (registered in 大理市, 大理白族自治州)
  const regionRule = daliVerdict.locator('li[data-rule="region"][data-ok="false"]');
  await expect(regionRule).toContainText('昭通市');
  await expect(regionRule).toContainText('大理');

  // 4. The funder assigns both reviewers.
  const callPath = `${funderOrg.organisationPath}/funder/calls/${callId}`;
  await funder.goto(`${callPath}?tab=reviewers`);
  await funder.getByRole('button', { name: `分配评审人：${applicationTitle}` }).click();
  for (const person of [first, second]) {
    await funder.getByRole('searchbox', { name: '搜索评审人（姓名）' }).fill(person.displayName);
    await funder.getByRole('button', { name: '搜索', exact: true }).click();
    await funder.getByRole('checkbox', { name: `${person.displayName} (评审专家)` }).check();
  }
  await funder.getByRole('button', { name: `保存“${applicationTitle}”的评审人` }).click();
  await expect(
    funder.locator(`li[data-application-id="${applicationId}"] li[data-account-id]`),
  ).toHaveCount(2);

  // 5. The first reviewer declares no conflict and scores.
  await first.page.goto('/review');
  await first.page
    .locator(`li[data-application-id="${applicationId}"]`)
    .getByRole('link')
    .first()
    .click();
  await first.page.getByRole('radio', { name: '不存在利益冲突', exact: true }).check();
  await first.page.getByRole('button', { name: '提交声明' }).click();
  await expect(first.page.getByTestId('blind-review').or(first.page.getByText(need))).toBeVisible();
  await first.page.getByRole('textbox', { name: '需求与可行性 得分（0–10）' }).fill('8');
  await first.page.getByRole('textbox', { name: '需求与可行性 评语' }).fill('需求清楚，计划可行。');
  await first.page.getByRole('button', { name: '提交评审' }).click();
  await expect(first.page.getByTestId('assignment-status')).toHaveText('已提交');

  // 6. The second reviewer declares a conflict and never sees the application.
  const seen: string[] = [];
  second.page.on('response', (response) => {
    if (/\/api\/reviewer\/assignments\/\d+\/application/.test(response.url()) && response.ok()) {
      seen.push(response.url());
    }
  });
  await second.page.goto('/review');
  const secondItem = second.page.locator(`li[data-application-id="${applicationId}"]`);
  const assignmentId = await secondItem.getAttribute('data-assignment-id');
  await secondItem.getByRole('link').first().click();
  await second.page.getByRole('radio', { name: '存在利益冲突', exact: true }).check();
  await second.page.getByRole('textbox', { name: '利益冲突说明' }).fill('曾在该机构兼职。');
  await second.page.getByRole('button', { name: '提交声明' }).click();
  await expect(second.page.getByTestId('conflicted')).toBeVisible();
  await second.page.reload();
  await expect(second.page.getByTestId('conflicted')).toBeVisible();
  await expect(second.page.getByText(need)).toHaveCount(0);
  const direct = await second.page.request.get(
    `/api/reviewer/assignments/${assignmentId}/application`,
  );
  expect(direct.status()).toBe(403);
  expect(seen).toEqual([]);

  // 7. A funder member proposes ¥120,000 (three tranches from the call's schedule) and the
  //    second member approves it.
  await funder.goto(`${callPath}?tab=awards`);
  await funder.getByRole('button', { name: '提议资助' }).click();
  const proposal = funder.getByRole('form', { name: '提议资助' });
  await proposal.getByLabel('申请').selectOption(applicationId);
  await proposal.getByLabel('资助金额（元）').fill('120000');
  await proposal.getByLabel('资助条件').fill('每季度提交进度报告；资金专款专用。');
  await proposal.getByRole('button', { name: '提交提议' }).click();
  const awardItem = funder.locator('li[data-award-id]', { hasText: agencyName });
  await expect(awardItem).toHaveAttribute('data-status', 'proposed');
  const awardId = (await awardItem.getAttribute('data-award-id'))!;
  await expect(funder.getByTestId('four-eyes').first()).toBeVisible();
  await expect(
    funder.getByRole('button', { name: `批准资助 ${agencyName} ¥120,000.00` }),
  ).toHaveCount(0);

  await funderStaff.goto(`${callPath}?tab=awards`);
  await funderStaff.getByRole('button', { name: `批准资助 ${agencyName} ¥120,000.00` }).click();
  await expect(funderStaff.locator(`li[data-award-id="${awardId}"]`)).toHaveAttribute(
    'data-status',
    'approved',
  );

  // The agency accepts the award and its conditions: tranche 1 becomes payable.
  await agency.goto(`/my/organisations/${agencyOrg.organisationId}/funding/awards/${awardId}`);
  await expect(agency.getByTestId('award-amount')).toHaveText('¥120,000.00');
  await expect(agency.locator('li[data-tranche-seq]')).toHaveCount(3);
  await agency.getByLabel('我已阅读并接受上述资助条件').check();
  await agency.getByRole('button', { name: '接受资助' }).click();
  await expect(agency.getByTestId('award-status')).toHaveText('已接受');
  await expect(agency.locator('li[data-tranche-seq="1"]')).toHaveAttribute(
    'data-status',
    'payable',
  );

  // 8. Tranche 1 is paid: one member records, the other approves.
  const awardPath = `${funderOrg.organisationPath}/funder/awards/${awardId}`;
  const pay = async (seq: number, amount: string) => {
    await funder.goto(awardPath);
    await funder.getByRole('button', { name: `登记付款：第 ${seq} 期` }).click();
    await funder.getByLabel('银行流水号或凭证号').fill(`E2E-${run}-${seq}`);
    await funder.getByRole('button', { name: '登记付款', exact: true }).click();
    await expect(
      funder
        .getByRole('list', { name: `第 ${seq} 期的付款` })
        .locator('li[data-status="recorded"]'),
    ).toHaveCount(1);
    await funderStaff.goto(awardPath);
    await funderStaff.getByRole('button', { name: `批准付款 第 ${seq} 期 ${amount}` }).click();
    await expect(funderStaff.locator(`li[data-seq="${seq}"]`)).toHaveAttribute(
      'data-status',
      'paid',
    );
  };
  await pay(1, '¥36,000.00');

  // 9. The agency submits its first report (the one tranche 2 waits for).
  await agency.goto(`/my/organisations/${agencyOrg.organisationId}/funding`);
  const reportItem = agency.locator('li[data-report-id][data-tranche-seq="2"]');
  await reportItem.getByRole('link').click();
  await agency.getByLabel('进展叙述').fill('已走访 80 户留守儿童家庭，开展课后陪伴 12 次。');
  await agency.getByLabel('走访家庭 实际值').fill('80');
  for (const input of await agency.getByRole('textbox', { name: /实际支出（元）$/ }).all()) {
    await input.fill('0');
  }
  await agency
    .getByRole('textbox', { name: /实际支出（元）$/ })
    .first()
    .fill('100000');
  const explanations = agency.getByRole('textbox', { name: /差异说明$/ });
  for (const input of await explanations.all()) await input.fill('按进度支出。');
  await agency.getByRole('button', { name: '提交报告' }).click();
  await expect(agency.getByTestId('report-status')).toHaveText('已提交');

  // 10. The funder approves it; 11. tranche 2 is paid.
  await funderStaff.goto(`${funderOrg.organisationPath}/funder/reports`);
  await funderStaff.getByRole('link', { name: new RegExp(`^${agencyName} 进度报告`) }).click();
  await funderStaff.getByRole('button', { name: /^通过报告/ }).click();
  await expect(funderStaff.getByTestId('report-status')).toHaveText('已通过');
  await pay(2, '¥48,000.00');

  // 12. A signed-out visitor sees the award and both payments on the disclosure page …
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/disclosure/calls/${callId}`);
  const award = visitor.locator(`tr[data-award-id="${awardId}"]`).first();
  await expect(award).toContainText(agencyName);
  await expect(award).toContainText('¥120,000.00');
  const payments = visitor.getByRole('region', { name: '拨款' }).locator('tr[data-payment-id]');
  await expect(payments).toHaveCount(2);
  await expect(payments.filter({ hasText: '¥36,000.00' })).toHaveCount(1);
  await expect(payments.filter({ hasText: '¥48,000.00' })).toHaveCount(1);
  await expect(visitor.getByTestId('paid')).toHaveText('¥84,000.00');

  // … and its CSV matches the ledger as the funder's ledger API reports it.
  const [download] = await Promise.all([
    visitor.waitForEvent('download'),
    visitor.getByTestId('disclosure-csv').click(),
  ]);
  const csv = parseCsv((await readFile((await download.path())!)).toString('utf8'));
  const ledger: { id: number; kind: string; amountFen: number; awardId: number | null }[] = [];
  for (let page = 0; ; page++) {
    const answer = await funder.request.get(
      `/api/organisations/${funderOrg.organisationId}/calls/${callId}/ledger?page=${page}`,
    );
    expect(answer.ok(), await answer.text()).toBeTruthy();
    const body = (await answer.json()) as { items: typeof ledger; total: number };
    ledger.push(...body.items);
    if (body.items.length === 0 || ledger.length >= body.total) break;
  }
  const fromCsv = csv
    .map((row) => `${row.entry_id}|${row.kind}|${row.amount_fen}|${row.award_id}`)
    .sort();
  const fromLedger = ledger
    .map((e) => `${e.id}|${e.kind}|${e.amountFen}|${e.awardId ?? ''}`)
    .sort();
  expect(fromCsv).toEqual(fromLedger);
  // a commitment of ¥120,000 and two payments, each with its yuan beside its fen
  expect(
    ledger
      .filter((e) => e.kind === 'payment')
      .map((e) => e.amountFen)
      .sort(),
  ).toEqual([3_600_000, 4_800_000]);
  expect(ledger.filter((e) => e.kind === 'commit').map((e) => e.amountFen)).toEqual([12_000_000]);
  for (const row of csv) {
    expect(row.amount_yuan).toBe(
      `${Math.trunc(Number(row.amount_fen) / 100)}.${String(Math.abs(Number(row.amount_fen)) % 100).padStart(2, '0')}`,
    );
  }
  expect(await visitor.content()).not.toMatch(/@example\.org/);
  await visitorContext.close();
});
