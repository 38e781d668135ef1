import { Link } from 'react-router';

import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import { useProjectDisclosure } from '../api/disclosure';
import '../i18n';

/** The money section of a project's page: each source with awarded and paid, and the disclosure link. */
export function ProjectMoney({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const disclosure = useProjectDisclosure(projectId);
  // a project without public money (or a disclosure that fails) shows no section at all
  if (!disclosure.data || disclosure.data.sources.length === 0) return null;
  const { sources } = disclosure.data;
  const awarded = sources.reduce((sum, source) => sum + source.awardedFen, 0);
  const paid = sources.reduce((sum, source) => sum + source.paidFen, 0);
  return (
    <section aria-labelledby="project-money-heading" className="project-money">
      <h2 id="project-money-heading">{t('funding.projectMoney.heading')}</h2>
      <ul role="list">
        {sources.map((source, index) => (
          <li key={index}>
            {source.funderName}
            {source.callTitle ? ` · ${source.callTitle}` : ''}:{' '}
            {t('funding.projectMoney.source', {
              awarded: formatFen(source.awardedFen),
              paid: formatFen(source.paidFen),
            })}
          </li>
        ))}
      </ul>
      <p>
        {t('funding.projectMoney.total', { awarded: formatFen(awarded), paid: formatFen(paid) })}
      </p>
      <p>
        <Link to={`/disclosure/projects/${encodeURIComponent(projectId)}`}>
          {t('funding.projectMoney.link')}
        </Link>
      </p>
    </section>
  );
}
