import type { KeyboardEvent } from 'react';

import { useTranslation } from '@/lib/i18n/i18n';

import { GRID_COLUMNS, GRID_ROWS, TILE_GAP, TILE_HEIGHT, TILE_WIDTH, TILES } from '../data/tiles';
import { formatValue, SHADES, shadeOf, type Bin, type Measure } from '../utils/measures';

type Props = {
  measure: Measure;
  values: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  legend: Bin[];
  chosen: string | undefined;
  onChoose: (code: string) => void;
};

const WIDTH = GRID_COLUMNS * (TILE_WIDTH + TILE_GAP);
const HEIGHT = GRID_ROWS * (TILE_HEIGHT + TILE_GAP);

/**
 * Yunnan's 16 prefectures as tiles, each roughly where the prefecture lies (`data/tiles.ts`; no
 * boundary data). Each tile is a focusable button: Enter or Space chooses it, as does a click. Its
 * name and value are written on it, so the shading is never the only way to read it.
 */
export function YunnanMap({ measure, values, names, legend, chosen, onChoose }: Props) {
  const { t, language } = useTranslation();
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
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={t('province.province.mapLabel', { measure: measureName })}
    >
      {TILES.map((tile) => {
        const value = values.get(tile.code) ?? 0;
        const shade = shadeOf(value, legend);
        const isChosen = tile.code === chosen;
        const fullName = names.get(tile.code) ?? tile.zh;
        const name = language === 'en' ? `${tile.en} (${fullName})` : fullName;
        const label = t('province.province.itemLabel', {
          name,
          value: t(`province.values.${measure}`, { value: formatValue(measure, value) }),
        });
        const x = tile.col * (TILE_WIDTH + TILE_GAP) + TILE_GAP / 2;
        const y = tile.row * (TILE_HEIGHT + TILE_GAP) + TILE_GAP / 2;
        const textClass = shade >= 3 ? 'on-dark' : '';
        return (
          <g key={tile.code} data-code={tile.code} data-shade={shade}>
            <rect
              x={x}
              y={y}
              width={TILE_WIDTH}
              height={TILE_HEIGHT}
              rx={8}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={isChosen}
              fill={SHADES[shade]}
              className={isChosen ? 'prefecture chosen' : 'prefecture'}
              onClick={() => onChoose(tile.code)}
              onKeyDown={(event) => onKey(event, tile.code)}
            >
              <title>{label}</title>
            </rect>
            <text
              x={x + TILE_WIDTH / 2}
              y={y + 32}
              className={`map-name ${textClass}`}
              aria-hidden="true"
            >
              {language === 'en' ? tile.en : tile.zh}
            </text>
            <text
              x={x + TILE_WIDTH / 2}
              y={y + 60}
              className={`map-value ${textClass}`}
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
