// Read the figures the checks need out of the lossless `tables` layer.
import type { SourceRef, Table } from '../../../src/lib/schema.ts';
import { compact } from '../tables/cells.ts';
import { titleKind, type KnownKind } from '../tables/kinds.ts';
import { findTotalRow } from '../tables/summary-table.ts';

export type TableKind = KnownKind;

/** The kind of a final-accounts table; a self-evaluation's 附件 tables have none. */
export function kindOf(table: Table): TableKind | undefined {
  return /^附[件表]/.test(table.id) ? undefined : titleKind(table.title);
}

export function findTable(tables: Table[] | undefined, kind: TableKind): Table | undefined {
  return tables?.find((t) => kindOf(t) === kind);
}

export interface CodedRow { code: string; label: string; numbers: number[]; source: SourceRef }

const CODE = /^(\d{7}|\d{5}|\d{3})(?:\s|$)/;

/** Rows of a functional-classification table: the code (leading digits of the first text cell) and its amounts in order. */
export function codedRows(table: Table): CodedRow[] {
  const rows: CodedRow[] = [];
  for (const row of table.rows) {
    const first = row.cells.find((c) => typeof c === 'string' && c.trim() !== '') as string | undefined;
    const match = first ? CODE.exec(first.trim()) : null;
    if (!match) continue;
    rows.push({ code: match[1], label: first!.trim(), numbers: numbersOf(row.cells), source: row.source });
  }
  return rows;
}

/** The 合计 row of a table, as amounts in order, with where it was read. */
export function totalRow(table: Table): { numbers: number[]; source: SourceRef } | undefined {
  const row = findTotalRow(table);
  return row ? { numbers: numbersOf(row.cells), source: row.source } : undefined;
}

/**
 * Amounts right after a label in a 总表 (01/04), where each label is followed by its 行次:
 * "本年收入合计 | "27" | 7630.15" → [7630.15].
 */
export function amountsAfterLabel(table: Table, label: RegExp): { numbers: number[]; source: SourceRef } | undefined {
  for (const row of table.rows) {
    const at = row.cells.findIndex((c) => typeof c === 'string' && label.test(compact(c)));
    if (at < 0) continue;
    const numbers: number[] = [];
    // The 行次 that follows each label is a text cell of bare digits ("27"): skip it.
    for (const cell of row.cells.slice(at + 1)) {
      if (typeof cell === 'string' && cell.trim() !== '' && !/^\d+$/.test(cell.trim())) break;
      if (typeof cell === 'number') numbers.push(cell);
    }
    if (numbers.length) return { numbers, source: row.source };
  }
  return undefined;
}

function numbersOf(cells: Table['rows'][number]['cells']): number[] {
  return cells.filter((c): c is number => typeof c === 'number');
}
