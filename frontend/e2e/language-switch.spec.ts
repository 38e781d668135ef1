import { expect, test } from '@playwright/test';

test('the language switch shows English UI text and is remembered', async ({ page }) => {
  await page.goto('/projects');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '查找项目' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Find projects' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Prefecture' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Target groups' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Find projects' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '查找项目' })).toBeVisible();
});
