import { registerTranslations } from '@/lib/i18n/i18n';

import en from './en.json';
import zhCN from './zh-CN.json';

// The saved-search pages' strings travel in their chunk, not in the initial JS.
declare module '@/lib/i18n/i18n' {
  interface FeatureResources {
    savedSearches: typeof zhCN;
  }
}

registerTranslations('savedSearches', { 'zh-CN': zhCN, en });
