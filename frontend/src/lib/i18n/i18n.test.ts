import { describe, expect, it } from 'vitest';

import { leafKeys } from '@/testing/i18n-keys';

import { LANGUAGES, resources, translate, type Language } from './i18n';

// Features that load their own translations with their chunk keep them in
// `src/features/<feature>/i18n/<language>.json`; every such pair is held to the same rules.
const featureFiles = import.meta.glob<Record<string, unknown>>('/src/features/*/i18n/*.json', {
  eager: true,
  import: 'default',
});

type Bundle = { name: string; byLanguage: Record<Language, unknown> };

function featureBundles(): Bundle[] {
  const byFeature = new Map<string, Partial<Record<Language, unknown>>>();
  for (const [path, content] of Object.entries(featureFiles)) {
    const match = /\/features\/([^/]+)\/i18n\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, feature, language] = match as unknown as [string, string, Language];
    byFeature.set(feature, { ...byFeature.get(feature), [language]: content });
  }
  return [...byFeature].map(([feature, byLanguage]) => {
    for (const language of LANGUAGES) {
      if (!byLanguage[language]) throw new Error(`features/${feature}/i18n lacks ${language}.json`);
    }
    return { name: `features/${feature}`, byLanguage: byLanguage as Record<Language, unknown> };
  });
}

function lookup(resource: unknown, key: string): string {
  let node: unknown = resource;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : '';
}

const bundles: Bundle[] = [{ name: 'main', byLanguage: resources }, ...featureBundles()];

describe.each(bundles)('translation resources: $name', ({ byLanguage }) => {
  const keys = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, new Set(leafKeys(byLanguage[lang]))]),
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
      const empty = [...keys[lang]!].filter((key) => lookup(byLanguage[lang], key).trim() === '');
      expect(empty, `empty strings in ${lang}`).toEqual([]);
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keys['zh-CN']!) {
      expect(placeholders(lookup(byLanguage.en, key)), key).toEqual(
        placeholders(lookup(byLanguage['zh-CN'], key)),
      );
    }
  });
});

describe('translate', () => {
  it('interpolates parameters', () => {
    expect(translate('en', 'search.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(translate('zh-CN', 'search.resultCount', { count: 3 })).toBe('共 3 个项目');
  });
});
