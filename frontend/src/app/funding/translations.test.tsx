import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { allResources, LANGUAGE_STORAGE_KEY, LANGUAGES } from '@/lib/i18n/i18n';
import { leafKeys } from '@/testing/i18n-keys';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import '@/features/funding/i18n';
import { funding, fundingHandlers, signedInAgency } from '@/features/funding/testing/handlers';

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

const AGENCY = '/my/organisations/5/funding';
const PAGES: [string, RegExp, { zh: RegExp; en: RegExp }][] = [
  ['/calls', /¥500,000.00/, { zh: /申报中/, en: /Open/ }],
  ['/calls/71', /¥380,000.00/, { zh: /拨付安排/, en: /Payment schedule/ }],
  ['/disclosure/calls/71', /¥84,000.00/, { zh: /资金公示/, en: /Disclosure/ }],
  ['/disclosure/projects/42', /¥25,000.00/, { zh: /资金来源/, en: /Sources/ }],
  [AGENCY, /镇雄县留守儿童关爱/, { zh: /我的申报/, en: /Applications/ }],
  [`${AGENCY}/applications/301`, /社工两名|¥100,000.00/, { zh: /预算合计/, en: /Budget total/ }],
  [`${AGENCY}/awards/501`, /¥36,000.00/, { zh: /接受资助/, en: /Accept the award/ }],
  [`${AGENCY}/reports/701`, /目标 200 户|Target 200/, { zh: /进展叙述/, en: /Progress narrative/ }],
];

beforeEach(() => {
  funding.reset();
  server.use(...fundingHandlers, signedInAgency());
});

describe.each(LANGUAGES)('funding pages in %s', (language) => {
  it.each(PAGES)('%s shows no raw translation key', async (url, loaded, words) => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderWithRouter(<AppRoutes />, url);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).toMatch(loaded));
    expect(document.body.textContent).toMatch(language === 'en' ? words.en : words.zh);
    expectNoRawKeys();
  });
});
