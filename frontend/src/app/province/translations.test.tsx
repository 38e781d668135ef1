import { describe, expect, it } from 'vitest';

import en from '@/features/province/i18n/en.json';
import zhCN from '@/features/province/i18n/zh-CN.json';
import { leafKeys } from '@/testing/i18n-keys';

describe('the province and home pages’ strings', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zhCN).sort());
    const values = (resource: unknown): string[] =>
      typeof resource === 'string'
        ? [resource]
        : Object.values(resource as Record<string, unknown>).flatMap(values);
    expect(values(zhCN).filter((v) => v.trim() === '')).toEqual([]);
    expect(values(en).filter((v) => v.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (resource: Record<string, unknown>) =>
      Object.fromEntries(
        leafKeys(resource).map((key) => {
          const text = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
          return [key, [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()];
        }),
      );
    expect(placeholders(en)).toEqual(placeholders(zhCN));
  });
});
