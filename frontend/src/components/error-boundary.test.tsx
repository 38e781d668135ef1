import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { I18nProvider } from '@/lib/i18n/i18n';

import { ErrorBoundary } from './error-boundary';

function Boom(): never {
  throw new Error('chunk failed to load');
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a translated message and a reload button instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider>
        <ErrorBoundary resetKey="/projects/1">
          <Boom />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('页面无法显示');
    expect(screen.getByRole('button', { name: '重新加载页面' })).toBeInTheDocument();
  });

  it('renders its children when nothing fails', () => {
    render(
      <I18nProvider>
        <ErrorBoundary>
          <p>内容</p>
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByText('内容')).toBeInTheDocument();
  });
});
