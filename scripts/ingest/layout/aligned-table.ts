// A table without vertical rules, from the alignment of its words: used for PDF tables ruled
// only across (or not at all) and for space-aligned text (pdftotext -layout). Rows are anchored
// on the lines that open a row (a code, a 合计 or a labelled amount); the other lines (a wrapped
// name, amounts printed on a line of their own) join the nearest row. Columns are the gaps
// that no row's words cross, found again for every table (and so for every page).
import type { PdfWord } from '../pdf/load.ts';
import { groupLines } from '../pdf/words.ts';

export type Box = PdfWord;

export interface AlignedRow {
  top: number;
  bottom: number;
  cells: string[];
  /** Index of the first and last input line (top to bottom) the row took words from. */
  lines: [number, number];
}

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const DECIMAL = /^-?[\d,]*\d\.\d+$/;
const CODE = /^\d{3}(\d{2}){0,2}$/;
const ROW_LABEL = /^(合\s*计|总\s*计|小\s*计|本年(收入|支出)合计|人员经费合计|公用经费合计|[一二三四五六七八九十]+、)/;

/**
 * Rows and cells of an unruled table. `bands` (optional) are drawn horizontal rules; rows
 * never cross one.
 */
export function alignedRows(boxes: readonly Box[], bands: readonly number[] = []): (AlignedRow & { top: number; bottom: number })[] {
  const lines = groupLines(boxes);
  if (lines.length === 0) return [];
  const anchors = lines.map(isAnchor);
  const first = anchors.indexOf(true);
  const header = first < 0 ? lines : lines.slice(0, first);
  const body = first < 0 ? [] : lines.slice(first);
  const bodyAnchors = first < 0 ? [] : anchors.slice(first);
  const bounds = columnBounds(body.filter((_, i) => bodyAnchors[i]), header);
  const rows: (AlignedRow & { words: Box[][] })[] = [];
  // The header: one row per line.
  header.forEach((line, i) => rows.push({ ...span(line), lines: [i, i], words: place(line, bounds), cells: [] }));
  // The body: anchors open rows; the other lines join the nearest row within the same band.
  const opened: number[] = [];
  body.forEach((line, i) => {
    if (!bodyAnchors[i]) return;
    opened.push(rows.length);
    rows.push({ ...span(line), lines: [first + i, first + i], words: place(line, bounds), cells: [] });
  });
  body.forEach((line, i) => {
    if (bodyAnchors[i]) return;
    const target = nearestRow(rows, opened, line, bands);
    if (target === undefined) {
      rows.push({ ...span(line), lines: [first + i, first + i], words: place(line, bounds), cells: [] });
      return;
    }
    const row = rows[target];
    const placed = place(line, bounds);
    placed.forEach((words, c) => row.words[c].push(...words));
    row.top = Math.min(row.top, span(line).top);
    row.bottom = Math.max(row.bottom, span(line).bottom);
    row.lines = [Math.min(row.lines[0], first + i), Math.max(row.lines[1], first + i)];
  });
  rows.sort((a, b) => a.lines[0] - b.lines[0]);
  return rows.map(({ words, ...row }) => ({ ...row, cells: words.map(cellText) }));
}

function span(line: Box[]): { top: number; bottom: number } {
  return { top: Math.min(...line.map((w) => w.top)), bottom: Math.max(...line.map((w) => w.bottom)) };
}

/** A line that opens a row: it starts with a code or a row label, or gives a label and an amount. */
function isAnchor(line: Box[]): boolean {
  const first = line[0].text;
  if (CODE.test(first) || ROW_LABEL.test(first)) return true;
  const hasAmount = line.some((w) => DECIMAL.test(w.text));
  const hasLabel = line.some((w) => /[\u3400-\u9fff]/.test(w.text));
  return hasAmount && hasLabel;
}

/**
 * Column boundaries: x positions that the words of (almost) no anchor line cross, each the
 * middle of a gap. The header's words are used only when the body has no anchor (an empty table).
 */
export function columnBounds(anchorLines: Box[][], header: Box[][]): number[] {
  const lines = anchorLines.length > 0 ? anchorLines : header;
  const words = lines.flat();
  if (words.length === 0) return [];
  const left = Math.min(...words.map((w) => w.x0));
  const right = Math.max(...words.map((w) => w.x1));
  const step = Math.max(0.25, Math.min(...words.map((w) => w.size)) / 8);
  const allowed = Math.floor(lines.length * 0.05);
  const bounds: number[] = [];
  let gapStart: number | undefined;
  for (let x = left; x <= right; x += step) {
    const crossing = lines.reduce((n, line) => n + (line.some((w) => w.x0 < x && w.x1 > x) ? 1 : 0), 0);
    if (crossing <= allowed) gapStart ??= x;
    else if (gapStart !== undefined) {
      bounds.push((gapStart + x) / 2);
      gapStart = undefined;
    }
  }
  return bounds;
}

/** The words of a line by column (bounds split the columns). */
function place(line: Box[], bounds: readonly number[]): Box[][] {
  const cells: Box[][] = Array.from({ length: bounds.length + 1 }, () => []);
  for (const word of line) {
    const centre = (word.x0 + word.x1) / 2;
    let c = bounds.findIndex((b) => centre < b);
    if (c < 0) c = bounds.length;
    cells[c].push(word);
  }
  return cells;
}

/**
 * The row a non-anchor line belongs to: the nearest anchor row in the same band; on a tie, the
 * row above, unless the row below has no name of its own (its name is printed around it).
 */
function nearestRow(rows: { top: number; bottom: number; words: Box[][] }[], opened: number[], line: Box[], bands: readonly number[]): number | undefined {
  const { top, bottom } = span(line);
  const band = (y: number) => bands.findIndex((b, i) => y >= b && y < (bands[i + 1] ?? Infinity));
  const mine = band((top + bottom) / 2);
  let best: { index: number; distance: number; below: boolean } | undefined;
  for (const index of opened) {
    const row = rows[index];
    if (bands.length > 1 && band((row.top + row.bottom) / 2) !== mine) continue;
    const below = row.top >= bottom;
    const distance = below ? row.top - bottom : top >= row.bottom ? top - row.bottom : 0;
    const better = !best || distance < best.distance - 0.01
      || (Math.abs(distance - best.distance) <= 0.01 && below && !hasName(row.words));
    if (better) best = { index, distance, below };
  }
  return best?.index;
}

/** The row's line has text other than its code and amounts. */
function hasName(cells: Box[][]): boolean {
  return cells.some((words) => words.some((w) => /[\u3400-\u9fff]/.test(w.text)));
}

function cellText(words: Box[]): string {
  if (words.length === 0) return '';
  return groupLines(words).map((line) => line.map((w) => w.text).join(' ')).reduce((text, part) => {
    if (!text) return part;
    const cjk = /[\u3400-\u9fff（）]$/.test(text) || /^[\u3400-\u9fff（）]/.test(part);
    return text + (cjk ? '' : ' ') + part;
  }, '').replace(/(?<=[\u3400-\u9fff（）])\s+(?=[\u3400-\u9fff（）])/g, '');
}

export { AMOUNT };
