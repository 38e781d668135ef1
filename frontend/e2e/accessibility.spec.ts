import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const language of ['zh-CN', 'en'] as const) {
  test(`home page has no serious or critical axe violations (${language})`, async ({ page }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('qianshou.language', lang);
    }, language);
    await page.goto('/');
    await expect(page.locator('section[data-state="ready"]')).toBeVisible();
    await expect(page.getByRole('group').first()).toBeVisible();

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
  });
}
