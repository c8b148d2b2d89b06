// 支出功能分类: every 类/款/项 row of the first function table the report has —
// 支出决算表 (total, basic, project), else 一般公共预算财政拨款支出决算表, else 收入决算表
// (total only) — each amount read from the column whose header names it.
import type { FunctionRow, Table } from '../../../src/lib/schema.ts';
import { levelOf, normaliseName } from './coded-row.ts';
import type { KnownKind } from './kinds.ts';
import { codedEntries, mainAmount } from './table-rows.ts';

/** Tables whose rows split their total into basic and project. */
const SPLIT_KINDS: ReadonlySet<KnownKind> = new Set(['expenditure', 'generalBudget']);

export function readFunctionRows(table: Table, kind: KnownKind): FunctionRow[] {
  const rows: FunctionRow[] = [];
  for (const entry of codedEntries(table)) {
    const level = levelOf(entry.code!);
    const total = mainAmount(entry);
    if (!level || total === undefined) continue;
    const { basic, project } = entry.amounts;
    rows.push({
      code: entry.code!, name: normaliseName(entry.name), level, total,
      ...(SPLIT_KINDS.has(kind) && basic !== undefined ? { basic } : {}),
      ...(SPLIT_KINDS.has(kind) && project !== undefined ? { project } : {}),
      source: entry.source,
    });
  }
  return rows;
}
