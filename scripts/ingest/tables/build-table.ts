// Type the cells of a table as published: amounts become numbers in 万元 (converted from
// 元 without rounding), codes, 行次 and labels stay strings, empty cells are null.
import { yuanToWan } from '../../../src/lib/money.ts';
import type { Table } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { cellAmount, compact, type CellAmount } from './cells.ts';
import { columnRoles } from './column-roles.ts';
import { deriveColumns, numberedColumns } from './header.ts';
import { warning, type RawRow, type RawTable, tableName } from './model.ts';

type Cell = Table['rows'][number]['cells'][number];

export function buildTable(raw: RawTable, file: string): { table: Table; messages: Message[] } {
  const columns = raw.columns ?? deriveColumns(raw.header);
  // Each cell is parsed once; the amount columns and the typed cells both use it.
  const parsed = new Map(raw.rows.map((row) => [row, row.cells.map(readCell)]));
  const amountColumns = amountColumnsOf(raw, parsed);
  const overlong: RawRow[] = [];
  const rows = raw.rows
    .filter((row) => !isBlankTotal(row))
    .map((row) => {
      const read = parsed.get(row)!;
      const cells = trimTrailing(row.cells).map((cell, i) => typeCell(cell, read[i], amountColumns === 'all' ? 'form' : amountColumns.has(i), raw.unit));
      if (columns.length > 0 && cells.length > columns.length) overlong.push(row);
      while (cells.length < columns.length) cells.push(null);
      return { cells, source: { file, line: row.line, ...(row.page !== undefined ? { page: row.page } : {}) } };
    });
  const messages: Message[] = overlong.length === 0 ? [] : [warning(file, 'table-cell-count',
    `${tableName(raw)}：有 ${overlong.length} 行的单元格多于 ${columns.length} 栏（第 ${overlong.map((r) => r.line).join('、')} 行），多出的单元格按原样保留`,
    overlong[0].line)];
  const roles = columnRoles(raw.kind, columns, rows.map((r) => r.cells));
  const table: Table = {
    id: raw.id, title: raw.title, kind: raw.kind, columns, ...(roles ? { columnRoles: roles } : {}), rows,
    ...(raw.unit ? { publishedUnit: raw.unit } : {}),
    ...(raw.ruled !== undefined ? { ruled: raw.ruled } : {}),
    source: { file, line: raw.line, ...(raw.page !== undefined ? { page: raw.page } : {}) },
  };
  return { table, messages };
}

const EMPTY: CellAmount = { value: null, printed: false };

function readCell(cell: string): CellAmount {
  return cell === '' ? EMPTY : cellAmount(cell);
}

/**
 * Columns holding amounts: numbered in the 栏次 row, or printed with decimals somewhere. An
 * appendix form has no 行次 or codes to confuse with amounts, and its headers sit between its
 * rows: there every number is a number (分值 10, 得分 9, 编制数 34).
 */
function amountColumnsOf(raw: RawTable, parsed: Map<RawRow, CellAmount[]>): Set<number> | 'all' {
  if (raw.kind === 'other') return 'all';
  const columns = new Set(numberedColumns(raw.header));
  for (const row of raw.rows) parsed.get(row)!.forEach((cell, i) => cell.printed && columns.add(i));
  return columns;
}

/** A bare whole number of four digits or more in a form is a year or a code, not a figure. */
const YEAR_OR_CODE = /^\d{4,}$/;

function typeCell(cell: string, read: CellAmount, amountColumn: boolean | 'form', unit: RawTable['unit']): Cell {
  if (cell === '') return null;
  if (read.value === null || !(amountColumn || read.printed)) return cell;
  if (amountColumn === 'form' && !read.printed && YEAR_OR_CODE.test(cell)) return cell;
  return (read.unit ?? unit) === '元' ? yuanToWan(read.value) : read.value;
}

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** The 合计 row of an empty table: a label and nothing else. */
function isBlankTotal(row: RawRow): boolean {
  if (!row.cells.some((c) => c.includes('计'))) return false; // cheap test first: runs on every row
  const filled = row.cells.filter((c) => c !== '');
  return /^(合计|总计)$/.test(compact(filled.join(''))) && filled.every((c) => cellAmount(c).value === null);
}
