// 收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in
// every amount column, and on every row the total column = the sum of the columns that
// split it. Each column is read by its role; a blank cell is not stated, never 0.
import type { Check, Table } from '../../../src/lib/schema.ts';
import { summariseSums, type Comparison } from './compare.ts';
import { kindOf } from './table-access.ts';
import { codedEntries, panelsOf, totalEntry, type Entry } from '../tables/table-rows.ts';
import { tableName } from '../tables/model.ts';
import { listed } from '../wording.ts';

const FUNCTION_TABLES = new Set(['income', 'expenditure', 'generalBudget']);

export function functionTableChecks(tables: Table[] | undefined): Check[] {
  return (tables ?? []).filter((t) => FUNCTION_TABLES.has(kindOf(t) ?? '')).flatMap(checksFor);
}

function checksFor(table: Table): Check[] {
  const rows = codedEntries(table).filter((e) => e.panel === 0);
  if (rows.length === 0) return [];
  const kind = kindOf(table)!;
  const name = tableName(table);
  const columns = (panelsOf(table)[0]?.amounts ?? []).map(({ column }) => table.columns[column] || `第 ${column + 1} 栏`);
  const total = totalEntry(table);
  const classes = rows.filter((r) => r.code!.length === 3);
  const hierarchy: Comparison[] = [];
  if (total) hierarchy.push(...columnSums(`${kind}.classSum`, name, '各类', '合计', total, classes, columns));
  for (const parent of rows.filter((r) => r.code!.length < 7)) {
    const children = rows.filter((r) => r.code!.length === parent.code!.length + 2 && r.code!.startsWith(parent.code!));
    if (children.length === 0) continue;
    const level = parent.code!.length === 3 ? '款' : '项';
    const subject = subjectOf(parent);
    hierarchy.push(...columnSums(`${kind}.${level === '款' ? 'subclassSum' : 'itemSum'}`, name, `${subject}下属各${level}`, subject, parent, children, columns, `expenditureByFunction.${parent.code}`));
  }
  const rowChecks = [...rows, ...(total ? [total] : [])].flatMap((r): Comparison[] => {
    const at = r.values.findIndex((_, k) => isTotalColumn(table, k));
    const stated = r.values[at];
    const parts = r.values.filter((_, k) => k !== at);
    if (at < 0 || stated === undefined || parts.every((p) => p === undefined)) return [];
    const [totalColumn, ...split] = withoutCommonHead([columns[at], ...columns.filter((_, k) => k !== at && r.values[k] !== undefined)]);
    return [{
      id: `${kind}.rowSplit`, where: `${name} ${r.code ? subjectOf(r) : r.label}`, what: listed(split), stated, statedLabel: totalColumn,
      parts, source: r.source, field: r.code ? `expenditureByFunction.${r.code}` : undefined,
    }];
  });
  return [
    ...summariseSums(`${kind}.hierarchy`, hierarchy, `${name}：每一栏中，合计等于各类之和，各类等于下属各款之和，各款等于下属各项之和`),
    ...summariseSums(`${kind}.rowSplit`, rowChecks, `${name}：每一行的合计栏都等于其余各栏之和`),
  ];
}

/** The panel's total column: the one its header calls the total (本年支出合计, 合计, 小计). */
function isTotalColumn(table: Table, k: number): boolean {
  return panelsOf(table)[0]?.amounts[k]?.meaning === 'total';
}

/** "21505 科学技术普及" */
function subjectOf(entry: Entry): string {
  return entry.name ? `${entry.code} ${entry.name}` : entry.code!;
}

/** Column names without the header line they share: 本年支出/小计, 本年支出/基本支出 → 小计, 基本支出. */
function withoutCommonHead(names: string[]): string[] {
  let parts = names.map((n) => n.split('/'));
  while (parts.every((p) => p.length > 1 && p[0] === parts[0][0])) parts = parts.map((p) => p.slice(1));
  return parts.map((p) => p.join('/'));
}

/** One comparison per amount column in which the parent states a figure. */
function columnSums(id: string, where: string, what: string, statedLabel: string, parent: Entry, children: Entry[], columns: string[], field?: string): Comparison[] {
  return parent.values.flatMap((stated, k) => (stated === undefined ? [] : [{
    id, where, column: columns[k], what, stated, statedLabel,
    parts: children.map((c) => c.values[k]), source: parent.source, field,
  }]));
}
