import { describe, expect, it } from 'vitest';

import { translate } from '@/lib/i18n/i18n';

import './index';

describe('combined search translations', () => {
  it('are found under their namespace once the page has loaded', () => {
    expect(translate('en', 'combinedSearch.kinds.story')).toBe('Case stories');
    expect(translate('zh-CN', 'combinedSearch.kinds.story')).toBe('案例故事');
    expect(translate('en', 'combinedSearch.loose')).toBe('No exact matches; showing close matches');
    expect(translate('zh-CN', 'combinedSearch.loose')).toBe('没有完全匹配的结果，以下是相近的结果');
  });
});
