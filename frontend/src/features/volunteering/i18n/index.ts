import { registerTranslations } from '@/lib/i18n/i18n';

import en from './en.json';
import zhCN from './zh-CN.json';

// The volunteering pages' strings travel in their chunk, not in the initial JS.
declare module '@/lib/i18n/i18n' {
  interface FeatureResources {
    volunteering: typeof zhCN;
  }
}

registerTranslations('volunteering', { 'zh-CN': zhCN, en });
