import { useState } from 'react';

import { RegionPicker } from '@/components/region-picker';
import { useTranslation } from '@/lib/i18n/i18n';
import { useRegionName } from '@/lib/regions';

function ChosenRegion({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const name = useRegionName(code) ?? code;
  return (
    <li data-region-code={code}>
      <span>{name}</span>{' '}
      <button
        type="button"
        className="link-button"
        aria-label={t('forms.removeRegion', { name })}
        onClick={onRemove}
      >
        {t('forms.remove')}
      </button>
    </li>
  );
}

/** Several regions at any level: pick one with the region picker, add it, repeat. */
export function RegionMultiPicker({
  idPrefix,
  legend,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  legend: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | undefined>();
  return (
    <div className="region-multi" aria-invalid={error ? true : undefined}>
      <RegionPicker idPrefix={idPrefix} legend={legend} region={picked} onChange={setPicked} />
      <button
        type="button"
        disabled={!picked || value.includes(picked)}
        onClick={() => {
          if (picked && !value.includes(picked)) onChange([...value, picked]);
          setPicked(undefined);
        }}
      >
        {t('forms.addRegion')}
      </button>
      {value.length > 0 ? (
        <ul
          className="chosen-regions"
          role="list"
          aria-label={t('forms.chosenRegions', { legend })}
        >
          {value.map((code) => (
            <ChosenRegion
              key={code}
              code={code}
              onRemove={() => onChange(value.filter((other) => other !== code))}
            />
          ))}
        </ul>
      ) : (
        <p className="field-hint">{t('forms.noRegions')}</p>
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
