import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';

import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';

/** Renders `ui` inside the real providers and a router at `url`, with a fresh query cache. */
export function renderWithRouter(ui: ReactElement, url = '/') {
  const seen: { location?: Location } = {};
  function LocationProbe() {
    seen.location = useLocation();
    return null;
  }
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        {ui}
        <LocationProbe />
      </MemoryRouter>
    </AppProvider>,
  );
  /** The router's current location (what the address bar would show). */
  const location = (): Location => {
    if (!seen.location) throw new Error('router has not rendered');
    return seen.location;
  };
  return { ...view, user, queryClient, location };
}
