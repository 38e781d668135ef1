import { useTranslation } from '@/lib/i18n/i18n';
import type { TaxonomyItem } from '@/lib/taxonomies/get-taxonomies';

/** A checkbox group for one taxonomy, with the counts from the search facets. */
export function FacetFilter({
  legend,
  name,
  items,
  counts,
  selected,
  onToggle,
}: {
  legend: string;
  name: string;
  items: readonly TaxonomyItem[];
  counts: readonly { code: string; count: number }[] | undefined;
  selected: readonly string[];
  onToggle: (code: string, checked: boolean) => void;
}) {
  const { language } = useTranslation();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul className="facet-options">
        {items.map((item) => {
          const id = `${name}-${item.code}`;
          const count = counts?.find((facet) => facet.code === item.code)?.count ?? 0;
          const checked = selected.includes(item.code);
          return (
            <li key={item.code}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={item.code}
                checked={checked}
                onChange={(event) => onToggle(item.code, event.target.checked)}
              />
              <label htmlFor={id}>
                {language === 'en' ? item.nameEn : item.nameZh}{' '}
                <span className="count">({count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
