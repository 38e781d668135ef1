import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { allResources, LANGUAGE_STORAGE_KEY, LANGUAGES } from '@/lib/i18n/i18n';
import { searchLanguages } from '@/testing/handlers';
import { leafKeys } from '@/testing/i18n-keys';
import { renderWithRouter } from '@/testing/test-utils';

import { AppRoutes } from './router';

// The main keys and those of every feature whose chunk a test has loaded so far.
const allKeys = () => leafKeys(allResources('zh-CN'));

/** Fails when any translation key is rendered instead of its text. */
function expectNoRawKeys() {
  const text = document.body.textContent ?? '';
  const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap(
    (element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  const shown = [text, ...attributes, document.title];
  const raw = allKeys().filter((key) => shown.some((value) => value.includes(key)));
  expect(raw, 'translation keys rendered as text').toEqual([]);
}

beforeEach(() => {
  searchLanguages.length = 0;
});

describe('App', () => {
  it('switches language: visible text, <html lang>, storage and Accept-Language', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/projects');
    expect(await screen.findByRole('heading', { level: 1, name: '查找项目' })).toBeInTheDocument();
    await screen.findByTestId('result-count');
    expect(searchLanguages.at(-1)).toBe('zh-CN');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Find projects' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Prefecture' })).toBeInTheDocument();
    expect(
      await within(screen.getByRole('group', { name: 'Target groups' })).findByRole('checkbox', {
        name: /^Left-behind children/,
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(searchLanguages.at(-1)).toBe('en'));
    expect(await screen.findByText('2 projects found')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('heading', { level: 1, name: '查找项目' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('starts in the stored language', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithRouter(<AppRoutes />, '/projects');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find projects' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('loads the project page lazily from a deep link', async () => {
    renderWithRouter(<AppRoutes />, '/projects/42');
    expect(
      await screen.findByRole('heading', { level: 1, name: /留守儿童关爱/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('goes from a result to its project and back to the same search', async () => {
    const { user, location } = renderWithRouter(
      <AppRoutes />,
      '/projects?targetGroup=left-behind-children',
    );
    const list = await screen.findByRole('list', { name: '搜索结果' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await user.click(within(list).getByRole('link', { name: /关爱/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /留守儿童关爱/ }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/projects/42');

    await user.click(screen.getByRole('link', { name: /返回搜索/ }));
    expect(location().pathname).toBe('/projects');
    expect(location().search).toBe('?targetGroup=left-behind-children');
    expect(await screen.findByRole('checkbox', { name: /^留守儿童 / })).toBeChecked();
  });

  it('folds the checkbox filters behind a button (for narrow screens)', async () => {
    const { user } = renderWithRouter(<AppRoutes />, '/projects?category=special-groups');
    const toggle = await screen.findByRole('button', { name: '筛选 (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the not-found route', async () => {
    renderWithRouter(<AppRoutes />, '/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: '页面不存在' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });

  for (const language of LANGUAGES) {
    it(`renders no raw translation keys (${language})`, async () => {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
      const search = renderWithRouter(<AppRoutes />, '/projects?region=5306');
      await screen.findByTestId('result-count');
      await screen.findAllByRole('checkbox');
      expectNoRawKeys();
      search.unmount();

      const project = renderWithRouter(<AppRoutes />, '/projects/42');
      await screen.findByText('云南省 › 昭通市 › 鲁甸县 › 文屏镇', undefined, { timeout: 5000 });
      expectNoRawKeys();
      project.unmount();

      renderWithRouter(<AppRoutes />, '/projects/999');
      await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
      await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
      expectNoRawKeys();
    });
  }

  it('the raw-key check catches a rendered key', () => {
    document.body.innerHTML = '<p>search.resultCount</p>';
    expect(() => expectNoRawKeys()).toThrow();
    document.body.innerHTML = '';
  });
});
