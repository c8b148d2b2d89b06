// Shared reading helpers for the self-evaluation report: where the prose ends, how an
// amount is written, and where a figure came from.
import { parseAmount } from '../amount.ts';
import type { Line } from '../text.ts';

/** An amount as the prose writes it: "1943.63", "1,452.61", "0". */
export const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** "附件 1", "附件1：", "附件": where the attachments (tables) begin. */
const ATTACHMENT_HEADING = /^\s*附件\s*(?:\d+(?:-\d+)?)?\s*[:：]?\s*$/;

const NUMBERED_SECTION = /^\s*(?:#+\s*)?(?:\*\*)?[一二三四五六七八九十]+、/;

/**
 * The report's prose: the lines up to the first attachment, without table rows. A 附件
 * heading before the first numbered section introduces the report itself (a final-accounts
 * report's 第五部分 附件), so it does not end the prose.
 */
export function proseLines(lines: Line[]): Line[] {
  const first = lines.findIndex((line) => NUMBERED_SECTION.test(line.text));
  const end = lines.findIndex((line, i) => i > first && ATTACHMENT_HEADING.test(line.text));
  return (end === -1 ? lines : lines.slice(0, end)).filter((line) => !line.cells);
}

export function toAmount(raw: string): number | undefined {
  return parseAmount(raw) ?? undefined;
}

/** "184.65%" → 184.65. */
export function toPercent(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

/** An amount read from the prose, with the words around it. */
export interface Found {
  value: number;
  line: number;
  fragment: string;
}

/** Sentences (to 。, and to ； unless `semicolons` is false) with their line numbers. */
export function sentences(lines: Line[], semicolons = true): Line[] {
  const sentence = semicolons ? /[^。；;]+[。；;]?/g : /[^。]+。?/g;
  return lines.flatMap((line) => (line.text.match(sentence) ?? []).map((text) => ({ no: line.no, text })));
}

/** Every amount captured by `pattern` (group 1) on the given lines. */
export function findAmounts(lines: Line[], pattern: RegExp): Found[] {
  const global = new RegExp(pattern.source, 'g');
  const found: Found[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(global)) {
      const value = toAmount(match[1]);
      if (value !== undefined) found.push({ value, line: line.no, fragment: match[0] });
    }
  }
  return found;
}
