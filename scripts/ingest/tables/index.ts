// The table layer of the ingest: find every table of a 部门决算 report, publish it
// losslessly (`tables`), and read the semantic figures from it. Repairs happen on the
// raw cells first, so the corrected value is published in both places.
import type { DocumentType, Table } from '../../../src/lib/schema.ts';
import type { ParseInput, TableFacts } from '../types.ts';
import type { Line } from '../text.ts';
import { buildTable } from './build-table.ts';
import { readEconomic } from './economic-table.ts';
import { readFunctionRows } from './function-table.ts';
import { FUNCTION_KINDS, type KnownKind, type TableKind } from './kinds.ts';
import type { RawTable } from './model.ts';
import { otherTables } from './other-tables.ts';
import { repairTables } from './repairs/index.ts';
import { segmentTables } from './segment.ts';
import { listedTitles } from './titles.ts';
import { readIncome, readSummary } from './summary-table.ts';
import { tableMessages } from './table-messages.ts';
import { readThreePublic } from './three-public-table.ts';

export type { TableKind, KnownKind };
export { titleKind } from './kinds.ts';

/** A self-evaluation's tables are read the same way; only a final-accounts report must have the nine. */
export function parseTables(input: ParseInput, documentType: DocumentType = 'final-accounts'): TableFacts {
  const { file, lines } = input;
  const blocks = segmentTables(lines);
  const others = otherTables(lines, blocks.map((b) => [b.first, b.last]));
  const found = [...blocks.map((b) => b.table), ...others];
  const repaired = repairTables(found.map((raw) => withRuling(raw, input.grids)), file);
  const built = repaired.tables.map((raw) => ({ kind: raw.kind, ...buildTable(raw, file) }));
  const byKind = (kind: KnownKind): Table | undefined => built.find((b) => b.kind === kind)?.table;

  const functionSource = FUNCTION_KINDS.find((kind) => byKind(kind)?.rows.length);
  const economic = byKind('basicEconomic') ? readEconomic(byKind('basicEconomic')!) : undefined;
  const threePublic = byKind('threePublic')?.rows.length ? readThreePublic(byKind('threePublic')!) : undefined;
  const summary = readSummary(byKind('summary'), byKind('expenditure'));
  const income = readIncome(byKind('summary'));
  const expenditureByFunction = functionSource ? readFunctionRows(byKind(functionSource)!, functionSource) : undefined;
  const generalBudgetRows = byKind('generalBudget') ? readFunctionRows(byKind('generalBudget')!, 'generalBudget') : undefined;

  return {
    tables: built.map((b) => b.table),
    ...(summary ? { summary } : {}),
    ...(income ? { income } : {}),
    ...(expenditureByFunction?.length ? { expenditureByFunction } : {}),
    ...(generalBudgetRows?.length ? { generalBudgetRows } : {}),
    ...(economic?.value ? { basicByEconomic: economic.value } : {}),
    ...(threePublic?.value ? { threePublic: threePublic.value } : {}),
    checks: repaired.checks,
    messages: [
      ...tableMessages(repaired.tables, file, lastTextLine(lines), documentType, listedTitles(lines)),
      ...repaired.messages,
      ...built.flatMap((b) => b.messages),
      ...(economic?.messages ?? []),
      ...(threePublic?.messages ?? []),
    ],
  };
}

/** Whether a table was read from drawn rules: every row's raw table was ruled. */
function withRuling(raw: RawTable, grids: ParseInput['grids']): RawTable {
  const used = [...raw.header, ...raw.rows].map((r) => r.grid).filter((g): g is number => g !== undefined && grids?.[g] !== undefined);
  return used.length === 0 ? raw : { ...raw, ruled: used.every((g) => grids![g].ruled) };
}

/** The number of the report's last line with text: a file's final newline adds no line. */
function lastTextLine(lines: readonly Line[]): number {
  return lines.findLast((l) => l.text.trim() !== '')?.no ?? 0;
}
