// Tell the header block of a table from its data rows, name the columns, and drop the
// header block where a page break repeats it in the middle of the table.
import { cellAmount, columnNumbers, compact, hasCode } from './cells.ts';
import type { RawRow } from './model.ts';

/** A cell holding an amount as amounts are printed (decimals or separators), not a 行次 or code. */
export const isPrintedAmount = (cell: string): boolean => cellAmount(cell).printed;

const DATA_LABEL = /^(合计|总计|小计|[一二三四五六七八九十]+、|人员经费合计|公用经费合计)/;

function looksLikeData(row: RawRow): boolean {
  if (row.cells.some(isPrintedAmount)) return true;
  const filled = row.cells.filter((c) => c !== '');
  const [first] = filled;
  if (first === undefined) return false;
  if (hasCode(first)) return true;
  // "合计" opens the body, unless the row goes on with more header words (the 三公 table's
  // "合计 | 因公出国（境）费 | …", the "合计 | 基本支出 | 项目支出" under 本年支出).
  return DATA_LABEL.test(compact(first)) && filled.slice(1).every((c) => /^[\d\s.,-]*$/.test(c) || DATA_LABEL.test(compact(c)));
}

const MAX_HEADER_ROWS = 6;

/** Split rows into the header block (up to and including the 栏次 row) and the data rows. */
export function splitHeader(rows: RawRow[]): { header: RawRow[]; data: RawRow[] } {
  const numbered = rows.slice(0, MAX_HEADER_ROWS).findIndex((r) => columnNumbers(r.cells) !== undefined);
  let end = numbered;
  if (end < 0) {
    end = rows.findIndex(looksLikeData) - 1;
    if (end < -1) end = rows.length - 1;
  }
  const header = rows.slice(0, end + 1);
  const signatures = new Set(header.map(signature));
  // Equal signatures start with equal first cells: compare those first, it is cheaper.
  const firsts = new Set(header.map((r) => compact(r.cells[0] ?? '')));
  const repeats = (r: RawRow) => firsts.has(compact(r.cells[0] ?? '')) && signatures.has(signature(r));
  const data = rows.slice(end + 1).filter((r) => !repeats(r) && columnNumbers(r.cells) === undefined);
  return { header, data };
}

/** A repeated header differs from the first only in spacing and markup. */
const signature = (row: RawRow): string => row.cells.map(compact).join('\t').replace(/\t+$/, '');

/** Data rows that repeat a header row of the table (page breaks); used when merging continued tables. */
export function isRepeatedHeader(row: RawRow, header: RawRow[]): boolean {
  return columnNumbers(row.cells) !== undefined || header.some((h) => signature(h) === signature(row));
}

/** Column index of each 栏次 number (the amount columns), from the header block. */
export function numberedColumns(header: RawRow[]): number[] {
  for (const row of header) {
    const positions = columnNumbers(row.cells);
    if (positions) return positions;
  }
  return [];
}

/**
 * Column names from a header block: upper rows name groups of columns (merged cells, so
 * an empty cell continues the name to its left, but never past the end of the group above
 * it), the last row names single columns. "本年支出" over "小计" gives "本年支出/小计".
 */
export function deriveColumns(header: RawRow[]): string[] {
  const named = header.filter((r) => columnNumbers(r.cells) === undefined);
  const rows = named.map((r) => r.cells.map(compact));
  const width = Math.max(0, ...rows.map((cells) => lastFilled(cells) + 1));
  const parts: string[][] = Array.from({ length: width }, () => []);
  const add = (i: number, name: string) => { if (name !== '' && i < width && parts[i].at(-1) !== name) parts[i].push(name); };
  // The group each column belongs to, row by row: a carried name stops where the group above ends.
  let groups: string[] = Array.from({ length: width }, () => '');
  rows.forEach((cells, r) => {
    const spans = named[r].spans;
    if (spans) {
      // Drawn cells say exactly which columns a name covers.
      cells.forEach((text, i) => { for (let k = 0; k < Math.max(0, spans[i] ?? 1); k++) add(i + k, text); });
      return;
    }
    let carry = '';
    let from = -1;
    const own: string[] = [];
    for (let i = 0; i < width; i++) {
      const text = cells[i] ?? '';
      if (i > 0 && groups[i] !== groups[i - 1]) [carry, from] = ['', -1];
      if (text !== '') [carry, from] = [text, i];
      own.push(`${groups[i]}>${from}`);
      add(i, text !== '' ? text : r < rows.length - 1 ? carry : '');
    }
    groups = own;
  });
  return parts.map((p) => p.join('/'));
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}
