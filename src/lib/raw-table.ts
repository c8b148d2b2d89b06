// A published table as the raw-tables section shows it: its heading, the nested header
// rows its "/"-joined column names stand for (收入/项目 → 收入 over 项目), where a
// side-by-side panel starts (人员经费 | 公用经费), and how a cell prints.
import type { Table } from './schema.ts';
import { wan } from './format.ts';

export interface HeaderCell {
  label: string;
  colspan: number;
  rowspan: number;
  /** Index of the first column the cell spans. */
  column: number;
}

/** "支出决算表" for a PDF's table (its id is its title), "公开03 支出决算表" otherwise. */
export function tableHeading(table: Pick<Table, 'id' | 'title'>): string {
  return table.id === table.title ? table.title : `${table.id} ${table.title}`;
}

/** Number of columns: the header's, or the widest row's when the header is shorter. */
export function columnCount(table: Pick<Table, 'columns' | 'rows'>): number {
  return Math.max(table.columns.length, ...table.rows.map((r) => r.cells.length));
}

/**
 * Header rows from column names whose levels are joined with "/": cells with the same
 * path prefix merge across columns; a name with fewer levels spans the rows below it.
 */
export function headerRows(columns: readonly string[], count = columns.length): HeaderCell[][] {
  const paths = Array.from({ length: count }, (_, i) => (columns[i] ?? '').split('/'));
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < count; i++) {
      const path = paths[i];
      if (path.length <= level) continue;
      if (path.length === level + 1) {
        row.push({ label: path[level], colspan: 1, rowspan: depth - level, column: i });
        continue;
      }
      const prefix = path.slice(0, level + 1).join('/');
      let end = i + 1;
      while (end < count && paths[end].length > level + 1 && paths[end].slice(0, level + 1).join('/') === prefix) end++;
      row.push({ label: path[level], colspan: end - i, rowspan: 1, column: i });
      i = end - 1;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Columns where a side-by-side panel starts: the table's first role (科目编码 or 项目)
 * repeating further right, as in a 基本支出 table printing 人员经费 beside 公用经费.
 */
export function panelStarts(roles: readonly string[] | undefined): Set<number> {
  const starts = new Set<number>();
  const first = roles?.[0];
  if (!roles || !first || first.startsWith('amount')) return starts;
  roles.forEach((role, i) => { if (i > 0 && role === first && roles[i - 1] !== first) starts.add(i); });
  return starts;
}

/**
 * The class of a body cell ("num", "panel-start", both or none) by its column and whether it
 * holds an amount: worked out once per table rather than once per cell.
 */
export function cellClasses(count: number, panels: ReadonlySet<number>): (column: number, amount: boolean) => string | undefined {
  const classOf = (amount: boolean, column: number) => [amount ? 'num' : undefined, panels.has(column) ? 'panel-start' : undefined].filter(Boolean).join(' ') || undefined;
  const amounts = Array.from({ length: count }, (_, i) => classOf(true, i));
  const texts = Array.from({ length: count }, (_, i) => classOf(false, i));
  return (column, amount) => (amount ? amounts : texts)[column];
}

/** Amounts as 万元 with two decimals; codes, 行次 and text as printed; a blank cell empty. */
export function cellText(value: string | number | null, role?: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return role !== undefined && !role.startsWith('amount') ? String(value) : wan(value);
}
