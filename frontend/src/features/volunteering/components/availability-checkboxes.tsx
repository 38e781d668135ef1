import { useTranslation } from '@/lib/i18n/i18n';

import { AVAILABILITY_SLOTS } from '../api/volunteer-profile';
import '../i18n';

export function AvailabilityCheckboxes({
  idPrefix,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  value: readonly string[];
  onChange: (slots: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="facet" aria-invalid={error ? true : undefined}>
      <legend>{t('volunteering.profile.availability')}</legend>
      <ul className="facet-options" role="list">
        {AVAILABILITY_SLOTS.map((slot) => {
          const id = `${idPrefix}-${slot}`;
          return (
            <li key={slot}>
              <input
                id={id}
                type="checkbox"
                checked={value.includes(slot)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...value, slot]
                      : value.filter((other) => other !== slot),
                  )
                }
              />
              <label htmlFor={id}>{t(`volunteering.profile.slots.${slot}`)}</label>
            </li>
          );
        })}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
