import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  csrf,
  joinByInvitation,
  logInAsAdmin,
  newRun,
  signUp,
  verifiedOrganisation,
} from './support/accounts';

// Issue 10's story journey against the real backend (same variables as the organisation journey):
// an agency member writes a story about a 留守儿童 project in 昭通市 with a photo and a consent record;
// the protection check flags a child's full name and a village name in the text; the author fixes
// them and submits; the administrator publishes it; a signed-out visitor finds it by 昭通市 +
// 留守儿童, opens it and follows it to the project and its funding; axe finds no violation on the
// story search and the story page.

const run = newRun();
const PASSWORD = `Qianshou-${run}-9!`;

test.setTimeout(150_000);

/** POST/PUT with the page's session; the answer's JSON (asserting success). */
async function send(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'X-CSRF-TOKEN': await csrf(page.request) },
  });
  const text = await response.text();
  expect(response.ok(), `${method} ${path}: ${response.status()} ${text}`).toBeTruthy();
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * 60_000).toISOString();

/**
 * Public money for the project, through the funding routes (their pages have their own journey):
 * a verified funder with two members publishes a call, the agency applies for the project, one
 * funder member proposes ¥30,000 and the other approves it, which makes it public.
 */
async function fundProject(browser: Browser, agency: Page, agencyId: number, projectId: number) {
  const funderName = `云南故事测试基金会 ${run}`;
  const funder = await signUp(
    browser,
    `story-funder-${run}@example.org`,
    `资助经办 ${run}`,
    PASSWORD,
  );
  const { organisationId: funderId, organisationPath } = await verifiedOrganisation(
    browser,
    funder,
    {
      kind: 'funder',
      subtype: 'foundation',
      name: funderName,
      prefecture: '昆明市',
      county: '五华区',
    },
  );
  const staff = await joinByInvitation(browser, funder, {
    organisationPath,
    organisationName: funderName,
    email: `story-funder-staff-${run}@example.org`,
    displayName: `资助复核 ${run}`,
    password: PASSWORD,
  });

  const call = await send(funder, 'POST', `/api/organisations/${funderId}/calls`, {
    title: `昭通市留守儿童陪伴资助 ${run}`,
    description: '支持昭通市留守儿童的陪伴服务。',
    fundingType: 'charity',
    poolFen: 50_000_000,
    maxAwardFen: 10_000_000,
    regionCode: '5306',
    targetGroups: ['left-behind-children'],
    opensAt: iso(-60),
    closesAt: iso(7 * 24 * 60),
    tranches: [{ seq: 1, shareBp: 10_000, reportDueOn: null }],
    criteria: [{ name: '需求与可行性', weight: 100 }],
  });
  await send(funder, 'POST', `/api/organisations/${funderId}/calls/${call.id}/publish`, {
    version: call.version,
  });

  const base = `/api/organisations/${agencyId}/applications`;
  const draft = await send(agency, 'POST', base, { callId: call.id });
  const saved = await send(agency, 'PUT', `${base}/${draft.id}`, {
    projectId,
    title: `留守儿童周末陪伴申请 ${run}`,
    need: '镇雄县外出务工家庭多，留守儿童周末缺少陪伴。',
    objectives: '一年内每周末陪伴 40 名留守儿童。',
    activities: '周末陪伴阅读、课业辅导、家访。',
    beneficiaries: '镇雄县留守儿童。',
    beneficiaryCount: 40,
    periodFrom: '2027-03-01',
    periodTo: '2027-12-31',
    budgetLines: [{ category: 'activities', description: '周末陪伴活动', amountFen: 3_000_000 }],
    indicators: [{ name: '陪伴儿童', unit: '人', target: 40 }],
    version: draft.version,
  });
  await send(agency, 'POST', `${base}/${draft.id}/submit`, { version: saved.version });

  const award = await send(
    funder,
    'POST',
    `/api/organisations/${funderId}/calls/${call.id}/awards`,
    {
      applicationId: draft.id,
      amountFen: 3_000_000,
      conditions: '按季度提交进度报告',
    },
  );
  await send(staff, 'POST', `/api/organisations/${funderId}/awards/${award.id}/approve`, {
    version: award.version,
  });
  await funder.context().close();
  await staff.context().close();
  return funderName;
}

/** Every axe violation, whatever its impact, as a readable list (expected empty). */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** A real JPEG, drawn by the browser (a canvas: no people in it). */
async function jpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3a7';
    context.fillRect(0, 0, 800, 600);
    context.fillStyle = '#fc3';
    context.fillRect(100, 350, 600, 150);
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('an agency writes a story, fixes what the check flags, the admin publishes it, a visitor finds it', async ({
  browser,
}) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL must name the bootstrap administrator').toBeTruthy();
  expect(ADMIN_PASSWORD, 'ADMIN_PASSWORD must be set').toBeTruthy();
  expect(process.env.MAIL_DIR, 'MAIL_DIR must be where mail-sink.mjs writes').toBeTruthy();

  const organisationName = `镇雄县故事测试社工服务中心 ${run}`;
  const projectTitle = `留守儿童周末陪伴 ${run}`;
  const storyTitle = `小明的新学期 ${run}`;

  // 1. An agency member (the owner) signs up and registers an agency; the administrator verifies it.
  const author = await signUp(browser, `story-${run}@example.org`, `社工 ${run}`, PASSWORD);
  const { organisationId, organisationPath } = await verifiedOrganisation(browser, author, {
    kind: 'agency',
    subtype: 'social-work-agency',
    name: organisationName,
    prefecture: '昭通市',
    county: '镇雄县',
  });

  // 2. … and publishes a 留守儿童 project in 昭通市 › 镇雄县.
  await author.getByRole('link', { name: '新建项目' }).click();
  await author.getByLabel('项目名称').fill(projectTitle);
  await author.getByLabel('项目介绍').fill('周末为镇雄县留守儿童提供陪伴和课业辅导。');
  await author.getByLabel('计划').selectOption({ label: '示范项目' });
  await author.getByLabel('资金来源').selectOption({ label: '政府购买服务' });
  await author.getByLabel('开始日期').fill('2027-03-01');
  await author.getByLabel('结束日期').fill('2027-12-31');
  await author.getByLabel('预算（元）').fill('30000');
  const regions = author.getByRole('group', { name: '服务地区' });
  await regions.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await regions.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await author.getByRole('button', { name: '添加地区' }).click();
  await author
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await author
    .getByRole('group', { name: '服务内容' })
    .getByRole('checkbox', { name: '留守儿童关爱保护', exact: true })
    .check();
  await author.getByRole('button', { name: '保存', exact: true }).click();
  await expect(author).toHaveURL(new RegExp(`${organisationPath}(#projects)?$`));
  await author.getByRole('button', { name: `发布 ${projectTitle}` }).click();
  const projectItem = author.locator('li[data-project-id]', { hasText: projectTitle });
  await expect(projectItem).toHaveAttribute('data-status', 'published');
  const projectId = Number(await projectItem.getAttribute('data-project-id'));

  // … and the project has public money: a funder's approved award of ¥30,000.
  const funderName = await fundProject(browser, author, organisationId, projectId);
  await author.goto(organisationPath);

  // 3. From the workspace's stories section, the member writes the story: the text names a child
  //    in full and a village.
  await author
    .getByRole('region', { name: '故事' })
    .getByRole('link', { name: '写新故事' })
    .click();
  await author.getByLabel('所属项目').selectOption({ label: projectTitle });
  await author.getByLabel('标题').fill(storyTitle);
  await author.getByLabel('摘要').fill('一个留守儿童和奶奶的新学期。');
  const storyRegion = author.getByRole('group', { name: '地区' });
  await storyRegion.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await storyRegion.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await author
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  const body = author.getByRole('textbox', { name: '正文' });
  await body.fill('周末，社工到大坪村看望张小明。奶奶说，新学期他每天按时上学。');
  await author.getByRole('button', { name: '保存草稿' }).click();
  await expect(
    author.getByRole('heading', { level: 1, name: `编辑故事：${storyTitle}` }),
  ).toBeVisible();
  const storyPath = new URL(author.url()).pathname;
  expect(storyPath).toMatch(/\/stories\/\d+$/);

  // 4. The check flags the name and the village at their places, and they block submission.
  const preview = author.getByTestId('flag-preview');
  await expect(preview.locator('mark[data-flag-kind="person-name"]')).toContainText('张小明');
  await expect(preview.locator('mark[data-flag-kind="village"]')).toContainText('大坪村');
  await expect(author.getByTestId('blockers')).toContainText('疑似完整姓名：张小明');
  await expect(author.getByTestId('blockers')).toContainText('大坪村');

  // 5. A photo (no face in it), its statements, the cover; a guardian's consent for the child.
  await author.getByLabel('上传照片').setInputFiles({
    name: 'after-school.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpeg(author),
  });
  const photo = author.getByRole('group', { name: '照片 1' });
  await expect(photo).toBeVisible();
  await photo.getByLabel('照片 1 的替代文字').fill('操场边的菜地和黄色的长椅');
  await photo.getByLabel('照片 1 的说明').fill('学校的操场');
  await photo.getByLabel('我确认照片 1 中没有可辨认的面孔').check();
  await photo.getByRole('button', { name: '保存照片 1' }).click();
  await expect(photo.getByText('已保存。')).toBeVisible();
  await photo.getByRole('button', { name: '将照片 1 设为封面' }).click();
  await expect(photo.getByTestId('cover')).toBeVisible();

  await author.getByLabel('当事人（故事中的称呼）').fill('小明');
  await author.getByLabel('当事人未满 18 岁').check();
  await author.getByLabel('监护人', { exact: true }).check();
  await author.getByLabel('监护人与当事人的关系').fill('祖母');
  await author.getByLabel('同意方式').selectOption({ label: '书面签字' });
  await author.getByLabel('同意日期').fill('2026-11-20');
  await author.getByRole('checkbox', { name: '照片', exact: true }).check();
  await author.getByRole('button', { name: '保存同意记录' }).click();
  await expect(author.getByRole('button', { name: '删除 小明 的同意记录' })).toBeVisible();

  // 6. The author fixes the text (a given name only, the county instead of the village) and saves.
  await body.fill('周末，社工到镇雄县的一所小学看望小明。奶奶说，新学期他每天按时上学。');
  await author.getByRole('button', { name: '保存', exact: true }).click();
  await expect(author.getByText('未发现需要处理的内容。')).toBeVisible();
  await expect(author.getByTestId('blockers')).toHaveAttribute('data-count', '0');

  // 7. … and submits.
  await author.getByRole('button', { name: '提交审核' }).click();
  await expect(author.getByTestId('story-status')).toHaveAttribute('data-status', 'submitted');

  // 8. The administrator publishes it from the moderation queue.
  const moderator = await logInAsAdmin(browser, '/admin/stories');
  await moderator.getByRole('link', { name: storyTitle }).click();
  await expect(moderator.getByText('作者已确认没有可辨认的面孔')).toBeVisible();
  await moderator.getByRole('button', { name: '发布' }).click();
  await expect(moderator.getByTestId('decision-done')).toBeVisible();
  await expect(moderator.getByTestId('story-status')).toHaveAttribute('data-status', 'published');
  await moderator.context().close();
  await author.context().close();

  // 9. A signed-out visitor finds it by 昭通市 + 留守儿童 (the index follows through the outbox).
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/stories');
  const prefecture = visitor.getByRole('combobox', { name: '州（市）' });
  const zhaotong = (await prefecture
    .locator('option', { hasText: '昭通市' })
    .getAttribute('value'))!;
  const query = new URLSearchParams({
    region: zhaotong,
    targetGroup: 'left-behind-children',
  }).toString();
  await expect(async () => {
    await visitor.goto(`/stories?${query}`);
    const results = visitor.locator(`section[data-state="ready"][data-query="${query}"]`);
    await expect(results).toBeVisible({ timeout: 5_000 });
    await expect(results.getByRole('link', { name: storyTitle })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
  // the filters are the page's: the URL holds them and the controls show them
  await expect(prefecture).toHaveValue(zhaotong);
  await expect(visitor.getByRole('checkbox', { name: /^留守儿童 \(\d+\)$/ })).toBeChecked();
  expect(await axeViolations(visitor)).toEqual([]);

  // 10. … opens it: the cover with its widths, the project, the money; axe again.
  await visitor.getByRole('link', { name: storyTitle }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: storyTitle })).toBeVisible();
  await expect(visitor.getByText('张小明')).toHaveCount(0);
  const cover = visitor.getByRole('img', { name: '操场边的菜地和黄色的长椅' });
  await expect(cover).toHaveAttribute('srcset', /320w/);
  expect(await cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  const money = visitor.getByRole('region', { name: '资助与资金' });
  await expect(money.getByRole('row', { name: new RegExp(funderName) })).toContainText(
    '¥30,000.00',
  );
  await expect(money.getByTestId('money-totals')).toHaveText('合计资助 ¥30,000.00，已拨付 ¥0.00');
  expect(await axeViolations(visitor)).toEqual([]);

  // 11. … and follows it to the project and its funding.
  await visitor.getByTestId('project-link').click();
  await expect(visitor).toHaveURL(`/projects/${projectId}`);
  await expect(visitor.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
  const projectMoney = visitor.getByRole('region', { name: '资助与资金' });
  await expect(projectMoney).toContainText('合计资助 ¥30,000.00');
  await projectMoney.getByRole('link', { name: '查看资金公示' }).click();
  await expect(visitor).toHaveURL(`/disclosure/projects/${projectId}`);
  await expect(
    visitor.getByRole('region', { name: '资金来源' }).getByText(funderName),
  ).toBeVisible();
  await visitor.context().close();
});
