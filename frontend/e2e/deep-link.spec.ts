import { expect, test } from '@playwright/test';

test('a project page loads directly from its URL', async ({ page, request }) => {
  const response = await request.get('/api/projects/search?size=1');
  expect(response.ok(), `search API answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { items: { id: number | string; title: string }[] };
  expect(body.items.length, 'the demo data should contain projects').toBeGreaterThan(0);
  const project = body.items[0]!;

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.title);
  await expect(page.getByRole('link', { name: /返回搜索/ })).toBeVisible();
  await expect(page.getByText('云南省 ›').first()).toBeVisible();

  await page.goto('/projects/999999999');
  await expect(page.getByRole('heading', { level: 1, name: '项目不存在' })).toBeVisible();
});
