import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([]);
}

// Runs against the real backend with demo data (projects in all 16 prefectures).
test('a signed-out visitor sees the 16 prefectures and chooses 昭通市 by keyboard', async ({
  page,
}, testInfo) => {
  await page.goto('/yunnan');
  await expect(page.getByRole('heading', { level: 1, name: '云南概览' })).toBeVisible();
  const map = page.getByRole('group', { name: /云南省 16 个州（市）分布图/ });
  const prefectures = map.getByRole('button');
  await expect(prefectures).toHaveCount(16);
  for (const name of ['昆明市', '昭通市', '西双版纳傣族自治州', '迪庆藏族自治州']) {
    await expect(map.getByRole('button', { name: new RegExp(`^${name}：`) })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: '各州（市）的项目' }).getByRole('row')).toHaveCount(
    17,
  );

  // The page as a visitor sees it, kept with the test output.
  const screenshot = await page.screenshot({ fullPage: true });
  await testInfo.attach('yunnan', { body: screenshot, contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('yunnan.png'), fullPage: true });

  // Tab to 昭通市 on the map and choose it with Enter.
  const zhaotong = map.getByRole('button', { name: /^昭通市：/ });
  await page.getByRole('radio', { name: '案例故事' }).focus();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await zhaotong.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches 昭通市 on the map').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]prefecture=5306(&|$)/);
  await expect(zhaotong).toHaveAttribute('aria-pressed', 'true');
  const counties = page.getByRole('table', { name: '昭通市的县（市、区）' });
  await expect(counties.getByRole('row', { name: /镇雄县/ })).toBeVisible();
  await expect(counties.getByRole('row', { name: /昭阳区/ })).toBeVisible();
  await expectNoViolations(page);
});

test('the home page has no axe violations and links its headline numbers', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('region', { name: '平台数字' });
  await expect(figures.getByRole('link')).toHaveCount(7);
  await expect(figures.getByRole('link', { name: /个公开项目/ })).toHaveAttribute(
    'href',
    '/projects',
  );
  await expect(page.getByRole('combobox', { name: '我所在的州（市）' })).toBeVisible();
  await expectNoViolations(page);
});

test('the province page has no axe violations', async ({ page }) => {
  await page.goto('/yunnan?measure=hours');
  await expect(page.getByRole('group', { name: /分布图/ }).getByRole('button')).toHaveCount(16);
  await expectNoViolations(page);
});
