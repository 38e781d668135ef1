/**
 * Yunnan's 16 prefecture-level divisions (GB/T 2260) as tiles on a 5 × 5 grid, each roughly where
 * the prefecture lies (north at the top). A tile layout, not a map: no boundary data is bundled
 * (docs/adr/0012-yunnan-map-data.md says why). Short names label the tiles; the full names come
 * from the API. A long English name carries a soft hyphen (U+00AD), where a narrow tile may break it.
 */
export type Tile = { code: string; col: number; row: number; zh: string; en: string };

export const TILES: readonly Tile[] = [
  { code: '5334', col: 1, row: 0, zh: '迪庆', en: 'Diqing' },
  { code: '5307', col: 2, row: 0, zh: '丽江', en: 'Lijiang' },
  { code: '5306', col: 4, row: 0, zh: '昭通', en: 'Zhaotong' },
  { code: '5333', col: 0, row: 1, zh: '怒江', en: 'Nujiang' },
  { code: '5329', col: 1, row: 1, zh: '大理', en: 'Dali' },
  { code: '5323', col: 2, row: 1, zh: '楚雄', en: 'Chuxiong' },
  { code: '5301', col: 3, row: 1, zh: '昆明', en: 'Kunming' },
  { code: '5303', col: 4, row: 1, zh: '曲靖', en: 'Qujing' },
  { code: '5331', col: 0, row: 2, zh: '德宏', en: 'Dehong' },
  { code: '5305', col: 1, row: 2, zh: '保山', en: 'Baoshan' },
  { code: '5304', col: 3, row: 2, zh: '玉溪', en: 'Yuxi' },
  { code: '5309', col: 1, row: 3, zh: '临沧', en: 'Lincang' },
  { code: '5308', col: 2, row: 3, zh: '普洱', en: "Pu'er" },
  { code: '5325', col: 3, row: 3, zh: '红河', en: 'Honghe' },
  { code: '5326', col: 4, row: 3, zh: '文山', en: 'Wenshan' },
  { code: '5328', col: 2, row: 4, zh: '西双版纳', en: 'Xishuang\u00adbanna' },
];

export const GRID_COLUMNS = 5;
