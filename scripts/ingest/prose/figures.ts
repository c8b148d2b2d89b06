// Read figures out of a paragraph: "支出决算为 50.35 万元", "占7.1%", with the line each
// figure sits on. Amount patterns are built from one MONEY source so every reader accepts
// the same spellings (thousands separators, spaces before the unit, "0.0", 万元 or 元).
import { yuanToWan } from '../../../src/lib/money.ts';
import { parseAmount } from '../amount.ts';
import { lineAt, type Paragraph } from './paragraphs.ts';

/** Digits as the prose prints an amount; parseAmount decides whether it is well formed. */
export const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)';
/**
 * An amount with its unit, optionally spaced: "381.5万元", "50.35 万元", "762,722.13元"
 * (reports whose tables are in 元 write their prose in 元 too). Group 1 is the number;
 * wanValue reads the unit that follows it.
 */
export const MONEY = `${AMOUNT}\\s*万?元`;
export const PERCENT = '(\\d+(?:\\.\\d+)?)\\s*%';

export interface Figure {
  /** In 万元, whatever unit the text used. */
  value: number;
  /** Offset of the whole match in the paragraph text. */
  index: number;
  /** The whole match, e.g. "年初预算为0万元". */
  text: string;
  line: number;
}

/**
 * The 万元 value of the amount `raw` that ends at `end` in `text`: as written before 万元,
 * divided by 10,000 (exactly) before a bare 元. Null when `raw` is not a well-formed amount.
 */
export function wanValue(raw: string, text: string, end: number): number | null {
  const value = parseAmount(raw) ?? parseDecimal(raw);
  if (value === null) return null;
  let at = end;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === '元' ? yuanToWan(raw.replace(/,/g, '')) : value;
}

/** Where capture group `n` ends (needs a pattern with the d flag). */
export function groupEnd(match: RegExpExecArray | RegExpMatchArray, n: number): number {
  return match.indices?.[n]?.[1] ?? match.index! + match[0].length;
}

// findFigure is called thousands of times per report: compile each pattern's global,
// index-reporting twin once.
const compiled = new WeakMap<RegExp, RegExp>();
function globalTwin(pattern: RegExp): RegExp {
  let twin = compiled.get(pattern);
  if (!twin) {
    const flags = new Set([...pattern.flags, 'g', 'd']);
    twin = new RegExp(pattern.source, [...flags].join(''));
    compiled.set(pattern, twin);
  }
  return twin;
}

/** First match of `pattern` (group 1 = the amount) at or after `from`; undefined if absent or unreadable. */
export function findFigure(paragraph: Paragraph, pattern: RegExp, from = 0): Figure | undefined {
  const re = globalTwin(pattern);
  re.lastIndex = from;
  const match = re.exec(paragraph.text);
  if (!match) return undefined;
  const value = wanValue(match[1], paragraph.text, groupEnd(match, 1));
  if (value === null) return undefined;
  return { value, index: match.index, text: match[0], line: lineAt(paragraph, match.index) };
}

/** A plain number such as a percentage or a count: "7.1", "0.00". */
export function parseDecimal(raw: string): number | null {
  return /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
}

/** First figure found in any of the paragraphs. */
export function findInParagraphs(
  paragraphs: readonly Paragraph[], pattern: RegExp,
): { figure: Figure; paragraph: Paragraph } | undefined {
  for (const paragraph of paragraphs) {
    const figure = findFigure(paragraph, pattern);
    if (figure) return { figure, paragraph };
  }
  return undefined;
}
