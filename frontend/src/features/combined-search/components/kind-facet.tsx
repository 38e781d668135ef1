import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { KINDS, type Kind } from '../utils/search-params';

/** All kinds or one, each with how many of it match (radio buttons: one kind at a time). */
export function KindFacet({
  kind,
  counts,
  total,
  onChange,
}: {
  kind: Kind | undefined;
  counts: readonly { kind: string; count: number }[] | undefined;
  total: number | undefined;
  onChange: (kind: Kind | undefined) => void;
}) {
  const { t } = useTranslation();
  const all = counts?.reduce((sum, c) => sum + c.count, 0) ?? total;
  const options: { value: Kind | undefined; label: string; count: number | undefined }[] = [
    { value: undefined, label: t('combinedSearch.allKinds'), count: all },
    ...KINDS.map((value) => ({
      value,
      label: t(`combinedSearch.kinds.${value}`),
      count: counts?.find((c) => c.kind === value)?.count,
    })),
  ];
  return (
    <fieldset className="facet kind-facet">
      <legend>{t('combinedSearch.kindLegend')}</legend>
      <ul className="facet-options" role="list">
        {options.map(({ value, label, count }) => {
          const id = `kind-${value ?? 'all'}`;
          return (
            <li key={id}>
              <input
                id={id}
                type="radio"
                name="kind"
                value={value ?? ''}
                checked={kind === value}
                onChange={() => onChange(value)}
              />
              <label htmlFor={id}>
                {label} {count === undefined ? null : <span className="count">({count})</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
