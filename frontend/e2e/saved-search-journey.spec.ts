import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 11, item 5, against the real backend: a signed-in user saves a search from the project
// search page, with weekly e-mail alerts, and finds it under /me/saved-searches, where the search
// opens again with its filters. Then chooses a suggestion typed in the header box, saves that
// search of every kind from /search and a search of openings from their page, and finds both.
// Signs in as the administrator (an account with an e-mail address). Needs ADMIN_EMAIL and
// ADMIN_PASSWORD.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

async function signIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号或电子邮箱').fill(ADMIN_EMAIL!);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD!);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Waits until the page is `/search` with exactly these keywords. */
async function expectSearchFor(page: Page, q: string) {
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return `${url.pathname} ${[...url.searchParams.keys()].join(',')} ${url.searchParams.get('q')}`;
    })
    .toBe(`/search q ${q}`);
}

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: '保存搜索' }).click();
  const form = page.getByRole('form', { name: '保存搜索' });
  await form.getByLabel('名称').fill(name);
  await form.getByLabel('邮件提醒').selectOption({ label: '每天' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
}

test('save a search from the search page and see it in /me/saved-searches', async ({ page }) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL').toBeTruthy();
  const search = '/projects?q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306';
  await signIn(page, search);
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

test('choose a typed suggestion in the header box, save it from /search and save openings', async ({
  page,
}) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL').toBeTruthy();
  await signIn(page, '/');
  await expect(page).toHaveURL(/\/$/);

  // Typed as a user types (key by key): the list opens with suggestions of the demo data.
  const box = page.getByRole('combobox', { name: '搜索全站' });
  await box.pressSequentially('留守', { delay: 50 });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.site-search').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The arrow key marks the second suggestion (or the first when there is one); Enter runs it.
  const count = await options.count();
  await box.press('ArrowDown');
  if (count > 1) await box.press('ArrowDown');
  const chosen = options.nth(count > 1 ? 1 : 0);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  const text = (await chosen.locator('.suggestion-text').textContent()) ?? '';
  expect(text).not.toBe('');
  await box.press('Enter');
  await expectSearchFor(page, text);
  await expect(box).toHaveValue(text);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${text}”的搜索结果`);
  await expect(page.locator('section[data-state="ready"]')).toBeVisible();
  expect(Number(await page.getByTestId('result-count').getAttribute('data-total'))).toBeGreaterThan(
    0,
  );

  const everything = `全站 ${run}`;
  await saveAs(page, everything);

  const openings = '/openings?region=5306&free=1';
  await page.goto(openings);
  await expect(page.getByRole('heading', { level: 1, name: '志愿服务岗位' })).toBeVisible();
  const volunteering = `昭通有空位的岗位 ${run}`;
  await saveAs(page, volunteering);

  await page.getByRole('link', { name: '管理我保存的搜索' }).click();
  await expect(page).toHaveURL(/\/me\/saved-searches$/);
  const all = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: everything }) });
  await expect(all).toContainText('全部');
  await expect(all).toContainText(`q=${text}`);
  await expect(all).toContainText('邮件提醒：每天');
  const opening = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: volunteering }) });
  await expect(opening).toContainText('志愿岗位');
  await expect(opening).toContainText('region=5306 · free=1');

  await opening.getByRole('link', { name: '打开搜索' }).click();
  await expect(page).toHaveURL(/\/openings\?region=5306&free=1$/);
  await expect(page.getByLabel('仅显示尚有名额的岗位')).toBeChecked();

  await page.goto('/me/saved-searches');
  await all.getByRole('link', { name: '打开搜索' }).click();
  await expectSearchFor(page, text);
});
