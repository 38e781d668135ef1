import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { allResources, LANGUAGE_STORAGE_KEY, LANGUAGES } from '@/lib/i18n/i18n';
import { adminAccount, session } from '@/testing/fixtures';
import { sessionHandler } from '@/testing/handlers';
import { leafKeys } from '@/testing/i18n-keys';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import '@/features/programmes/i18n';
import { programmeHandlers, programmeRequests } from '@/features/programmes/testing/handlers';

import { AppRoutes } from '../router';

/** Fails when a translation key is shown instead of its text. */
function expectNoRawKeys() {
  const keys = leafKeys(allResources('zh-CN'));
  const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap(
    (element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  const shown = [document.body.textContent ?? '', ...attributes, document.title];
  const raw = keys.filter((key) => key.includes('.') && shown.some((value) => value.includes(key)));
  expect(raw, 'translation keys rendered as text').toEqual([]);
}

const PAGES: [string, { zh: RegExp; en: RegExp }][] = [
  ['/programmes', { zh: /政策目标/, en: /Policy target/ }],
  ['/programmes/twinning', { zh: /帮扶机构/, en: /Partner agency/ }],
  ['/programmes/talent-dispatch', { zh: /派驻地点/, en: /Sent to/ }],
  ['/programmes/university-partnership', { zh: /对口县/, en: /County/ }],
  ['/programmes/demonstration', { zh: /实施机构/, en: /Organisation/ }],
  ['/admin/programmes/twinning', { zh: /帮扶机构名称/, en: /Partner agency's name/ }],
  ['/my/organisations/5/twinning', { zh: /登记一条帮扶/, en: /Record support/ }],
];

/** The first visit loads the page's lazy chunks: slow on a busy machine. */
const LOAD = { timeout: 15_000 };

beforeEach(() => {
  programmeRequests.reset();
  server.use(...programmeHandlers, sessionHandler(session(adminAccount)));
});

afterEach(() => window.localStorage.removeItem(LANGUAGE_STORAGE_KEY));

describe.each(LANGUAGES)('programme pages in %s', (language) => {
  it.each(PAGES)('%s shows no raw translation key', async (url, words) => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderWithRouter(<AppRoutes />, url);
    await screen.findByRole('heading', { level: 1 }, LOAD);
    await waitFor(() =>
      expect(document.body.textContent).toMatch(language === 'en' ? words.en : words.zh),
    );
    expectNoRawKeys();
  });
});
