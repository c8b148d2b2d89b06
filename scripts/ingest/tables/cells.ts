// Read what a table cell holds: a classification code (alone or merged with its name,
// "201 一般公共服务支出"), a label, or an amount.
import { parseAmount } from '../amount.ts';

// A corpus of 1,000 reports has some 900,000 table cells but only 26,000 distinct texts
// ("0.00" above all), and each cell is read by several steps: remember what each text
// parses to. The memo is cleared when it grows large, so memory stays bounded.
const MAX_REMEMBERED = 100_000;
const amounts = new Map<string, CellAmount>();

export interface CellAmount {
  /** parseAmount of the cell (of its number, when the cell states a unit). */
  value: number | null;
  /** An amount as amounts are printed (decimals, separators or a unit), not a bare 行次 or code. */
  printed: boolean;
  /** The unit the cell itself states ("5,531.10 万元", "5570.58 万", "12,500元"), which wins over the table's. */
  unit?: '万元' | '元';
}

const WITH_UNIT = /^(.*?\d)\s*(万元?|元)$/;

/** What a cell holds as an amount, remembered. */
export function cellAmount(cell: string): CellAmount {
  let read = amounts.get(cell);
  if (read === undefined) {
    const value = parseAmount(cell);
    const stated = value === null && /[万元]\s*$/.test(cell) ? WITH_UNIT.exec(cell.trim()) : null;
    const number = stated ? parseAmount(stated[1]) : null;
    read = stated && number !== null
      ? { value: number, printed: true, unit: stated[2] === '元' ? '元' : '万元' }
      : { value, printed: value !== null && !isBareInteger(cell) };
    if (amounts.size >= MAX_REMEMBERED) amounts.clear();
    amounts.set(cell, read);
  }
  return read;
}

/** Whitespace removed: how labels are compared ("合 计" is "合计"). */
export const compact = (text: string): string => text.replace(/\s+/g, '');

export interface CodeName {
  code: string;
  name: string;
}

/** "201" → {code: "201", name: ""}; "201 一般公共服务支出" → {code: "201", name: "一般公共服务支出"}. */
export function splitCodeName(cell: string): CodeName | undefined {
  const text = cell.trim();
  if (/^\d{3,8}$/.test(text)) return { code: text, name: '' };
  const m = /^(\d{3,8})\s*(.*)$/.exec(text);
  if (!m || !/[\u3400-\u9fff]/.test(m[2])) return undefined;
  return { code: m[1], name: m[2].trim() };
}

/** True when the cell starts with a classification code. */
export function hasCode(cell: string): boolean {
  return splitCodeName(cell) !== undefined;
}

/** A whole number printed without decimals or separators: a 行次, a 栏次 or a code, not an amount. */
export const isBareInteger = (cell: string): boolean => /^\d+$/.test(cell.trim());

/**
 * The 栏次 row numbers the amount columns 1, 2, 3 …; returns the column index of each
 * number, or undefined when the row is not such a row. The label may be split ("栏 次")
 * or merged into the first number ("栏次 1").
 */
export function columnNumbers(cells: string[]): number[] | undefined {
  const positions: number[] = [];
  let expected = 1;
  let labelled = false;
  for (let i = 0; i < cells.length; i++) {
    let c = compact(cells[i]);
    if (/^栏?次?$/.test(c) || c === '栏次') {
      labelled ||= c !== '';
      continue;
    }
    if (c.startsWith('栏次')) {
      labelled = true;
      c = c.slice(2);
    }
    if (c !== String(expected)) return undefined;
    positions.push(i);
    expected++;
  }
  return positions.length >= 2 || (labelled && positions.length === 1) ? positions : undefined;
}
