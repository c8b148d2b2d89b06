// Read a row of a classification table: its code, its name and its amounts in order,
// whether code and name sit in two cells ("201" | "一般公共服务支出") or one
// ("201 一般公共服务支出").
import type { Table } from '../../../src/lib/schema.ts';
import { cellAmount, splitCodeName } from './cells.ts';

export type Cell = Table['rows'][number]['cells'][number];

export interface CodedRow {
  code: string;
  name: string;
  /** Index of the cell holding the code. */
  codeIndex: number;
  amounts: number[];
}

export function codedRow(cells: readonly Cell[]): CodedRow | undefined {
  const codeIndex = cells.findIndex((c) => typeof c === 'string' && c.trim() !== '');
  if (codeIndex < 0) return undefined;
  const parsed = splitCodeName(cells[codeIndex] as string);
  if (!parsed) return undefined;
  let name = parsed.name;
  let nameIndex = codeIndex;
  if (name === '') {
    nameIndex = cells.findIndex((c, i) => i > codeIndex && typeof c === 'string' && c.trim() !== '');
    name = nameIndex > 0 ? (cells[nameIndex] as string).trim() : '';
    if (nameIndex < 0) nameIndex = codeIndex;
  }
  const amounts = cells.filter((c, i): c is number => i > nameIndex && typeof c === 'number');
  return { code: parsed.code, name, codeIndex, amounts };
}

/** Raw string cells typed the way the published table types them (before unit conversion). */
export function typedCells(cells: readonly string[]): Cell[] {
  // Each repair types the same rows again; a row's cells are never changed in place.
  let typed = typedRows.get(cells);
  if (!typed) {
    typed = cells.map((c) => {
      if (c === '') return null;
      const { value, printed } = cellAmount(c);
      return printed ? value : c;
    });
    typedRows.set(cells, typed);
  }
  return typed;
}
const typedRows = new WeakMap<readonly string[], Cell[]>();

/** Names as the site shows them: no stray spaces, full-width brackets. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

export const levelOf = (code: string): '类' | '款' | '项' | undefined =>
  code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : undefined;
