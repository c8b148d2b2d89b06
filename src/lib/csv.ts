// CSV for spreadsheet users: d3-dsv's RFC 4180 quoting, a UTF-8 byte-order mark so Excel
// reads the Chinese correctly, and text cells that cannot run as formulas.
import { csvFormat } from 'd3';

/** Excel treats a cell starting with = + - @ (or tab/CR) as a formula; a leading ' keeps it text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV text with a BOM; `columns` fixes the column order. */
export function toCsvWithBom<T extends Record<string, string>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return `\uFEFF${csvFormat(rows as T[], columns as (keyof T)[])}\r\n`;
}
