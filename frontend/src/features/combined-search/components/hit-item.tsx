import { Link, useLocation } from 'react-router';

import { HighlightedText } from '@/components/highlighted-text';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import type { FoundItem } from '../api/search-everything';
import { KINDS } from '../utils/search-params';

/** One hit of any kind: its kind's label, the (marked) title linking to its page, the snippet, the region. */
export function HitItem({ hit }: { hit: FoundItem }) {
  const { t } = useTranslation();
  const location = useLocation();
  const kind = KINDS.find((known) => known === hit.kind);
  return (
    <li className="result combined-hit" data-kind={hit.kind} data-id={hit.id}>
      <p className="hit-kind">
        <span className="kind-badge">{kind ? t(`combinedSearch.kinds.${kind}`) : hit.kind}</span>
      </p>
      <h3 className="result-title">
        <Link to={hit.url} state={{ fromSearch: location.search }}>
          <HighlightedText text={hit.titleHighlight ?? hit.title} />
        </Link>
      </h3>
      {hit.snippet ? (
        <p className="result-summary">
          <HighlightedText text={hit.snippet} />
        </p>
      ) : null}
      {hit.regionPath.length > 0 ? (
        <dl className="result-meta">
          <div>
            <dt>{t('combinedSearch.region')}</dt>
            <dd>{hit.regionPath.map((place) => place.name).join(' › ')}</dd>
          </div>
        </dl>
      ) : null}
    </li>
  );
}
