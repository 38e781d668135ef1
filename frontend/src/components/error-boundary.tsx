import { Component, type ErrorInfo, type ReactNode } from 'react';

import { useTranslation } from '@/lib/i18n/i18n';

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p>{t('errors.pageFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

/**
 * Keeps the header and the language switch on screen when a page throws while rendering, or when
 * its code chunk fails to load on a weak network, and offers a reload instead of a blank screen.
 * `resetKey` (the location) clears the error when the user navigates elsewhere.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { failed: boolean; key?: string }
> {
  state: { failed: boolean; key?: string } = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { failed: boolean; key?: string },
  ) {
    if (props.resetKey !== state.key) return { failed: false, key: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page failed to render', error, info.componentStack);
  }

  render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
