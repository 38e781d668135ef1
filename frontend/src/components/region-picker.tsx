import { ROOT_REGION_CODE } from '@/config/env';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { regionLevels, useRegionChildren, type Region } from '@/lib/regions';

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
 * Prefecture → county → township → village; the deepest chosen level is the value, any level may
 * be the deepest. With `regionCounts` (search facets: the children of the selected region) the counts
 * are shown on the next level's options. `idPrefix` keeps ids unique when a page has several.
 */
export function RegionPicker({
  region,
  regionCounts,
  onChange,
  idPrefix = 'region',
  legend,
}: {
  region: string | undefined;
  regionCounts?: readonly FacetCount[] | undefined;
  onChange: (region: string | undefined) => void;
  idPrefix?: string;
  legend?: string;
}) {
  const { t } = useTranslation();
  const { prefecture, county, township, village } = regionLevels(region);
  // Facets count the children of the selected region, i.e. the options of the next select.
  const depth = village ? 4 : township ? 3 : county ? 2 : prefecture ? 1 : 0;

  return (
    <fieldset className="region-picker">
      <legend>{legend ?? t('search.regionLegend')}</legend>
      <RegionSelect
        id={`${idPrefix}-prefecture`}
        labelKey="search.prefecture"
        parent={ROOT_REGION_CODE}
        value={prefecture}
        counts={depth === 0 ? regionCounts : undefined}
        onChange={(code) => onChange(code)}
      />
      <RegionSelect
        id={`${idPrefix}-county`}
        labelKey="search.county"
        parent={prefecture}
        value={county}
        counts={depth === 1 ? regionCounts : undefined}
        onChange={(code) => onChange(code ?? prefecture)}
      />
      <RegionSelect
        id={`${idPrefix}-township`}
        labelKey="search.township"
        parent={county}
        value={township}
        counts={depth === 2 ? regionCounts : undefined}
        onChange={(code) => onChange(code ?? county)}
      />
      <RegionSelect
        id={`${idPrefix}-village`}
        labelKey="search.village"
        parent={township}
        value={village}
        counts={depth === 3 ? regionCounts : undefined}
        onChange={(code) => onChange(code ?? township)}
      />
    </fieldset>
  );
}
