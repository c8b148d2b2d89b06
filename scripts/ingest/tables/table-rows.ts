// Read a published table's rows by the roles of its columns: one accessor for the table
// readers and for the checks. A table may print several panels side by side (收入 | 支出 in
// the 总表, 人员经费 | 公用经费 in the 基本支出表): each row gives one entry per panel.
import type { SourceRef, Table } from '../../../src/lib/schema.ts';
import { compact, splitCodeName } from './cells.ts';
import { columnRoles, type CodePart, type ColumnRole } from './column-roles.ts';
import { titleKind } from './kinds.ts';

type Row = Table['rows'][number];
type Cell = Row['cells'][number];

export interface Panel {
  /** Column of codes (alone or with their names). */
  code?: number;
  /** Columns of separate code parts. */
  parts: Partial<Record<CodePart, number>>;
  name?: number;
  lineNo?: number;
  /** Other text columns of the panel. */
  text: number[];
  /** Amount columns in order, each with its meaning ('' when the header names none). */
  amounts: { column: number; meaning: string }[];
}

/** One panel of one row. */
export interface Entry {
  /** The classification code (joined from its parts), when the row has one. */
  code?: string;
  name: string;
  /** The panel's text, whitespace removed: "合计", "本年收入合计", "201一般公共服务支出". */
  label: string;
  /** Amount by meaning; a blank cell is absent, never 0. */
  amounts: Record<string, number>;
  /** Amount columns in order, blank ones as undefined. */
  values: (number | undefined)[];
  source: SourceRef;
  panel: number;
}

/** The table's column roles as published, or read now for a table that lacks them. */
export function rolesOf(table: Table): readonly ColumnRole[] {
  if (table.columnRoles) return table.columnRoles as ColumnRole[];
  const kind = table.kind ?? titleKind(table.title) ?? 'other';
  return columnRoles(kind, table.columns, table.rows.map((r) => r.cells)) ?? [];
}

const panelCache = new WeakMap<Table, Panel[]>();

/** Panels from the roles: a code, code part or name column after an amount column starts a new one. */
export function panelsOf(table: Table): Panel[] {
  let panels = panelCache.get(table);
  if (panels) return panels;
  panels = [];
  let current: Panel | undefined;
  rolesOf(table).forEach((role, column) => {
    const opens = role === 'code' || role.startsWith('code:') || role === 'name';
    if (!current || (opens && current.amounts.length > 0)) {
      current = { parts: {}, text: [], amounts: [] };
      panels!.push(current);
    }
    // A second code or name column before any amount (a misaligned header) is text of the panel.
    if (role === 'code' && current.code === undefined) current.code = column;
    else if (role.startsWith('code:') && current.parts[role.slice(5) as CodePart] === undefined) current.parts[role.slice(5) as CodePart] = column;
    else if (role === 'name' && current.name === undefined) current.name = column;
    else if (role === 'lineNo' && current.lineNo === undefined) current.lineNo = column;
    else if (role === 'amount' || role.startsWith('amount:')) current.amounts.push({ column, meaning: role.slice(7) });
    else if (role !== 'lineNo') current.text.push(column);
  });
  panelCache.set(table, panels);
  return panels;
}

const text = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell.trim() : '');

const entryCache = new WeakMap<Table, Entry[][]>();

/** Every row as its panels' entries; separate code parts are carried down (a 款 row may leave its 类 blank). */
export function entries(table: Table): Entry[][] {
  let rows = entryCache.get(table);
  if (rows) return rows;
  const panels = panelsOf(table);
  const carried = panels.map(() => ({} as Partial<Record<CodePart, string>>));
  rows = table.rows.map((row) => panels.flatMap((panel, p) => {
    const entry = entryOf(row, panel, p, carried[p]);
    return entry ? [entry] : [];
  }));
  entryCache.set(table, rows);
  return rows;
}

function entryOf(row: Row, panel: Panel, index: number, carried: Partial<Record<CodePart, string>>): Entry | undefined {
  const cells = row.cells;
  let code: string | undefined;
  let name = text(cells[panel.name ?? -1]);
  if (panel.code !== undefined) {
    const parsed = splitCodeName(text(cells[panel.code]));
    if (parsed) {
      code = parsed.code;
      if (parsed.name && !name) name = parsed.name;
    }
  } else if (panel.parts.类 !== undefined) {
    code = joinParts(cells, panel.parts, carried);
  }
  const labelColumns = [panel.code, panel.parts.类, panel.parts.款, panel.parts.项, panel.name, ...panel.text].filter((c) => c !== undefined);
  const label = compact(labelColumns.sort((a, b) => a - b).map((c) => text(cells[c])).join(''));
  const values = panel.amounts.map(({ column }) => (typeof cells[column] === 'number' ? cells[column] as number : undefined));
  if (!label && values.every((v) => v === undefined)) return undefined;
  const amounts: Record<string, number> = {};
  panel.amounts.forEach(({ meaning }, k) => {
    if (values[k] !== undefined && meaning && amounts[meaning] === undefined) amounts[meaning] = values[k]!;
  });
  if (!name && !code) name = label;
  return { ...(code ? { code } : {}), name, label, amounts, values, source: row.source, panel: index };
}

/** 201 | 06 | 01 → 2010601; a 类 row gives 201, a 款 row 20106. */
function joinParts(cells: readonly Cell[], parts: Panel['parts'], carried: Partial<Record<CodePart, string>>): string | undefined {
  const read = (part: CodePart) => text(cells[parts[part] ?? -1]);
  const [lei, kuan, xiang] = [read('类'), read('款'), read('项')];
  if (/^\d{3}$/.test(lei)) {
    carried.类 = lei;
    delete carried.款;
  }
  if (/^\d{2}$/.test(kuan)) carried.款 = kuan;
  if (/^\d{3}$/.test(lei) && !kuan && !xiang) return lei;
  if (/^\d{2}$/.test(kuan) && !xiang) return carried.类 ? carried.类 + kuan : undefined;
  if (/^\d{2}$/.test(xiang)) return carried.类 && carried.款 ? carried.类 + carried.款 + xiang : undefined;
  return undefined;
}

/** The first amount of an entry: the total column where the header names one, else the first filled. */
export function mainAmount(entry: Entry): number | undefined {
  return entry.amounts.total ?? entry.amounts.actual ?? entry.values.find((v) => v !== undefined);
}

/** Rows that carry a classification code, in order, with the panel they sit in. */
export function codedEntries(table: Table): Entry[] {
  return entries(table).flatMap((row) => row.filter((e) => e.code !== undefined));
}

/** The 合计 row's first entry (its label may be split across cells: "合 | | 计"). */
export function totalEntry(table: Table): Entry | undefined {
  for (const row of entries(table)) {
    const total = row.find((e) => e.label === '合计' && e.code === undefined);
    if (total) return total;
  }
  return undefined;
}

/** The entry whose label matches, e.g. /^本年支出合计$/ in a 总表. */
export function labelledEntry(table: Table, label: RegExp): Entry | undefined {
  for (const row of entries(table)) {
    const found = row.find((e) => label.test(e.label));
    if (found) return found;
  }
  return undefined;
}
