// What the downloads hold of one department-year and of one department: text in, files out.
// The files across all departments (years/*.jsonl, years/*-<kind>.csv, expenditure.csv,
// quality.csv, all.json) are these parts put one after another (aggregates.ts), so a part
// made once serves every later build in which its department-year did not change.
import { csvHeader, csvLines } from '../../src/lib/csv.ts';
import { DOWNLOAD_TABLES, type DownloadTable } from '../../src/lib/download-tables.ts';
import { jsonRows } from '../../src/lib/json-rows.ts';
import { QUALITY_TABLE } from '../../src/lib/quality-table.ts';
import { SCHEMA_VERSION, type DepartmentYear } from '../../src/lib/schema.ts';

export const csvHeaderOf = (table: DownloadTable) => csvHeader(table.columns.map((c) => c.name));
const csvBody = (table: DownloadTable, rows: readonly Record<string, string>[]) => csvLines(rows, table.columns.map((c) => c.name));

/** A department-year's files, by name in its cache entry. */
export const YEAR_FILES = {
  /** data/departments/<slug>/<year>.json: the content file as is. */
  json: 'year.json',
  /** data/departments/<slug>/<year>-<kind>.csv: header and rows; its rows (the file without the header) go into years/<year>-<kind>.csv. */
  csv: (kind: string) => `${kind}.csv`,
  /** Its line of years/<year>.jsonl. */
  line: 'line.jsonl',
  /** Its rows of quality.csv (no header). */
  quality: 'quality.csv',
  /** The year it is of (the entry's own, which names the year files it goes into). */
  year: 'year',
} as const;

export function departmentYearOutputs(text: string): Map<string, string> {
  const entry = JSON.parse(text) as DepartmentYear;
  const files = new Map<string, string>([[YEAR_FILES.json, text], [YEAR_FILES.year, String(entry.year)]]);
  for (const table of DOWNLOAD_TABLES) files.set(YEAR_FILES.csv(table.kind), csvHeaderOf(table) + csvBody(table, table.rows(entry)));
  files.set(YEAR_FILES.line, `${JSON.stringify(entry)}\n`);
  files.set(YEAR_FILES.quality, csvBody(QUALITY_TABLE, QUALITY_TABLE.rows(entry)));
  return files;
}

/** A department's files, by name in its cache entry. */
export const DEPARTMENT_FILES = {
  /** data/departments/<slug>.json, one row per line (json-rows.ts). */
  json: 'department.json',
  /** The department as its part of all.json names it, compact. */
  department: 'department.part.json',
} as const;

/** `texts`: its department-years' content files, in file-name order. */
export function departmentOutputs(texts: readonly string[]): Map<string, string> {
  const entries = texts.map((text) => JSON.parse(text) as DepartmentYear);
  const download = { schemaVersion: SCHEMA_VERSION, department: entries.at(-1)!.department, years: entries };
  return new Map([[DEPARTMENT_FILES.json, jsonRows(download)], [DEPARTMENT_FILES.department, JSON.stringify(download.department)]]);
}

/**
 * A department's part of all.json: JSON.stringify of its download, put together from the
 * department and its department-years' lines (each JSON.stringify of its entry, ending in a
 * newline), as pieces to write one after another. JSON.stringify of an object is that of its
 * members in order, so this is the same text without storing it twice (the lines make
 * years/<year>.jsonl too).
 */
export function allJsonPart(department: Buffer, lines: readonly Buffer[]): (Buffer | string)[] {
  const pieces: (Buffer | string)[] = [`{"schemaVersion":${SCHEMA_VERSION},"department":`, department, ',"years":['];
  lines.forEach((line, i) => pieces.push(...(i ? [','] : []), line.subarray(0, -1)));
  pieces.push(']}');
  return pieces;
}
