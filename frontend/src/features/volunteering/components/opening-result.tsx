import { Link, useLocation } from 'react-router';

import { HighlightedSummary, HighlightedText } from '@/components/highlighted-text';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { OpeningHit } from '../api/search-openings';
import '../i18n';
import { formatShift } from '../utils/shanghai-dates';

function fragments(value: OpeningHit['descriptionHighlighted']): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).filter(Boolean);
}

/** One opening in the search results: what, who, where, and the free places of its next shifts. */
export function OpeningResult({
  hit,
  taxonomies,
}: {
  hit: OpeningHit;
  taxonomies: Taxonomies | undefined;
}) {
  const { t, language } = useTranslation();
  const location = useLocation();
  const targetGroups = hit.targetGroups
    .map((code) => taxonomyName(taxonomies?.targetGroups, code, language))
    .join('、');
  const description = fragments(hit.descriptionHighlighted);

  return (
    <li
      className="result"
      data-opening-id={hit.id}
      data-region-code={hit.regionCode}
      data-target-groups={hit.targetGroups.join(',')}
    >
      <h3 className="result-title">
        <Link
          to={`/openings/${encodeURIComponent(String(hit.id))}`}
          state={{ fromSearch: location.search }}
        >
          <HighlightedText text={hit.titleHighlighted ?? hit.title} />
        </Link>
      </h3>
      <p className="result-org">{hit.organisationName}</p>
      <HighlightedSummary fragments={description} />
      <dl className="result-meta">
        <div>
          <dt>{t('volunteering.opening.region')}</dt>
          <dd>{hit.regionPath}</dd>
        </div>
        {targetGroups ? (
          <div>
            <dt>{t('volunteering.opening.targetGroups')}</dt>
            <dd>{targetGroups}</dd>
          </div>
        ) : null}
        {hit.category ? (
          <div>
            <dt>{t('volunteering.opening.category')}</dt>
            <dd>{taxonomyName(taxonomies?.serviceCategories, hit.category, language)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="badges">
        {hit.adultsOnly ? (
          <span className="badge">{t('volunteering.openings.adultsOnly')}</span>
        ) : null}
        {hit.screening === 'approval' ? (
          <span className="badge">{t('volunteering.openings.approval')}</span>
        ) : null}
        <span className="badge" data-free-places={hit.freePlaces}>
          {t('volunteering.openings.freeTotal', { count: hit.freePlaces })}
        </span>
      </p>
      <h4 className="shift-heading">{t('volunteering.openings.nextShifts')}</h4>
      {hit.nextShifts.length === 0 ? (
        <p className="muted">{t('volunteering.openings.noShifts')}</p>
      ) : (
        <ul className="shift-slots" role="list">
          {hit.nextShifts.map((shift) => (
            <li key={shift.id} data-shift-id={shift.id} data-free={shift.free}>
              <span>{formatShift(shift.startsAt, shift.endsAt, language)}</span>{' '}
              <span className={shift.free > 0 ? 'free' : 'full'}>
                {shift.free > 0
                  ? t('volunteering.openings.free', { free: shift.free, capacity: shift.capacity })
                  : t('volunteering.openings.full')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
