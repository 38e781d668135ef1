import { expect, test, type Browser } from '@playwright/test';

import { logInAsAdmin } from './support/accounts';

// Issue 10's programmes through the pages: an administrator finds programme entry in the account
// menu and records a dispatch of one social worker to a township (人才服务边远贫困地区计划); a
// signed-out visitor sees that programme's live count on /programmes go up by one.

test.setTimeout(60_000);

const TOWNSHIP = '530627105'; // 镇雄县 大湾镇

/** The talent dispatch total as a signed-out visitor reads it on /programmes (a fresh context: no cache). */
async function visitorsDispatchTotal(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/programmes');
  const total = page.getByTestId('total-talent-dispatch');
  await expect(total).toHaveText(/^\d+$/);
  const value = Number(await total.textContent());
  await context.close();
  return value;
}

test('an administrator records a dispatch and the public count goes up by one', async ({
  browser,
}) => {
  const before = await visitorsDispatchTotal(browser);

  const admin = await logInAsAdmin(browser, '/');
  // the account menu (the button carries the administrator's display name)
  await admin.getByRole('navigation', { name: '账户' }).getByRole('button').click();
  await admin.getByRole('link', { name: '录入重点项目计划' }).click();
  await expect(admin).toHaveURL(/\/admin\/programmes$/);
  await admin.getByRole('link', { name: '人才服务边远贫困地区计划' }).click();
  await expect(admin).toHaveURL(/\/admin\/programmes\/talent-dispatch$/);

  const form = admin.getByRole('form', { name: '新增' });
  // nothing is sent while a required field is empty
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('此项为必填项').first()).toBeVisible();
  await form.getByLabel('派驻乡镇或村的地区代码（9 或 12 位）').fill(TOWNSHIP);
  await form.getByLabel('职业资格').selectOption('assistant');
  await form.getByLabel('人数').fill('1');
  await form.getByLabel('开始日期').fill(`${new Date().getFullYear()}-01-15`);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByRole('status')).toHaveText('已保存。');
  await admin.context().close();

  expect(await visitorsDispatchTotal(browser)).toBe(before + 1);
});
