import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    blocking.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([]);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`project search has no serious or critical axe violations (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('qianshou.language', lang);
    }, language);
    await page.goto('/projects');
    await expect(page.locator('section[data-state="ready"]')).toBeVisible();
    await expect(page.getByRole('group').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('project search on a phone has no serious or critical axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/projects');
  await expect(page.locator('section[data-state="ready"]')).toBeVisible();
  await expectNoSeriousViolations(page);
  // The folded filters open with the keyboard.
  const toggle = page.getByRole('button', { name: /^筛选/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: '服务对象' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('project page has no serious or critical axe violations', async ({ page, request }) => {
  const response = await request.get('/api/projects/search?size=1');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: number | string }[] };
  expect(items.length).toBeGreaterThan(0);
  await page.goto(`/projects/${items[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the API page opens from the footer and has no serious or critical axe violations', async ({
  page,
}) => {
  // The page lists every route of the API (hundreds of articles): axe needs well over a minute on a busy machine.
  test.slow();
  await page.goto('/');
  await page.getByRole('link', { name: 'API 接口文档' }).click();
  await expect(page).toHaveURL(/\/developers\/api$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API 接口' })).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'GET /api/projects/{id}', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'POST /api/auth/signup', exact: true }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
});

// Issue 8: the volunteer's and the public's pages (demo openings are in the demo data).
for (const language of ['zh-CN', 'en'] as const) {
  test(`opening search on a phone has no serious or critical axe violations (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('qianshou.language', lang);
    }, language);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/openings');
    await expect(page.locator('section[data-state="ready"]')).toBeVisible();
    await expect(page.locator('li[data-opening-id]').first()).toBeVisible();
    await expectNoSeriousViolations(page);
    // The folded filters (dates, free places, facets) open with the keyboard.
    const toggle = page.getByRole('button', { name: language === 'en' ? /^Filters/ : /^筛选/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const dates = page.getByRole('group', { name: language === 'en' ? 'Dates' : '服务日期' });
    await expect(dates).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('opening page and an unknown certificate have no serious or critical axe violations', async ({
  page,
  request,
}) => {
  const response = await request.get('/api/openings?size=1');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: number }[] };
  expect(items.length).toBeGreaterThan(0);
  await page.goto(`/openings/${items[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: '选择要报名的班次（可多选）' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto('/verify/NOSUCHCODE0000');
  await expect(page.getByRole('heading', { name: '查无此证明' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

// Issue 10: the policy's programmes (demo records are in the demo data).
for (const language of ['zh-CN', 'en'] as const) {
  test(`programmes and a programme page have no serious or critical axe violations (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('qianshou.language', lang);
    }, language);
    await page.goto('/programmes');
    await expect(page.getByTestId('total-twinning')).toHaveText(/^\d+$/);
    await expect(page.getByTestId('total-talent-dispatch')).toHaveText(/^\d+$/);
    await expectNoSeriousViolations(page);

    await page.goto('/programmes/twinning');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: language === 'en' ? 'Records' : '记录' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

// Issue 11: the combined search, every kind and one kind with its own filters, on a phone.
for (const language of ['zh-CN', 'en'] as const) {
  test(`combined search has no serious or critical axe violations (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('qianshou.language', lang);
    }, language);
    await page.goto('/search?q=%E7%A4%BE%E5%B7%A5');
    await expect(page.locator('section[data-state="ready"]')).toBeVisible();
    await expect(page.locator('li[data-kind]').first()).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/search?q=%E7%A4%BE%E5%B7%A5&kind=opening');
    await expect(page.locator('section[data-state="ready"]')).toBeVisible();
    const toggle = page.getByRole('button', { name: language === 'en' ? /^Filters/ : /^筛选/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.getByRole('group', {
        name: language === 'en' ? 'Filters for Volunteer openings' : '志愿岗位的筛选条件',
      }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
