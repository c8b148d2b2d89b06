// Where a figure that carries no `source` of its own (the summary totals, 三公, 人员经费合计)
// was printed: the table row that states it. A row counts only when it names the figure and
// its cell holds the very value published, so a figure taken from the prose, or one the
// table disagrees with, gets no note rather than a wrong one. Cells are read by column role.
import type { DepartmentYear, SourceRef, Summary, Table, ThreePublicFigures } from './schema.ts';
import { readNumber } from './field-path.ts';
import { tableOfKind, type StandardKind } from './table-kind.ts';

interface Locator {
  kind: StandardKind;
  /** The row's label, compared without spaces and list ordinals. */
  label: RegExp;
  /** The column holding the figure; else the first amount after the label. */
  role?: string;
}

const SUMMARY: Record<keyof Summary, Locator> = {
  incomeTotal: { kind: 'summary', label: /^本年收入合计$/ },
  expenditureTotal: { kind: 'summary', label: /^本年支出合计$/ },
  basicExpenditure: { kind: 'expenditure', label: /^(合计|总计)$/, role: 'amount:basic' },
  projectExpenditure: { kind: 'expenditure', label: /^(合计|总计)$/, role: 'amount:project' },
  openingBalance: { kind: 'summary', label: /^年初结转和结余$/ },
  closingBalance: { kind: 'summary', label: /^年末结转和结余$/ },
  grandTotal: { kind: 'summary', label: /^(收支)?总计$/ },
};

const ECONOMIC: Record<'personnel' | 'public', Locator> = {
  personnel: { kind: 'basicEconomic', label: /^人员经费合计$/ },
  public: { kind: 'basicEconomic', label: /^公用经费合计$/ },
};

/** The row of a summary figure (本年收入合计, 基本支出, …). */
export function summarySource(entry: DepartmentYear, key: keyof Summary): SourceRef | undefined {
  const value = entry.summary?.[key];
  return value === undefined ? undefined : locate(entry.tables, SUMMARY[key], value);
}

/** The row of 人员经费合计 or 公用经费合计. */
export function economicTotalSource(entry: DepartmentYear, group: 'personnel' | 'public'): SourceRef | undefined {
  const value = group === 'personnel' ? entry.basicByEconomic?.personnelTotal : entry.basicByEconomic?.publicTotal;
  return value === undefined ? undefined : locate(entry.tables, ECONOMIC[group], value);
}

/** The row of the 三公 table holding this budget or actual figure. */
export function threePublicSource(entry: DepartmentYear, side: 'budget' | 'actual', key: keyof ThreePublicFigures): SourceRef | undefined {
  const value = entry.threePublic?.[side]?.[key];
  const table = tableOfKind(entry.tables, 'threePublic');
  if (value === undefined || !table?.columnRoles) return undefined;
  const column = table.columnRoles.indexOf(`amount:${side}.${key}`);
  return column < 0 ? undefined : table.rows.find((r) => r.cells[column] === value)?.source;
}

/**
 * Where the figure at a dotted path was printed, when that can be told: a summary or 三公
 * figure from its table row, else a check that compared this very figure and says where it
 * read it (a prose figure, say). Undefined rather than a guess.
 */
export function fieldSource(entry: DepartmentYear, field: string): SourceRef | undefined {
  const [head, key, leaf] = field.split('.');
  const row = head === 'summary' && key in SUMMARY ? summarySource(entry, key as keyof Summary)
    : head === 'threePublic' && (key === 'budget' || key === 'actual') ? threePublicSource(entry, key, leaf as keyof ThreePublicFigures)
    : undefined;
  if (row) return row;
  const value = readNumber(entry, field);
  if (value === undefined) return undefined;
  for (const check of entry.checks) {
    if (check.field !== field) continue;
    const figure = check.values?.find((v) => v.value === value && v.source);
    if (figure) return figure.source;
  }
  return undefined;
}

function locate(tables: DepartmentYear['tables'], locator: Locator, value: number): SourceRef | undefined {
  const table = tableOfKind(tables, locator.kind);
  if (!table) return undefined;
  for (const row of table.rows) {
    for (const [i, cell] of row.cells.entries()) {
      if (typeof cell !== 'string' || !locator.label.test(label(cell))) continue;
      if (amountAfter(table, row.cells, i, locator.role) === value) return row.source;
    }
  }
  return undefined;
}

/** "一、本年收入合计：" → "本年收入合计"; "总 计" → "总计". */
function label(cell: string): string {
  return cell.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]+、/, '').replace(/[:：]$/, '');
}

/**
 * The figure a labelled cell states: the cell of `role` in the same row, else the first
 * amount to the right of the label, before the next label (a two-panel row states two).
 */
function amountAfter(table: Table, cells: Table['rows'][number]['cells'], from: number, role?: string): number | undefined {
  const roles = table.columnRoles;
  if (role) {
    const column = roles?.indexOf(role) ?? -1;
    const cell = column < 0 ? undefined : cells[column];
    return typeof cell === 'number' ? cell : undefined;
  }
  for (let j = from + 1; j < cells.length; j++) {
    const cell = cells[j];
    const r = roles?.[j];
    if (typeof cell === 'number' && (!r || r.startsWith('amount'))) return cell;
    // A 行次 between label and amount is skipped; any other text is the next label.
    if (typeof cell === 'string' && r !== 'lineNo' && !(r === undefined && /^\d+$/.test(cell))) return undefined;
  }
  return undefined;
}
