import { registerTranslations } from '@/lib/i18n/i18n';

import en from './en.json';
import zhCN from './zh-CN.json';

// The combined search page's strings travel in its chunk, not in the initial JS.
declare module '@/lib/i18n/i18n' {
  interface FeatureResources {
    combinedSearch: typeof zhCN;
  }
}

registerTranslations('combinedSearch', { 'zh-CN': zhCN, en });
