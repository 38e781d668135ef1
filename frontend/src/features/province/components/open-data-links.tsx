import { useTranslation } from '@/lib/i18n/i18n';

/** The open data files (CSV, UTF-8 with BOM, no personal data), as plain download links. */
export function OpenDataLinks() {
  const { t } = useTranslation();
  return (
    <section className="open-data" aria-labelledby="open-data-title">
      <h2 id="open-data-title">{t('province.province.openData')}</h2>
      <p>{t('province.province.openDataIntro')}</p>
      <ul role="list">
        <li>
          <a href="/api/open-data/projects.csv" download>
            {t('province.province.projectsCsv')}
          </a>
        </li>
        <li>
          <a href="/api/open-data/organisations.csv" download>
            {t('province.province.organisationsCsv')}
          </a>
        </li>
        <li>
          <a href="/api/open-data/stories.csv" download>
            {t('province.province.storiesCsv')}
          </a>
        </li>
      </ul>
    </section>
  );
}
