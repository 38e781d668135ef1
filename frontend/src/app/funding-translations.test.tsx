import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { allResources, LANGUAGE_STORAGE_KEY, LANGUAGES } from '@/lib/i18n/i18n';
import { sessionHandler } from '@/testing/handlers';
import { leafKeys } from '@/testing/i18n-keys';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import '@/features/funder/i18n';
import '@/features/review/i18n';
import { funderHandlers, signedInFunder } from '@/features/funder/testing/handlers';
import {
  queueItem,
  reviewerAccount,
  reviewerApplication,
} from '@/features/review/testing/fixtures';
import { http, HttpResponse } from 'msw';

import { AppRoutes } from './router';

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

const FUNDER = '/my/organisations/8/funder';
const FUNDER_PAGES: [string, RegExp][] = [
  ['/my/organisations/8', /云南省慈善基金会/],
  [FUNDER, /¥500,000.00/],
  [`${FUNDER}/calls/new`, /¥|元|yuan/],
  [`${FUNDER}/calls/61`, /镇雄留守儿童陪伴计划/],
  [`${FUNDER}/calls/61?tab=reviewers`, /评审丙/],
  [`${FUNDER}/calls/61?tab=ranking`, /8\.20/],
  [`${FUNDER}/calls/61?tab=awards`, /¥120,000.00/],
  [`${FUNDER}/calls/61?tab=pool`, /¥380,000.00/],
  [`${FUNDER}/calls/61/edit`, /昭通市留守儿童关爱资助计划/],
  [`${FUNDER}/calls/61/applications/71`, /全县留守儿童约一万人/],
  [`${FUNDER}/awards/81`, /¥48,000.00/],
  [`${FUNDER}/reports`, /留守儿童暑期陪伴/],
  [`${FUNDER}/reports/111`, /冬季增加了活动/],
  [`${FUNDER}/matches`, /./],
];

describe.each(LANGUAGES)('funder pages in %s', (language) => {
  it.each(FUNDER_PAGES)('%s shows no raw translation key', async (url, loaded) => {
    server.use(
      signedInFunder(),
      ...funderHandlers,
      http.get('*/api/organisations/8/matches', () => HttpResponse.json([])),
    );
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderWithRouter(<AppRoutes />, url);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).toMatch(loaded));
    expectNoRawKeys();
  });
});

describe.each(LANGUAGES)('reviewer pages in %s', (language) => {
  it.each([
    ['/review', /彝良儿童之家/],
    ['/review/501', /#71/],
    ['/review/502', /彝良县留守儿童缺少课后看护/],
  ] as [string, RegExp][])('%s shows no raw translation key', async (url, loaded) => {
    server.use(
      sessionHandler({ account: reviewerAccount, csrfToken: 'csrf-1' }),
      http.get('*/api/reviewer/assignments', () =>
        HttpResponse.json([queueItem(501, 'declare'), queueItem(502, 'score')]),
      ),
      http.get('*/api/reviewer/assignments/502/application', () =>
        HttpResponse.json(reviewerApplication),
      ),
    );
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderWithRouter(<AppRoutes />, url);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).toMatch(loaded));
    expectNoRawKeys();
  });
});
