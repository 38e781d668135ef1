import { useTranslation } from '@/lib/i18n/i18n';

import { GRID_COLUMNS, TILES } from '../data/tiles';
import {
  formatTileValue,
  formatValue,
  SHADES,
  shadeOf,
  type Bin,
  type Measure,
} from '../utils/measures';

type Props = {
  measure: Measure;
  values: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  legend: Bin[];
  chosen: string | undefined;
  onChoose: (code: string) => void;
};

/** The darkest shade carries white text; the lighter ones the page's ink (each at least 4.5:1). */
const DARK_FROM = SHADES.length - 1;
const SOFT_HYPHEN = /\u00ad/g;

/**
 * Yunnan's 16 prefectures as tiles, each roughly where the prefecture lies (`data/tiles.ts`; no
 * boundary data). Each tile is a native button in a CSS grid, so Enter, Space or a click chooses it,
 * and its text keeps the page's size on a phone instead of shrinking with a drawing. Its name and
 * value are written on it, so the shading is never the only way to read it.
 */
export function YunnanMap({ measure, values, names, legend, chosen, onChoose }: Props) {
  const { t, language } = useTranslation();
  const measureName = t(`province.measures.${measure}`);
  return (
    <div
      className="yunnan-map"
      role="group"
      aria-label={t('province.province.mapLabel', { measure: measureName })}
      style={{ gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))` }}
    >
      {TILES.map((tile) => {
        const value = values.get(tile.code) ?? 0;
        const shade = shadeOf(value, legend);
        const isChosen = tile.code === chosen;
        const fullName = names.get(tile.code) ?? tile.zh;
        const name =
          language === 'en' ? `${tile.en.replace(SOFT_HYPHEN, '')} (${fullName})` : fullName;
        const label = t('province.province.itemLabel', {
          name,
          value: t(`province.values.${measure}`, { value: formatValue(measure, value) }),
        });
        const classes = ['prefecture'];
        if (isChosen) classes.push('chosen');
        if (shade >= DARK_FROM) classes.push('on-dark');
        return (
          <button
            key={tile.code}
            type="button"
            data-code={tile.code}
            data-shade={shade}
            className={classes.join(' ')}
            style={{ gridColumn: tile.col + 1, gridRow: tile.row + 1, background: SHADES[shade] }}
            aria-label={label}
            aria-pressed={isChosen}
            onClick={() => onChoose(tile.code)}
          >
            <span className="map-name" aria-hidden="true">
              {language === 'en' ? tile.en : tile.zh}
            </span>
            <span className="map-value" aria-hidden="true">
              {formatTileValue(measure, value, language)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
