import { Link, useLocation } from 'react-router';

import { HighlightedSummary, HighlightedText } from '@/components/highlighted-text';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { CallHit } from '../api/schemas';
import '../i18n';
import { beijingTime } from '../utils/time';
import { callStateLabel } from './labels';

function fragments(value: string | string[] | null | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

/** One call in the search results: what, who, where, how much and until when (Beijing time). */
export function CallResult({ hit, taxonomies }: { hit: CallHit; taxonomies?: Taxonomies }) {
  const { t, language } = useTranslation();
  const location = useLocation();
  const targetGroups = hit.targetGroups
    .map((code) => taxonomyName(taxonomies?.targetGroups, code, language))
    .join('、');
  const description = fragments(hit.descriptionHighlighted);
  return (
    <li
      className="result"
      data-call-id={hit.id}
      data-region-code={hit.regionCode}
      data-target-groups={hit.targetGroups.join(',')}
      data-state={hit.state}
    >
      <h3 className="result-title">
        <Link
          to={`/calls/${encodeURIComponent(String(hit.id))}`}
          state={{ fromSearch: location.search }}
        >
          <HighlightedText text={hit.titleHighlighted ?? hit.title} />
        </Link>
      </h3>
      <p className="result-org">{hit.organisationName}</p>
      <HighlightedSummary fragments={description} />
      <dl className="result-meta">
        <div>
          <dt>{t('funding.call.fundingType')}</dt>
          <dd>
            {taxonomyName(taxonomies?.fundingTypes, hit.fundingType, language)}
            {hit.programme
              ? ` · ${taxonomyName(taxonomies?.programmes, hit.programme, language)}`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t('funding.call.region')}</dt>
          <dd>{hit.regionPath ?? hit.regionCode}</dd>
        </div>
        {targetGroups ? (
          <div>
            <dt>{t('funding.call.targetGroups')}</dt>
            <dd>{targetGroups}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('funding.call.pool')}</dt>
          <dd>{formatFen(hit.poolFen)}</dd>
        </div>
        <div>
          <dt>{t('funding.call.maxAward')}</dt>
          <dd>{formatFen(hit.maxAwardFen)}</dd>
        </div>
        <div>
          <dt>{t('funding.call.closesAt')}</dt>
          <dd>{t('funding.beijing', { time: beijingTime(hit.closesAt) })}</dd>
        </div>
      </dl>
      <p className="badges">
        <span className="badge">{callStateLabel(t, hit.state)}</span>
        {hit.twoStage ? <span className="badge">{t('funding.call.twoStage')}</span> : null}
      </p>
    </li>
  );
}
