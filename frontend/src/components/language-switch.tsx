import { useTranslation } from '@/lib/i18n/i18n';

/** One visible button that switches between Chinese and English; the choice persists. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useTranslation();
  const next = language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      title={t('language.switchLabel')}
      onClick={() => setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}
