// Earlier years' figures that the prose states as a change: "与上年相比减少13.65万元" next
// to this year's 0 means last year was 13.65. Computed with decimal.js.
import Decimal from 'decimal.js';
import type { HistoryEntry } from '../../../src/lib/schema.ts';
import type { ProseContext } from './context.ts';
import { groupEnd, MONEY, wanValue } from './figures.ts';
import { lineAt, type Paragraph } from './paragraphs.ts';

export interface Change {
  /** How this year compares with the last. */
  direction: 'up' | 'down' | 'same';
  /** In 万元. */
  amount: number;
  /** The words the change was read from, as written. */
  text: string;
  line: number;
  /** The year compared with, when the text names it ("与 2023 年度相比"). */
  year?: number;
}

// "与上年相比", "比上年", or with the year named: "与 2023 年度相比", "比 2023 年度".
const SINCE_LAST_YEAR = '(?:与上年度?相比|比上年|与\\s*(?<year>\\d{4})\\s*年度?相比|比\\s*(?<year2>\\d{4})\\s*年度?)';
const CHANGE = new RegExp(`${SINCE_LAST_YEAR}[，,]?\\s*[^。；，,]*?(?<direction>增加|增长|减少|下降|降低)\\s*${MONEY}`, 'd');
const UNCHANGED = new RegExp(`${SINCE_LAST_YEAR}[，,]?\\s*(?:无变化|持平|没有变化)`);

/** The first change stated in paragraph.text[start, end). */
export function findChange(paragraph: Paragraph, start = 0, end = paragraph.text.length): Change | undefined {
  const window = paragraph.text.slice(start, end);
  const change = CHANGE.exec(window);
  const same = UNCHANGED.exec(window);
  if (same && (!change || same.index < change.index)) {
    return { direction: 'same', amount: 0, text: same[0], line: lineAt(paragraph, start + same.index), ...namedYear(same) };
  }
  if (!change) return undefined;
  // MONEY's number is the group after the named ones.
  const group = change.length - 1;
  const amount = wanValue(change[group], window, groupEnd(change, group));
  if (amount === null) return undefined;
  const direction = /增加|增长/.test(change.groups!.direction) ? 'up' : 'down';
  return { direction, amount, text: change[0], line: lineAt(paragraph, start + change.index), ...namedYear(change) };
}

function namedYear(match: RegExpExecArray): { year?: number } {
  const year = match.groups?.year ?? match.groups?.year2;
  return year ? { year: Number(year) } : {};
}

/** Last year's value of `field`, given this year's value and the stated change. */
export function priorYear(
  context: ProseContext, field: string, current: number, change: Change,
): HistoryEntry | undefined {
  if (context.year === undefined) return undefined;
  // A change against a year other than the last one says nothing about last year.
  if (change.year !== undefined && change.year !== context.year - 1) return undefined;
  const now = new Decimal(current);
  const value = change.direction === 'up' ? now.minus(change.amount)
    : change.direction === 'down' ? now.plus(change.amount) : now;
  return {
    year: context.year - 1,
    field,
    value: value.toNumber(),
    derivedFrom: change.text,
    source: { file: context.file, line: change.line },
  };
}
