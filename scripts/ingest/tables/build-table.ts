// Type the cells of a table as published: amounts become numbers in 万元 (converted from
// 元 without rounding), codes, 行次 and labels stay strings, empty cells are null.
import { parseAmount } from '../amount.ts';
import { yuanToWan } from '../../../src/lib/money.ts';
import type { Table } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { compact } from './cells.ts';
import { deriveColumns, isPrintedAmount, numberedColumns } from './header.ts';
import { warning, type RawRow, type RawTable } from './model.ts';

type Cell = Table['rows'][number]['cells'][number];

export function buildTable(raw: RawTable, file: string): { table: Table; messages: Message[] } {
  const columns = raw.columns ?? deriveColumns(raw.header);
  const amountColumns = amountColumnsOf(raw);
  const overlong: RawRow[] = [];
  const rows = raw.rows
    .filter((row) => !isBlankTotal(row))
    .map((row) => {
      const cells = trimTrailing(row.cells).map((cell, i) => typeCell(cell, amountColumns.has(i), raw.unit));
      if (columns.length > 0 && cells.length > columns.length) overlong.push(row);
      while (cells.length < columns.length) cells.push(null);
      return { cells, source: { file, line: row.line } };
    });
  const messages: Message[] = overlong.length === 0 ? [] : [warning(file, 'table-cell-count',
    `${raw.id} ${raw.title}: ${overlong.length} row${overlong.length > 1 ? 's have' : ' has'} more cells than the ${columns.length} columns (line${overlong.length > 1 ? 's' : ''} ${overlong.map((r) => r.line).join(', ')}); the extra cells are kept as published`,
    overlong[0].line)];
  const table: Table = {
    id: raw.id, title: raw.title, columns, rows,
    ...(raw.unit ? { publishedUnit: raw.unit } : {}),
    source: { file, line: raw.line },
  };
  return { table, messages };
}

/** Columns holding amounts: numbered in the 栏次 row, or printed with decimals somewhere. */
function amountColumnsOf(raw: RawTable): Set<number> {
  const columns = new Set(numberedColumns(raw.header));
  for (const row of raw.rows) row.cells.forEach((cell, i) => isPrintedAmount(cell) && columns.add(i));
  return columns;
}

function typeCell(cell: string, amountColumn: boolean, unit: RawTable['unit']): Cell {
  if (cell === '') return null;
  const value = parseAmount(cell);
  if (value === null || !(amountColumn || isPrintedAmount(cell))) return cell;
  return unit === '元' ? yuanToWan(value) : value;
}

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** The 合计 row of an empty table: a label and nothing else. */
function isBlankTotal(row: RawRow): boolean {
  const filled = row.cells.filter((c) => c !== '');
  return filled.every((c) => parseAmount(c) === null) && /^(合计|总计)$/.test(compact(filled.join('')));
}
