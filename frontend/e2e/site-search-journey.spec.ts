import { expect, test, type Page } from '@playwright/test';

// Issue 11: one search over every kind, from the box in the header of every page (demo data:
// projects, openings, calls, organisations and stories). A visitor searches from the home page,
// narrows to stories and opens one; from the story's page searches again, narrows to projects
// and opens one.

/** The results section once it shows exactly this query's answer (not the previous one's). */
function results(page: Page, query: URLSearchParams) {
  return page.locator(`section[data-state="ready"][data-query="${query.toString()}"]`);
}

async function searchFromHeader(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: '搜索全站' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?/);
}

/** Chooses a kind and opens its first hit; checks the page it reaches has the hit's title. */
async function openFirstOfKind(page: Page, q: string, kind: string, label: string, path: RegExp) {
  await page.getByRole('radio', { name: new RegExp(`^${label} \\(\\d+\\)$`) }).check();
  const section = results(page, new URLSearchParams({ q, kind }));
  await expect(section).toBeVisible();
  const hits = section.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
  await expect(hits.first()).toBeVisible();
  const shown = await hits.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-kind')),
  );
  expect(new Set(shown)).toEqual(new Set([kind]));
  await expect(hits.first().getByText(label, { exact: true })).toBeVisible();
  const link = hits.first().getByRole('link').first();
  const title = ((await link.textContent()) ?? '').trim();
  expect(title).not.toBe('');
  await link.click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('a visitor types in the header box and reaches a story, then a project', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, '社工');

  // Every kind blended, each hit labelled with its kind; the kind facet counts them.
  const all = results(page, new URLSearchParams({ q: '社工' }));
  await expect(all).toBeVisible();
  const kinds = await all
    .getByRole('list', { name: '搜索结果' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(new Set(kinds).size).toBeGreaterThan(1);
  const total = Number(await page.getByTestId('result-count').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole('radio', { name: `全部 (${total})` })).toBeChecked();

  await openFirstOfKind(page, '社工', 'story', '案例故事', /\/stories\/\d+$/);

  // From the story's page, a new search in the header box: every kind again, then projects.
  await searchFromHeader(page, '留守儿童');
  await expect(results(page, new URLSearchParams({ q: '留守儿童' }))).toBeVisible();
  await openFirstOfKind(page, '留守儿童', 'project', '项目', /\/projects\/[^/?#]+$/);

  // Back to the results: the kind and keywords are still in the URL, the box shows them.
  await page.goBack();
  await expect(page).toHaveURL(/kind=project/);
  await expect(page.getByRole('combobox', { name: '搜索全站' })).toHaveValue('留守儿童');
});
