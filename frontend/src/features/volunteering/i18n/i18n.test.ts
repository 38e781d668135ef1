import { describe, expect, it } from 'vitest';

import { allResources, translate } from '@/lib/i18n/i18n';

import './index';

describe('volunteering translations', () => {
  it('are found under their namespace once the feature has loaded', () => {
    expect(translate('en', 'volunteering.openings.title')).toBe('Volunteer openings');
    expect(translate('zh-CN', 'volunteering.openings.title')).toBe('志愿服务岗位');
    expect(allResources('en')).toHaveProperty('volunteering.openings.title', 'Volunteer openings');
  });

  it('leave the main keys as they were', () => {
    expect(translate('en', 'search.pageOf', { page: 1, pages: 2 })).toBe('Page 1 of 2');
  });
});
