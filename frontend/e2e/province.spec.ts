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

test('on a phone the tiles keep their names and values whole, in both languages', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/yunnan?measure=awarded');
  // named in the page's language: 云南省 16 个州（市）分布图… / Yunnan's 16 prefectures as tiles…
  const map = page.getByRole('group', { name: /分布图|as tiles/ });
  await expect(map.getByRole('button')).toHaveCount(16);
  // How many lines each tile's name and value take: a word that does not fit its tile breaks
  // into a second line. The page must not scroll sideways either.
  const layout = () =>
    map.evaluate((element) => {
      const lines = (span: Element | null) =>
        span
          ? Math.round(
              span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight),
            )
          : 0;
      const tiles = [...element.querySelectorAll<HTMLElement>('[data-code]')];
      return {
        sideways: document.documentElement.scrollWidth > window.innerWidth,
        lines: Object.fromEntries(
          tiles.map((tile) => [
            tile.dataset.code,
            [lines(tile.querySelector('.map-name')), lines(tile.querySelector('.map-value'))],
          ]),
        ),
      };
    });
  const whole = (codes: string[], longName?: string) =>
    Object.fromEntries(codes.map((code) => [code, [code === longName ? 2 : 1, 1]]));
  const codes = await map.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('[data-code]')].map((tile) => tile.dataset.code!),
  );
  expect(codes).toHaveLength(16);
  expect(await layout()).toEqual({ sideways: false, lines: whole(codes) });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(map.getByRole('button', { name: /^Xishuangbanna / })).toBeVisible();
  // Only "Xishuang-banna" takes two lines, broken at its soft hyphen.
  expect(await layout()).toEqual({ sideways: false, lines: whole(codes, '5328') });
  await page.screenshot({ path: testInfo.outputPath('yunnan-360.png'), fullPage: true });
  await expectNoViolations(page);
});
