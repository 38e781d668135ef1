import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'qianshou.language';

type Resource = typeof zhCN;
export const resources: Record<Language, Resource> = { 'zh-CN': zhCN, en };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Translations a lazily loaded feature brings in its own chunk, so that its strings stay out of
 * the initial JS (docs/frontend-notes.md, "Budget"). A feature keeps `i18n/{zh-CN,en}.json`,
 * declares its namespace here by module augmentation and registers the files when its chunk loads:
 *
 * ```ts
 * declare module '@/lib/i18n/i18n' {
 *   interface FeatureResources { volunteering: typeof zhCN }
 * }
 * registerTranslations('volunteering', { 'zh-CN': zhCN, en });
 * ```
 * Its keys are then `volunteering.…`, type-checked like every other key.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeatureResources {}

/** Every translation key, checked at compile time against the zh-CN resources. */
export type TranslationKey = Leaves<Resource> | Leaves<FeatureResources>;
export type TranslationParams = Record<string, string | number>;

const featureResources = new Map<string, Record<Language, unknown>>();

/** Makes a feature's translations available under `namespace.` (called when its chunk loads). */
export function registerTranslations<Namespace extends keyof FeatureResources & string>(
  namespace: Namespace,
  byLanguage: Record<Language, FeatureResources[Namespace]>,
): void {
  if (namespace in resources[DEFAULT_LANGUAGE]) {
    throw new Error(`translation namespace "${namespace}" is already a key of the main resources`);
  }
  featureResources.set(namespace, byLanguage);
}

/** The main resources with every registered feature's under its namespace (for tests). */
export function allResources(language: Language): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...resources[language] };
  for (const [namespace, byLanguage] of featureResources) merged[namespace] = byLanguage[language];
  return merged;
}

function lookup(resource: unknown, key: string): string | undefined {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function find(language: Language, key: string): string | undefined {
  const dot = key.indexOf('.');
  const feature = dot > 0 ? featureResources.get(key.slice(0, dot)) : undefined;
  return feature ? lookup(feature[language], key.slice(dot + 1)) : lookup(resources[language], key);
}

export function translate(
  language: Language,
  key: TranslationKey,
  params?: TranslationParams,
): string {
  const text = find(language, key) ?? find(DEFAULT_LANGUAGE, key) ?? key;
  if (!params) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

// The API client reads the language outside React (Accept-Language on every request).
let currentLanguage: Language = DEFAULT_LANGUAGE;
export function getCurrentLanguage(): Language {
  return currentLanguage;
}

type I18nContextValue = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: TranslationKey, params?: TranslationParams) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    currentLanguage = readStoredLanguage();
    return currentLanguage;
  });

  useEffect(() => {
    currentLanguage = language;
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    currentLanguage = next;
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this visit only
    }
    setLanguageState(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useTranslation(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useTranslation must be used inside <I18nProvider>');
  return context;
}
