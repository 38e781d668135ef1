import { ROOT_REGION_CODE } from '@/config/env';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

import { useRegionChildren, type Region } from '../api/get-region-children';
import { regionLevels } from '../utils/search-params';

type FacetCount = { code: string; count: number };

function RegionSelect({
  id,
  labelKey,
  parent,
  value,
  counts,
  onChange,
}: {
  id: string;
  labelKey: TranslationKey;
  parent: string | undefined;
  value: string | undefined;
  counts: readonly FacetCount[] | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const children = useRegionChildren(parent);
  const regions: Region[] = children.data ?? [];
  const countOf = (code: string) => counts?.find((facet) => facet.code === code)?.count;
  const disabled = parent === undefined || regions.length === 0;

  return (
    <div className="field">
      <label htmlFor={id}>{t(labelKey)}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-busy={children.isFetching || undefined}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{t('search.anyRegion')}</option>
        {regions.map((region) => {
          const count = countOf(region.code);
          return (
            <option key={region.code} value={region.code}>
              {count === undefined ? region.name : `${region.name} (${count})`}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/**
 * Prefecture → county → township. The deepest chosen level is the search's `region`;
 * the region facet (children of the selected region) is shown as counts on the next level.
 */
export function RegionPicker({
  region,
  regionCounts,
  onChange,
}: {
  region: string | undefined;
  regionCounts: readonly FacetCount[] | undefined;
  onChange: (region: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { prefecture, county, township } = regionLevels(region);
  // Facets count the children of the selected region, i.e. the options of the next select.
  const depth = township ? 3 : county ? 2 : prefecture ? 1 : 0;

  return (
    <fieldset className="region-picker">
      <legend>{t('search.regionLegend')}</legend>
      <RegionSelect
        id="region-prefecture"
        labelKey="search.prefecture"
        parent={ROOT_REGION_CODE}
        value={prefecture}
        counts={depth === 0 ? regionCounts : undefined}
        onChange={(code) => onChange(code)}
      />
      <RegionSelect
        id="region-county"
        labelKey="search.county"
        parent={prefecture}
        value={county}
        counts={depth === 1 ? regionCounts : undefined}
        onChange={(code) => onChange(code ?? prefecture)}
      />
      <RegionSelect
        id="region-township"
        labelKey="search.township"
        parent={county}
        value={township}
        counts={depth === 2 ? regionCounts : undefined}
        onChange={(code) => onChange(code ?? county)}
      />
    </fieldset>
  );
}
