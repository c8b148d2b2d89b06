// CSV for spreadsheet users: d3-dsv's RFC 4180 quoting, a UTF-8 byte-order mark so Excel
// reads the Chinese correctly, and text cells that cannot run as formulas. A file is its
// header and then any number of row blocks, so it can be written piece by piece.
import { csvFormatRows } from 'd3';

/** Excel treats a cell starting with = + - @ (or tab/CR) as a formula; a leading ' keeps it text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The first line of a CSV file: the byte-order mark and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${csvFormatRows([[...columns]])}\n`;
}

/** Rows as CSV lines, each ending in a newline; cells in `columns` order, a missing cell empty. */
export function csvLines(rows: readonly Record<string, string>[], columns: readonly string[]): string {
  return rows.length ? `${csvFormatRows(rows.map((row) => columns.map((c) => row[c] ?? '')))}\n` : '';
}
