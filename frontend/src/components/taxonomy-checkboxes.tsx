import { useTranslation } from '@/lib/i18n/i18n';
import type { TaxonomyItem } from '@/lib/taxonomies/get-taxonomies';

/** A form's multiple choice from one taxonomy (target groups, service categories). */
export function TaxonomyCheckboxes({
  name,
  legend,
  items,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  items: readonly TaxonomyItem[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}) {
  const { language } = useTranslation();
  return (
    <fieldset className="facet" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <ul className="facet-options" role="list">
        {items.map((item) => {
          const id = `${name}-${item.code}`;
          return (
            <li key={item.code}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={item.code}
                checked={value.includes(item.code)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...value, item.code]
                      : value.filter((code) => code !== item.code),
                  )
                }
              />
              <label htmlFor={id}>{language === 'en' ? item.nameEn : item.nameZh}</label>
            </li>
          );
        })}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
