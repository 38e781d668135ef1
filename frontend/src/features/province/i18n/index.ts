import { registerTranslations } from '@/lib/i18n/i18n';

import en from './en.json';
import zhCN from './zh-CN.json';

// The home and province pages' strings travel in their chunks, not in the initial JS.
declare module '@/lib/i18n/i18n' {
  interface FeatureResources {
    province: typeof zhCN;
  }
}

registerTranslations('province', { 'zh-CN': zhCN, en });
