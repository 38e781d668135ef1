import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

import { uniqueCreditCode } from './credit-code';
import { extractCode, receivedSince, waitForMail } from './mail';
import { tinyPdf } from './pdf';

// The journeys' shared set-up, through the pages as a person would: sign-up with the mailed code,
// log-in, the bootstrap administrator, an organisation registered and verified. The journeys
// run against a real backend with ADMIN_EMAIL, ADMIN_PASSWORD and MAIL_DIR (mail-sink.mjs).

export const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;

/** A suffix that keeps one run's names, addresses and titles apart from another's. */
export const newRun = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** A new account through the sign-up page and the code mailed to it, signed in on `/account`. */
export async function signUp(
  browser: Browser,
  email: string,
  displayName: string,
  password: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/signup');
  await page.getByLabel('手机号或电子邮箱').fill(email);
  await page.getByLabel('显示名称').fill(displayName);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const since = Date.now() - 1000;
  await page.getByRole('button', { name: '发送验证码' }).click();
  const codeField = page.getByLabel('验证码');
  await expect(codeField).toBeVisible();
  const mail = await waitForMail(email, (m) => receivedSince(since)(m) && /\b\d{6}\b/.test(m.text));
  await codeField.fill(extractCode(mail));
  await page.getByRole('button', { name: '完成注册' }).click();
  await expect(page).toHaveURL(/\/account$/);
  return page;
}

/** Signs in through the log-in page in a fresh context and lands on `next`. */
export async function logIn(
  browser: Browser,
  identifier: string,
  password: string,
  next = '/account',
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号或电子邮箱').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
  return page;
}

/** The bootstrap administrator, signed in and on `next`. */
export async function logInAsAdmin(browser: Browser, next: string): Promise<Page> {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL must name the bootstrap administrator').toBeTruthy();
  expect(ADMIN_PASSWORD, 'ADMIN_PASSWORD must be set').toBeTruthy();
  return logIn(browser, ADMIN_EMAIL!, ADMIN_PASSWORD!, next);
}

/** The session's CSRF token, for API calls made with the page's cookies. */
export async function csrf(request: APIRequestContext): Promise<string> {
  const me = await request.get('/api/auth/me');
  expect(me.ok()).toBeTruthy();
  const body = (await me.json()) as { csrfToken: string | null };
  expect(body.csrfToken).toBeTruthy();
  return body.csrfToken!;
}

export type Registration = {
  kind: 'agency' | 'funder';
  subtype: string;
  name: string;
  prefecture: string;
  county: string;
};

/**
 * Registers an organisation through its pages and has the administrator verify it; its id and
 * its workspace's path.
 */
export async function verifiedOrganisation(browser: Browser, owner: Page, org: Registration) {
  await owner.goto('/organisations/new');
  await owner.getByLabel('机构类型').selectOption(org.kind);
  await owner.getByLabel('具体类别').selectOption(org.subtype);
  await owner.getByLabel('机构名称').fill(org.name);
  await owner.getByLabel('统一社会信用代码').fill(uniqueCreditCode());
  await owner.getByLabel('法定代表人').fill('王芳');
  const registered = owner.getByRole('group', { name: '登记地区' });
  await registered.getByLabel('州（市）').selectOption({ label: org.prefecture });
  await registered.getByLabel('县（市、区）').selectOption({ label: org.county });
  await owner.getByLabel('地址', { exact: true }).fill(`${org.county}测试路 1 号`);
  if (org.kind === 'agency') {
    await owner
      .getByRole('group', { name: '服务对象' })
      .getByRole('checkbox', { name: '留守儿童', exact: true })
      .check();
  }
  await owner.getByLabel('公开联系电话').fill('0870-1234567');
  await owner.getByRole('button', { name: '保存机构' }).click();
  await expect(owner).toHaveURL(/\/my\/organisations\/\d+$/);
  const organisationPath = new URL(owner.url()).pathname;
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

  const admin = await logInAsAdmin(browser, '/admin/organisations');
  await admin.getByRole('link', { name: org.name }).click();
  await admin.getByRole('button', { name: '通过认证' }).click();
  await expect(admin.locator('[data-status="verified"]')).toBeVisible();
  await admin.context().close();

  await owner.goto(organisationPath);
  await expect(owner.locator('[data-status="verified"]')).toBeVisible();
  return { organisationId: Number(organisationPath.split('/').at(-1)), organisationPath };
}

export type Invitation = {
  organisationPath: string;
  organisationName: string;
  email: string;
  displayName: string;
  password: string;
};

/**
 * The owner invites `email` from the organisation's page; that person signs up and accepts, and
 * sees the organisation among theirs. Their page, on `/account`.
 */
export async function joinByInvitation(
  browser: Browser,
  owner: Page,
  invitation: Invitation,
): Promise<Page> {
  const { organisationPath, organisationName, email, displayName, password } = invitation;
  await owner.goto(organisationPath);
  await owner.getByLabel('对方的手机号或电子邮箱').fill(email);
  await owner.getByRole('button', { name: '发送邀请' }).click();
  await expect(owner.getByText('邀请已发送。')).toBeVisible();
  const member = await signUp(browser, email, displayName, password);
  await member.getByRole('button', { name: `接受 ${organisationName} 的邀请` }).click();
  await expect(member.getByRole('list', { name: '我的机构' })).toContainText(organisationName);
  return member;
}
