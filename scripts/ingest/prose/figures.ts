// Read figures out of a paragraph: "支出决算为 50.35 万元", "占7.1%", with the line each
// figure sits on. Amount patterns are built from one AMOUNT source so every reader accepts
// the same spellings (thousands separators, spaces before 万元, "0.0").
import { parseAmount } from '../amount.ts';
import { lineAt, type Paragraph } from './paragraphs.ts';

/** Digits as the prose prints an amount; parseAmount decides whether it is well formed. */
export const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** An amount in 万元, optionally spaced: "381.5万元", "50.35 万元". */
export const WAN = `${AMOUNT}\\s*万元`;
export const PERCENT = '(\\d+(?:\\.\\d+)?)\\s*%';

export interface Figure {
  value: number;
  /** Offset of the whole match in the paragraph text. */
  index: number;
  /** The whole match, e.g. "年初预算为0万元". */
  text: string;
  line: number;
}

/** First match of `pattern` (group 1 = the amount) at or after `from`; undefined if absent or unreadable. */
export function findFigure(paragraph: Paragraph, pattern: RegExp, from = 0): Figure | undefined {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  re.lastIndex = from;
  const match = re.exec(paragraph.text);
  if (!match) return undefined;
  const value = parseAmount(match[1]) ?? parseDecimal(match[1]);
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
