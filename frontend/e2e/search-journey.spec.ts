import { expect, test } from '@playwright/test';

// Runs against the real backend with demo data (~300 projects over all 16 prefectures).
test('search by prefecture and target group, then open a result', async ({ page }) => {
  await page.goto('/projects');
  await expect(page.getByRole('heading', { level: 1, name: '查找项目' })).toBeVisible();

  // Prefecture 昭通市 (5306). The option label may carry a facet count, e.g. "昭通市 (21)".
  const prefecture = page.getByRole('combobox', { name: '州（市）' });
  const zhaotong = prefecture.locator('option', { hasText: '昭通市' });
  await expect(zhaotong).toHaveCount(1);
  await prefecture.selectOption((await zhaotong.getAttribute('value'))!);
  await expect(page).toHaveURL(/[?&]region=5306(&|$)/);
  // The county select now offers 昭通市's counties.
  await expect(
    page.getByRole('combobox', { name: '县（市、区）' }).locator('option[value^="5306"]').first(),
  ).toBeAttached();

  // Target group 留守儿童 (left-behind-children), in the target-group fieldset.
  const targetGroups = page.getByRole('group', { name: '服务对象' });
  await targetGroups.locator('input[type="checkbox"][value="left-behind-children"]').check();
  await expect(page).toHaveURL(/[?&]targetGroup=left-behind-children(&|$)/);

  // Wait for the results that belong to exactly this query (not the previous one's).
  const results = page.locator(
    'section[data-state="ready"][data-query="region=5306&targetGroup=left-behind-children"]',
  );
  await expect(results).toBeVisible();

  const count = page.getByTestId('result-count');
  const total = Number(await count.getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  const shownNumber = Number((await count.textContent())?.match(/\d+/)?.[0] ?? '0');
  expect(shownNumber).toBe(total);

  const items = results.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const regionCodes = ((await item.getAttribute('data-region-codes')) ?? '').split(',');
    const groups = ((await item.getAttribute('data-target-groups')) ?? '').split(',');
    expect(
      regionCodes.some((code) => code.startsWith('5306')),
      `result ${i} regions ${regionCodes.join(',')}`,
    ).toBe(true);
    expect(groups, `result ${i} target groups`).toContain('left-behind-children');
  }

  // Open the first result: its title is the page heading, and 昭通市 is in its region path.
  const firstLink = items.first().getByRole('link').first();
  const title = ((await firstLink.textContent()) ?? '').trim();
  expect(title).not.toBe('');
  await firstLink.click();
  await expect(page).toHaveURL(/\/projects\/[^/?#]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(/昭通市/).first()).toBeVisible();
  await expect(page.locator('[data-region-code^="5306"]').first()).toContainText('云南省 › 昭通市');

  // Back to the search keeps nothing broken: browser back restores the filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/targetGroup=left-behind-children/);
  await expect(
    page.getByRole('group', { name: '服务对象' }).locator('input[value="left-behind-children"]'),
  ).toBeChecked();
});
