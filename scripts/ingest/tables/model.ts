// Internal shapes of the table layer, between segmentation and the published `Table`.
import type { Check, SourceRef } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import type { Message } from '../types.ts';
import type { TableKind } from './kinds.ts';

/** One row of a table, split into cells; strings exactly as printed (markup removed). */
export interface RawRow {
  line: number;
  cells: string[];
  /** PDF: the page the row is printed on. */
  page?: number;
  /** The last source line of a row printed over several lines. */
  end?: number;
  /** Cells read from drawn rules: how many columns each spans (Line.spans). */
  spans?: number[];
  /** The reader's raw table the row came from (Line.grid). */
  grid?: number;
}

/** A reader's table-row line as a raw row. */
export function rawRow(line: Line): RawRow {
  return {
    line: line.no, cells: line.cells ?? [],
    ...(line.page !== undefined ? { page: line.page } : {}),
    ...(line.end !== undefined ? { end: line.end } : {}),
    ...(line.spans !== undefined ? { spans: line.spans } : {}),
    ...(line.grid !== undefined ? { grid: line.grid } : {}),
  };
}

/** A table found in the report, before its cells are typed. */
export interface RawTable {
  kind: TableKind;
  /** 公开NN label, or a stable id of ours when the report has none. */
  id: string;
  title: string;
  /** Line of the title (or of the first row for untitled tables). */
  line: number;
  /** PDF: the page of the title. */
  page?: number;
  unit?: '万元' | '元';
  /** Set when the table states no unit and takes the one of an earlier table (its id). */
  unitFrom?: string;
  /** Header rows, including the 栏次 row of column numbers. */
  header: RawRow[];
  rows: RawRow[];
  /** Column names that replace a garbled published header (set by a repair). */
  columns?: string[];
  /** The report says the table is empty (故本表无数据). */
  noData: boolean;
  /** A note (注：) or the next table closed the table, so it was read to its end. */
  closed: boolean;
  /** Lines of text between rows that are not rows (reported, not read). */
  stray?: number[];
  /** Read from page geometry: false when no vertical rules were drawn (columns from alignment). */
  ruled?: boolean;
}

/** How messages name a table: "公开03 支出决算表", or the title alone when it is the id too (a PDF's tables). */
export function tableName(table: { id: string; title: string }): string {
  return table.id === table.title ? table.title : `${table.id} ${table.title}`;
}

/** A `repaired` check: the message says what was changed and the proof. */
export function repairCheck(id: string, message: string, source: SourceRef, field?: string): Check {
  return { id, status: 'repaired', message, source, ...(field ? { field } : {}), kind: 'repair' };
}

export function warning(file: string, code: string, message: string, line?: number): Message {
  return { code, message, file, ...(line !== undefined ? { line } : {}), severity: 'warning' };
}

export function error(file: string, code: string, message: string, line?: number): Message {
  return { code, message, file, ...(line !== undefined ? { line } : {}), severity: 'error' };
}
