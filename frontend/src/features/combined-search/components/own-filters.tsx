import { FacetFilter } from '@/components/facet-filter';
import { translate, useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import type { TaxonomyItem, Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import '../i18n';
import type { CombinedSearchResponse } from '../api/search-everything';
import {
  OWN_FILTERS,
  type CodeFilter,
  type CombinedSearchState,
  type FlagFilter,
  type Kind,
} from '../utils/search-params';

const ORGANISATION_KINDS = ['agency', 'funder', 'university'] as const;

const LEGENDS: Record<CodeFilter, TranslationKey> = {
  category: 'combinedSearch.categories',
  skill: 'combinedSearch.skills',
  fundingType: 'combinedSearch.fundingTypes',
  programme: 'combinedSearch.programmes',
  organisationKind: 'combinedSearch.organisationKinds',
};

const FLAGS: Record<FlagFilter, TranslationKey> = {
  freePlaces: 'combinedSearch.freePlaces',
  closingSoon: 'combinedSearch.closingSoon',
};

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

/** The chosen kind's own filters, with its own facet counts, as its own search page offers them. */
export function OwnFilters({
  kind,
  state,
  facets,
  taxonomies,
  onChange,
}: {
  kind: Kind;
  state: CombinedSearchState;
  facets: CombinedSearchResponse['facets'] | undefined;
  taxonomies: Taxonomies;
  onChange: (own: CombinedSearchState['own']) => void;
}) {
  const { t } = useTranslation();
  const items = (filter: CodeFilter): readonly TaxonomyItem[] => {
    switch (filter) {
      case 'category':
        return taxonomies.serviceCategories;
      case 'skill':
        return taxonomies.skills ?? [];
      case 'fundingType':
        return taxonomies.fundingTypes;
      case 'programme':
        return taxonomies.programmes;
      case 'organisationKind':
        return ORGANISATION_KINDS.map((code) => ({
          code,
          nameZh: translate('zh-CN', `combinedSearch.organisationKind.${code}`),
          nameEn: translate('en', `combinedSearch.organisationKind.${code}`),
        }));
    }
  };
  return (
    <div
      className="own-filters"
      role="group"
      aria-label={t('combinedSearch.ownFilters', { kind: t(`combinedSearch.kinds.${kind}`) })}
    >
      {OWN_FILTERS[kind].map((filter) =>
        filter === 'freePlaces' || filter === 'closingSoon' ? (
          <div className="field checkbox-field" key={filter}>
            <input
              id={`own-${filter}`}
              type="checkbox"
              checked={Boolean(state.own[filter])}
              onChange={(event) => onChange({ ...state.own, [filter]: event.target.checked })}
            />
            <label htmlFor={`own-${filter}`}>{t(FLAGS[filter])}</label>
          </div>
        ) : (
          <FacetFilter
            key={filter}
            legend={t(LEGENDS[filter])}
            name={filter}
            items={items(filter)}
            counts={facets?.[filter] ?? undefined}
            selected={state.own[filter] ?? []}
            onToggle={(code, on) =>
              onChange({ ...state.own, [filter]: toggle(state.own[filter] ?? [], code, on) })
            }
          />
        ),
      )}
    </div>
  );
}
