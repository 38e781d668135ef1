import type { KeyboardEvent } from 'react';

import { useTranslation } from '@/lib/i18n/i18n';

import yunnan from '../data/yunnan-map.json';
import { formatValue, SHADES, shadeOf, type Bin, type Measure } from '../utils/measures';

type Props = {
  measure: Measure;
  values: ReadonlyMap<string, number>;
  legend: Bin[];
  chosen: string | undefined;
  onChoose: (code: string) => void;
};

/**
 * Yunnan's 16 prefectures as SVG paths (generated from a registry package's boundary file, see
 * `data/NOTICE`). Each prefecture is a focusable button: Enter or Space chooses it, as does a
 * click. Its value is written on it, so the shading is never the only way to read the map.
 */
export function YunnanMap({ measure, values, legend, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const measureName = t(`province.measures.${measure}`);
  const onKey = (event: KeyboardEvent, code: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(code);
    }
  };
  return (
    <svg
      className="yunnan-map"
      viewBox={yunnan.viewBox}
      role="group"
      aria-label={t('province.province.mapLabel', { measure: measureName })}
    >
      {yunnan.prefectures.map((prefecture) => {
        const value = values.get(prefecture.code) ?? 0;
        const shade = shadeOf(value, legend);
        const isChosen = prefecture.code === chosen;
        const label = `${prefecture.name}：${t(`province.values.${measure}`, {
          value: formatValue(measure, value),
        })}`;
        return (
          <g key={prefecture.code} data-code={prefecture.code} data-shade={shade}>
            <path
              d={prefecture.d}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={isChosen}
              fill={SHADES[shade]}
              className={isChosen ? 'prefecture chosen' : 'prefecture'}
              onClick={() => onChoose(prefecture.code)}
              onKeyDown={(event) => onKey(event, prefecture.code)}
            >
              <title>{label}</title>
            </path>
            <text
              x={prefecture.labelX}
              y={prefecture.labelY}
              className={shade >= 3 ? 'map-value on-dark' : 'map-value'}
              aria-hidden="true"
            >
              {formatValue(measure, value).replace(/\.00$/, '')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
