/** The id of `/yunnan`'s table of per-prefecture figures: the headline numbers without a public list link there. */
export const PREFECTURE_FIGURES_ID = 'prefecture-figures';
