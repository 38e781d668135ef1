import { describe, expect, it } from 'vitest';

import { leafKeys } from '@/testing/i18n-keys';

import { LANGUAGES, resources, translate } from './i18n';

describe('translation resources', () => {
  const keys = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, new Set(leafKeys(resources[lang]))]),
  );

  for (const lang of LANGUAGES) {
    for (const other of LANGUAGES.filter((candidate) => candidate !== lang)) {
      it(`every ${lang} key exists in ${other}`, () => {
        const missing = [...keys[lang]!].filter((key) => !keys[other]!.has(key));
        expect(missing, `keys in ${lang} but not in ${other}`).toEqual([]);
      });
    }
  }

  it('has no empty translations', () => {
    for (const lang of LANGUAGES) {
      const empty = [...keys[lang]!].filter((key) => translate(lang, key as never).trim() === '');
      expect(empty, `empty strings in ${lang}`).toEqual([]);
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keys['zh-CN']!) {
      expect(placeholders(translate('en', key as never)), key).toEqual(
        placeholders(translate('zh-CN', key as never)),
      );
    }
  });

  it('interpolates parameters', () => {
    expect(translate('en', 'search.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(translate('zh-CN', 'search.resultCount', { count: 3 })).toBe('共 3 个项目');
  });
});
