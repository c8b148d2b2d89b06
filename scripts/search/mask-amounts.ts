// Amounts must not be searchable: Pagefind joins "1,505.01" into the word "150501" and
// "1826.22" into "182622", which collide with subject codes (2150501) and with each other.
// Tables mark their amount cells data-pagefind-ignore; prose ("支出决算为1826.22万元")
// cannot, so the indexer masks amounts in the copy of each page it indexes.

/**
 * Amount-like numbers: decimals ("15.0", "101.4"), thousands-separated figures
 * ("1,505.01", "2,000"), and integers written with a money or percent unit ("15万元").
 * Subject codes and years are bare integers, so they never match.
 */
const AMOUNT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=\s*(?:万元|亿元|元|%|％))/g;

/** Shown in excerpts where an amount was: the reader sees something was left out. */
export const AMOUNT_MASK = '…';

export function maskAmountsInText(text: string): string {
  return text.replace(AMOUNT, AMOUNT_MASK);
}
