import { Link, useLocation } from 'react-router';

import { HighlightedSummary, HighlightedText } from '@/components/highlighted-text';
import { formatDateRange, formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { ProjectHit } from '../api/search-projects';

export function ResultItem({
  hit,
  taxonomies,
}: {
  hit: ProjectHit;
  taxonomies: Taxonomies | undefined;
}) {
  const { t, language } = useTranslation();
  const location = useLocation();
  const title = hit.highlights?.title ?? hit.title;
  const fragments = hit.highlights?.description?.filter(Boolean) ?? [];
  const dates = formatDateRange(hit.startDate, hit.endDate);
  const targetGroups = hit.targetGroups
    .map((code) => taxonomyName(taxonomies?.targetGroups, code, language))
    .join('、');

  return (
    <li
      className="result"
      data-project-id={hit.id}
      data-region-codes={hit.regions.map((region) => region.code).join(',')}
      data-target-groups={hit.targetGroups.join(',')}
    >
      <h3 className="result-title">
        <Link
          to={`/projects/${encodeURIComponent(String(hit.id))}`}
          state={{ fromSearch: location.search }}
        >
          <HighlightedText text={title} />
        </Link>
      </h3>
      {hit.organisationName ? <p className="result-org">{hit.organisationName}</p> : null}
      <HighlightedSummary fragments={fragments} summary={hit.summary} />
      <dl className="result-meta">
        <div>
          <dt>{t('search.regions')}</dt>
          <dd>{hit.regions.map((region) => region.name).join('、')}</dd>
        </div>
        {targetGroups ? (
          <div>
            <dt>{t('project.targetGroups')}</dt>
            <dd>{targetGroups}</dd>
          </div>
        ) : null}
        {hit.budgetFen != null ? (
          <div>
            <dt>{t('search.budget')}</dt>
            <dd>{formatFen(hit.budgetFen)}</dd>
          </div>
        ) : null}
        {dates ? (
          <div>
            <dt>{t('search.dates')}</dt>
            <dd>{dates}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
