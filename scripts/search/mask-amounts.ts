// Amounts must not be searchable: Pagefind joins "1,505.01" into the word "150501" and
// "1826.22" into "182622", which collide with subject codes (2150501) and with each other.
// But a reader wants them in the excerpt ("本年收入合计 7,630.15 万元", not "本年收入合计 万元").
// So the indexed copy keeps every amount with a zero-width space between its characters:
// each digit is a word of its own, which no code or amount query matches, and the excerpt,
// once the search page removes the zero-width spaces, shows the amount as printed.
import { WORD_BREAK } from './segment-words.ts';

/**
 * Amount-like numbers: decimals ("15.0", "101.4"), thousands-separated figures
 * ("1,505.01", "2,000"), and integers written with a money or percent unit ("15万元").
 * Subject codes and years are bare integers, so they never match.
 */
const AMOUNT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=\s*(?:万元|亿元|元|%|％))/g;

/** The text with every amount broken into single characters (invisible in excerpts). */
export function maskAmountsInText(text: string): string {
  return text.replace(AMOUNT, (amount) => [...amount].join(WORD_BREAK));
}
