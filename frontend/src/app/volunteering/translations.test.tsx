import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { AppRoutes } from '../router';
import { allResources, LANGUAGE_STORAGE_KEY, LANGUAGES } from '@/lib/i18n/i18n';
import { leafKeys } from '@/testing/i18n-keys';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import '@/features/volunteering/i18n';
import { minorProfile } from '@/features/volunteering/testing/fixtures';
import {
  profileHandler,
  signedInVolunteer,
  volunteeringHandlers,
} from '@/features/volunteering/testing/handlers';

/** Fails when a translation key is shown instead of its text. */
function expectNoRawKeys() {
  const keys = leafKeys(allResources('zh-CN'));
  const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap(
    (element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  const shown = [document.body.textContent ?? '', ...attributes, document.title];
  const raw = keys.filter((key) => shown.some((value) => value.includes(key)));
  expect(raw, 'translation keys rendered as text').toEqual([]);
}

const PAGES: [string, RegExp][] = [
  ['/openings', /1/],
  ['/openings/301', /文屏镇中心小学门口/],
  ['/me/shifts', /镇雄县阳光社工服务中心/],
  ['/me/hours', /敬老院探访/],
  ['/me/volunteer', /530621\*+9984/],
  ['/check-in/901?code=ABCD2345', /ABCD2345/],
  ['/verify/K7M2P9QX4TZ8', /530602\*+9994/],
];

beforeEach(() => {
  server.use(profileHandler(minorProfile), ...volunteeringHandlers, signedInVolunteer());
});

describe.each(LANGUAGES)('volunteering pages in %s', (language) => {
  it.each(PAGES)('%s shows no raw translation key', async (url, loaded) => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderWithRouter(<AppRoutes />, url);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).toMatch(loaded));
    expectNoRawKeys();
  });
});
