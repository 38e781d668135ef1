import { expect, test } from '@playwright/test';

// Issue 11, item 5, against the real backend: a signed-in user saves a search from the project
// search page, with weekly e-mail alerts, and finds it under /me/saved-searches, where the search
// opens again with its filters. Signs in as the administrator (an account with an e-mail
// address). Needs ADMIN_EMAIL and ADMIN_PASSWORD.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

test('save a search from the search page and see it in /me/saved-searches', async ({ page }) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL').toBeTruthy();
  const search = '/projects?q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306';
  await page.goto(`/login?next=${encodeURIComponent(search)}`);
  await page.getByLabel('手机号或电子邮箱').fill(ADMIN_EMAIL!);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD!);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/projects\?q=/);
  await expect(page.getByRole('heading', { level: 1, name: '查找项目' })).toBeVisible();

  await page.getByRole('button', { name: '保存搜索' }).click();
  const form = page.getByRole('form', { name: '保存搜索' });
  await expect(form.getByLabel('名称')).toHaveValue('留守儿童');
  const name = `昭通留守儿童 ${run}`;
  await form.getByLabel('名称').fill(name);
  await form.getByLabel('邮件提醒').selectOption({ label: '每周' });
  await form.getByRole('button', { name: '保存' }).click();

  await page.getByRole('link', { name: '管理我保存的搜索' }).click();
  await expect(page).toHaveURL(/\/me\/saved-searches$/);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await expect(item).toContainText('邮件提醒：每周');
  await expect(item).toContainText('q=留守儿童 · region=5306');

  await item.getByRole('link', { name: '打开搜索' }).click();
  await expect(page).toHaveURL(/\/projects\?q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306$/);
  // The page's own keyword field (not the site-wide search box in the header).
  await expect(page.getByRole('main').getByLabel('关键词')).toHaveValue('留守儿童');
});
