import { registerTranslations } from '@/lib/i18n/i18n';

import en from './en.json';
import zhCN from './zh-CN.json';

// The funder's pages bring their strings in their own chunk, not the initial JS.
declare module '@/lib/i18n/i18n' {
  interface FeatureResources {
    funder: typeof zhCN;
  }
}

registerTranslations('funder', { 'zh-CN': zhCN, en });
