import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import type { OpeningSearchState, When } from '../utils/opening-search-params';

const CHOICES: { value: When; key: 'anyDate' | 'weekend' | 'month' | 'custom' }[] = [
  { value: undefined, key: 'anyDate' },
  { value: 'weekend', key: 'weekend' },
  { value: 'month', key: 'month' },
  { value: 'custom', key: 'custom' },
];

/** Any time, this weekend, this month (both in Asia/Shanghai), or a range of days. */
export function DateFilter({
  state,
  onChange,
}: {
  state: OpeningSearchState;
  onChange: (patch: Partial<OpeningSearchState>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="facet date-filter">
      <legend>{t('volunteering.openings.when')}</legend>
      <ul className="facet-options" role="list">
        {CHOICES.map(({ value, key }) => {
          const id = `when-${key}`;
          return (
            <li key={key}>
              <input
                id={id}
                type="radio"
                name="when"
                value={value ?? ''}
                checked={state.when === value}
                onChange={() => onChange({ when: value, from: undefined, to: undefined })}
              />
              <label htmlFor={id}>{t(`volunteering.openings.${key}`)}</label>
            </li>
          );
        })}
      </ul>
      {state.when === 'custom' ? (
        <div className="date-range">
          <div className="field">
            <label htmlFor="when-from">{t('volunteering.openings.from')}</label>
            <input
              id="when-from"
              type="date"
              value={state.from ?? ''}
              max={state.to}
              onChange={(event) => onChange({ from: event.target.value || undefined })}
            />
          </div>
          <div className="field">
            <label htmlFor="when-to">{t('volunteering.openings.to')}</label>
            <input
              id="when-to"
              type="date"
              value={state.to ?? ''}
              min={state.from}
              onChange={(event) => onChange({ to: event.target.value || undefined })}
            />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
