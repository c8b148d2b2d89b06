// 公开02/03/05: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (every amount column), and on every
// row the first column (合计 / 小计) = the sum of the columns that split it.
import type { Check, Table } from '../../../src/lib/schema.ts';
import { summariseSums, type Comparison } from './compare.ts';
import { codedRows, kindOf, totalRow, type CodedRow } from './table-access.ts';

const FUNCTION_TABLES = new Set(['income', 'expenditure', 'generalBudget']);

export function functionTableChecks(tables: Table[] | undefined): Check[] {
  return (tables ?? []).filter((t) => FUNCTION_TABLES.has(kindOf(t) ?? '')).flatMap(checksFor);
}

function checksFor(table: Table): Check[] {
  const rows = codedRows(table);
  if (rows.length === 0) return [];
  const label = `${table.id} ${table.title}`;
  const total = totalRow(table);
  const classes = rows.filter((r) => r.code.length === 3);
  const hierarchy: Comparison[] = [];
  if (total) hierarchy.push(...columnSums(`${table.id}.classSum`, `${label}: 类 rows`, '合计', total.numbers, classes, total.source));
  for (const parent of rows.filter((r) => r.code.length < 7)) {
    const children = rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    if (children.length === 0) continue;
    const level = parent.code.length === 3 ? '款' : '项';
    hierarchy.push(...columnSums(`${table.id}.${level === '款' ? 'subclassSum' : 'itemSum'}`, `${label}: ${level} rows under ${parent.code}`, parent.code, parent.numbers, children, parent.source, `expenditureByFunction.${parent.code}`));
  }
  const rowChecks = [...rows, ...(total ? [{ code: '合计', label: '合计', ...total }] : [])]
    .filter((r) => r.numbers.length > 2)
    .map((r): Comparison => ({
      id: `${table.id}.rowSplit`, what: `${label} row ${r.label}: the split columns`, stated: r.numbers[0], statedLabel: 'its total column',
      parts: r.numbers.slice(1), source: r.source, field: r.code === '合计' ? undefined : `expenditureByFunction.${r.code}`,
    }));
  return [
    ...summariseSums(`${table.id}.hierarchy`, hierarchy, `${label}: 合计 = Σ类, 类 = Σ款, 款 = Σ项 in every column`),
    ...summariseSums(`${table.id}.rowSplit`, rowChecks, `${label}: on every row the total equals the sum of its columns`),
  ];
}

function columnSums(id: string, what: string, statedLabel: string, stated: number[], children: CodedRow[], source: CodedRow['source'], field?: string): Comparison[] {
  return stated.map((value, column) => ({
    id, what: `${what} (column ${column + 1})`, stated: value, statedLabel,
    parts: children.map((c) => c.numbers[column]), source, field,
  }));
}
