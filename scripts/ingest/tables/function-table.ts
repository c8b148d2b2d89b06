// 支出功能分类: every 类/款/项 row of the first function table the report has —
// 公开03 支出决算表 (total, basic, project), else 05, else 02 (total only).
import type { FunctionRow, Table } from '../../../src/lib/schema.ts';
import { codedRow, levelOf, normaliseName } from './coded-row.ts';
import type { KnownKind } from './kinds.ts';

/** Tables whose amounts are total, basic, project in this order. */
const SPLIT_KINDS: ReadonlySet<KnownKind> = new Set(['expenditure', 'generalBudget']);

export function readFunctionRows(table: Table, kind: KnownKind): FunctionRow[] {
  const rows: FunctionRow[] = [];
  for (const row of table.rows) {
    const coded = codedRow(row.cells);
    const level = coded && levelOf(coded.code);
    if (!coded || !level || coded.amounts.length === 0) continue;
    const [total, basic, project] = coded.amounts;
    rows.push({
      code: coded.code, name: normaliseName(coded.name), level, total,
      ...(SPLIT_KINDS.has(kind) && basic !== undefined ? { basic } : {}),
      ...(SPLIT_KINDS.has(kind) && project !== undefined ? { project } : {}),
      source: row.source,
    });
  }
  return rows;
}
