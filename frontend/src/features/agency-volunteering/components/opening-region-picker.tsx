import { ROOT_REGION_CODE } from '@/config/env';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { useRegionChildren } from '@/lib/regions';

const LEVELS: { length: number; labelKey: TranslationKey; suffix: string }[] = [
  { length: 4, labelKey: 'search.prefecture', suffix: 'prefecture' },
  { length: 6, labelKey: 'search.county', suffix: 'county' },
  { length: 9, labelKey: 'search.township', suffix: 'township' },
  { length: 12, labelKey: 'agencyVolunteering.form.village', suffix: 'village' },
];

function LevelSelect({
  id,
  labelKey,
  parent,
  value,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  labelKey: TranslationKey;
  parent: string | undefined;
  value: string | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const children = useRegionChildren(parent);
  const regions = children.data ?? [];
  // A level without regions (villages are not loaded everywhere) is not offered at all.
  if (parent !== undefined && children.isSuccess && regions.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t(labelKey)}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={parent === undefined || regions.length === 0}
        aria-busy={children.isFetching || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{t('agencyVolunteering.form.chooseRegion')}</option>
        {regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Where an opening takes place: prefecture → county → township → village; the deepest chosen
 * level is the value (the API wants at least a county).
 */
export function OpeningRegionPicker({
  idPrefix,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="region-picker" aria-invalid={error ? true : undefined}>
      <legend>{t('agencyVolunteering.form.region')}</legend>
      {LEVELS.map((level, index) => {
        const parentLength = index === 0 ? 0 : LEVELS[index - 1]!.length;
        const parent =
          index === 0
            ? ROOT_REGION_CODE
            : value.length >= parentLength
              ? value.slice(0, parentLength)
              : undefined;
        const own = value.length >= level.length ? value.slice(0, level.length) : undefined;
        return (
          <LevelSelect
            key={level.suffix}
            id={`${idPrefix}-${level.suffix}`}
            labelKey={level.labelKey}
            parent={parent}
            value={own}
            invalid={!!error}
            describedBy={error ? errorId : undefined}
            onChange={(code) => onChange(code ?? parent ?? '')}
          />
        );
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
