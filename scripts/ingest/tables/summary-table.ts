// 公开01 收入支出决算总表: the totals (summary) and the income side (income), each
// amount read after its label, past the 行次 cell; basic/project from the 公开03 合计 row.
import type { DepartmentYear, Summary, Table } from '../../../src/lib/schema.ts';
import { compact, isBareInteger } from './cells.ts';
import { normaliseName, type Cell } from './coded-row.ts';

const LABELS: [RegExp, keyof Summary][] = [
  [/^本年收入合计$/, 'incomeTotal'],
  [/^本年支出合计$/, 'expenditureTotal'],
  [/^年初结转(和|与)结余$/, 'openingBalance'],
  [/^年末结转(和|与)结余$/, 'closingBalance'],
  [/^(收入|收、支|收支)?总计$/, 'grandTotal'],
];

/** The first amount after the cell at `index`, skipping empty cells and the 行次. */
export function amountAfter(cells: readonly Cell[], index: number): number | undefined {
  for (const cell of cells.slice(index + 1)) {
    if (typeof cell === 'number') return cell;
    if (cell !== null && cell.trim() !== '' && !isBareInteger(cell)) return undefined;
  }
  return undefined;
}

export function readSummary(t01: Table | undefined, t03: Table | undefined): Summary | undefined {
  const summary: Summary = {};
  for (const row of t01?.rows ?? []) {
    row.cells.forEach((cell, i) => {
      if (typeof cell !== 'string') return;
      const label = compact(cell);
      const field = LABELS.find(([pattern]) => pattern.test(label))?.[1];
      if (!field || summary[field] !== undefined) return;
      const value = amountAfter(row.cells, i);
      if (value !== undefined) summary[field] = value;
    });
  }
  const total = t03 ? totalRow(t03) : undefined;
  if (total && total[1] !== undefined) summary.basicExpenditure = total[1];
  if (total && total[2] !== undefined) summary.projectExpenditure = total[2];
  return Object.keys(summary).length ? summary : undefined;
}

/** The 合计 row of a table, whose label may be split across cells ("合 | | 计"). */
export function findTotalRow(table: Table): Table['rows'][number] | undefined {
  return table.rows.find((r) => compact(r.cells.filter((c) => typeof c === 'string').join('')) === '合计');
}

/** The amounts of the 合计 row. */
export function totalRow(table: Table): number[] | undefined {
  return findTotalRow(table)?.cells.filter((c): c is number => typeof c === 'number');
}

/** Income sources: the named rows of the income side above 本年收入合计, each with its amount. */
export function readIncome(t01: Table | undefined): DepartmentYear['income'] {
  const income: NonNullable<DepartmentYear['income']> = [];
  for (const row of t01?.rows ?? []) {
    const first = row.cells[0];
    if (typeof first !== 'string' || isBareInteger(first)) continue;
    if (/^本年收入合计$/.test(compact(first))) break;
    const amount = amountAfter(row.cells, 0);
    if (amount === undefined) continue;
    const name = normaliseName(first).replace(/^[一二三四五六七八九十]+、/, '');
    income.push({ name, amount, source: row.source });
  }
  return income.length ? income : undefined;
}
