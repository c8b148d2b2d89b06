// A table without vertical rules, from the alignment of its words: used for PDF tables ruled
// only across (or not at all) and for space-aligned text (pdftotext -layout). Rows are anchored
// on the lines that open a row (a code, a 合计, a labelled amount); the other lines (a wrapped
// name, amounts printed on a line of their own) join the nearest row. Columns are the gaps
// that no row's words cross, found again for every table, and so for every page; an amount
// goes to the column whose amounts end where it ends (they are right-aligned), so a blank
// cell beside it stays blank.
import type { PdfWord } from '../pdf/load.ts';
import { groupLines } from '../pdf/words.ts';

export type Box = PdfWord;

export interface AlignedRow {
  top: number;
  bottom: number;
  /** Top of the line that opened the row (its code, label or amounts). */
  anchor: number;
  cells: string[];
}

const DECIMAL = /^-?[\d,]*\d\.\d+$/;
const CODE = /^\d{3}(\d{2}){0,2}$/;
const ROW_LABEL = /^(合\s*计|总\s*计|小\s*计|本年(收入|支出)合计|人员经费合计|公用经费合计|[一二三四五六七八九十]+、)/;
const CJK = /[\u2e80-\u9fff]/;

interface Building { top: number; bottom: number; anchor: number; words: Box[][] }

/**
 * Rows and cells of an unruled table. `bands` (optional) are drawn horizontal rules that
 * rows never cross.
 */
export function alignedRows(boxes: readonly Box[], bands: readonly number[] = []): AlignedRow[] {
  return alignedTable(boxes, bands).rows;
}

/**
 * The same, with the column boundaries it used. `carried`: the boundaries of the table this
 * one continues (the previous page's), taken in place of its own: a page holding the last rows
 * of a few columns only (others blank) cannot show them all.
 */
export function alignedTable(boxes: readonly Box[], bands: readonly number[] = [], carried: readonly number[] = []): { rows: AlignedRow[]; bounds: number[]; bodyTop?: number } {
  const lines = groupLines(boxes);
  if (lines.length === 0) return { rows: [], bounds: [] };
  // Rows opened by codes (a classification table): then only a code or a 合计 opens a row,
  // and a line of name and amount beside a code printed a line higher completes that row. The
  // last rows of a table continued on a page of their own may hold fewer than three codes: half
  // its lines with amounts then.
  const codes = lines.filter((l) => CODE.test(l[0].text)).length;
  const coded = codes >= 3 || (codes > 0 && codes * 2 >= lines.filter((l) => l.some((w) => DECIMAL.test(w.text))).length);
  // The body starts at the first line with an amount or a code; the header is above it. A row
  // whose name is printed around its code line starts with the name's first line.
  const start = lines.findIndex((line) => CODE.test(line[0].text) || line.some((w) => DECIMAL.test(w.text)));
  const anchors = lines.map((line, i) => start >= 0 && (i === start || (i > start && isAnchor(line, coded))));
  const piece = start > 0 && !lines[start].some((w) => CJK.test(w.text)) && isNamePiece(lines[start - 1], lines[start]);
  const first = start < 0 ? -1 : piece ? start - 1 : firstInBand(lines, start, bands);
  const header = first < 0 ? lines : lines.slice(0, first);
  const body = first < 0 ? [] : lines.slice(first);
  const anchorLines = body.filter((_, i) => anchors[first + i]);
  let bounds = columnBounds(boundsSource(anchorLines, header), header);
  // A second panel printed a few characters off from line to line (codes land in the amount
  // column of the first): take the header's columns, and put each word in a column of its
  // kind (code, amount, name).
  const drifting = anchorLines.some((line) => mixesKinds(placeWords(line, bounds, [])));
  if (drifting) bounds = columnBounds(header);
  const carry = carried.length > 0;
  if (carry) bounds = [...carried];
  const named = columnTypes(header, bounds);
  const types = drifting && !carry ? named : majorityTypes(anchorLines, bounds).map((t, c) => named[c] ?? t);
  const active = activeAmountColumns(anchorLines, bounds);
  const edges = amountEdges(anchorLines, bounds);
  const place = (line: Box[], at: readonly number[]) => placeWords(line, at, active, at === bounds ? edges : []);
  const rows: Building[] = header.map((line) => ({ ...span(line), anchor: span(line).top, words: place(line, bounds) }));
  const opened: Building[] = [];
  body.forEach((line, i) => {
    if (!anchors[first + i]) return;
    const row = { ...span(line), anchor: span(line).top, words: place(line, bounds) };
    opened.push(row);
    rows.push(row);
  });
  body.forEach((line, i) => {
    if (anchors[first + i]) return;
    const placed = place(line, bounds);
    const target = nearestRow(opened, line, placed, bands);
    if (!target) {
      rows.push({ ...span(line), anchor: span(line).top, words: placed });
      return;
    }
    placed.forEach((words, c) => target.words[c].push(...words));
    target.top = Math.min(target.top, span(line).top);
    target.bottom = Math.max(target.bottom, span(line).bottom);
  });
  rows.sort((a, b) => a.anchor - b.anchor);
  if (types) for (const row of rows.slice(header.length)) sortByType(row, types);
  const cells = rows.map(({ words, ...row }) => ({ ...row, cells: words.map(cellText) }));
  return { rows: cells, bounds, ...(first >= 0 ? { bodyTop: span(lines[first]).top } : {}) };
}

/**
 * The first line of the row band (between two drawn rules) that holds line `start`, when that
 * band holds one row (one line of codes or amounts): a name wrapped above its row's amounts
 * (bottom-aligned) starts the row, not the header.
 */
function firstInBand(lines: Box[][], start: number, bands: readonly number[]): number {
  if (bands.length < 2) return start;
  const band = (line: Box[]) => {
    const { top, bottom } = span(line);
    return bands.findIndex((b, i) => (top + bottom) / 2 >= b && (top + bottom) / 2 < (bands[i + 1] ?? Infinity));
  };
  const mine = band(lines[start]);
  const figures = lines.filter((line) => band(line) === mine && line.some((w) => CODE.test(w.text) || DECIMAL.test(w.text)));
  if (figures.length > 1) return start;
  let first = start;
  while (first > 0 && band(lines[first - 1]) === mine) first--;
  return first;
}

/** One word of a name right above a row's first line (no blank line between, no header word). */
function isNamePiece(line: Box[], next: Box[]): boolean {
  const [word] = line;
  return line.length === 1 && CJK.test(word.text) && !/项目|科目|名称|编码|合计|金额|决算|预算|行次|栏次/.test(word.text)
    && next[0].top - word.bottom < 0.5 * word.size;
}

type WordType = 'code' | 'amount' | 'text';

const typeOf = (w: Box): WordType => (CODE.test(w.text) ? 'code' : DECIMAL.test(w.text) ? 'amount' : 'text');

/** A word in its place in a column of this kind: a 款 or 项 code part (`05`) stands in a code column. */
const fits = (type: WordType, w: Box): boolean => typeOf(w) === type || (type === 'code' && /^\d{2}$/.test(w.text));

/** What each column holds, by its header words: 科目编码 codes, 科目名称 names, 决算数 amounts. */
function columnTypes(header: Box[][], bounds: readonly number[]): (WordType | undefined)[] {
  const names = Array.from({ length: bounds.length + 1 }, () => '');
  for (const line of header) placeWords(line, bounds, []).forEach((words, c) => (names[c] += words.map((w) => w.text).join('')));
  return names.map((name) => (/编码|代码|编号/.test(name) ? 'code'
    : /数$|合计|小计|金额|支出$|收入$|结余$|费$/.test(name) ? 'amount'
    : /名称|^项目$|^科目$/.test(name) ? 'text' : undefined));
}

/** What each column holds by its rows: the kind of word most of its filled cells hold (60% or more). */
function majorityTypes(rows: Box[][], bounds: readonly number[]): (WordType | undefined)[] {
  const counts = Array.from({ length: bounds.length + 1 }, () => new Map<WordType, number>());
  for (const line of rows) {
    placeWords(line, bounds, []).forEach((words, c) => {
      for (const w of words) counts[c].set(typeOf(w), (counts[c].get(typeOf(w)) ?? 0) + 1);
    });
  }
  return counts.map((count) => {
    const total = [...count.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
    return type && n! >= total * 0.6 && total >= 2 ? type : undefined;
  });
}

/** A word in a column of another kind moves to the nearest free column of its kind. */
function sortByType(row: Building, types: readonly (WordType | undefined)[]): void {
  const misplaced = row.words.flatMap((words, c) => words.filter((w) => types[c] !== undefined && !fits(types[c]!, w)).map((w) => ({ w, c })));
  for (const { w, c } of misplaced) {
    const free = types.map((t, k) => k).filter((k) => types[k] === typeOf(w) && row.words[k].length === 0);
    if (free.length === 0) continue;
    const target = free.sort((a, b) => Math.abs(a - c) - Math.abs(b - c))[0];
    row.words[c] = row.words[c].filter((x) => x !== w);
    row.words[target].push(w);
  }
}

function span(line: Box[]): { top: number; bottom: number } {
  return { top: Math.min(...line.map((w) => w.top)), bottom: Math.max(...line.map((w) => w.bottom)) };
}

/**
 * A line that opens a row: it starts with a code or a row label; in a table without codes
 * also a label with an amount, or labels in two columns (the two sides of a 总表).
 */
function isAnchor(line: Box[], coded: boolean): boolean {
  const first = line[0].text;
  if (CODE.test(first) || ROW_LABEL.test(first)) return true;
  if (coded) return false;
  const labels = line.filter((w) => CJK.test(w.text)).length;
  return labels >= 1 && (line.some((w) => DECIMAL.test(w.text)) || labels >= 2);
}

/**
 * The lines the columns are found from: the rows' own; but when the rows are nothing but
 * amounts (the 三公 table's one row, printed run together) and a header line names at least as
 * many columns, that header line.
 */
function boundsSource(anchorLines: Box[][], header: Box[][]): Box[][] {
  if (anchorLines.length === 0) return header;
  const widest = Math.max(...anchorLines.map((l) => l.length));
  const finest = [...header].sort((a, b) => b.length - a.length)[0];
  const amountsOnly = anchorLines.every((line) => line.every((w) => DECIMAL.test(w.text)));
  return amountsOnly && finest && finest.length >= widest ? [finest] : anchorLines;
}

/**
 * Column boundaries: x positions that the words of (almost) no line cross, each the middle of
 * a gap. The header line that names the most columns counts too: it names columns that no
 * row fills.
 */
export function columnBounds(rows: Box[][], header: Box[][] = []): number[] {
  const finest = [...header].sort((a, b) => b.length - a.length)[0] ?? [];
  const words = [...rows.flat(), ...finest];
  if (words.length === 0) return [];
  const left = Math.min(...words.map((w) => w.x0));
  const right = Math.max(...words.map((w) => w.x1));
  const rowWords = rows.flat();
  // Within the rows' extent the rows decide; beyond it (columns no row fills) the header does.
  const [rowsLeft, rowsRight] = rowWords.length ? [Math.min(...rowWords.map((w) => w.x0)), Math.max(...rowWords.map((w) => w.x1))] : [right, left];
  const step = Math.max(0.25, Math.min(...words.map((w) => w.size)) / 8);
  // A row or two may drift across a gap (a 合计 row laid out apart from the others).
  const allowed = rows.length >= 8 ? Math.max(1, Math.floor(rows.length * 0.08)) : 0;
  const crosses = (line: Box[], x: number) => line.some((w) => w.x0 < x && w.x1 > x);
  // A row's label at its start (合计, 人员经费合计) is often one cell merged over the code and name columns.
  const crossesRow = (line: Box[], x: number) => line.some((w, i) => w.x0 < x && w.x1 > x && !(i === 0 && ROW_LABEL.test(w.text)));
  // A header label over a column no row's word reaches (行次, its numbers a line above the
  // amounts) is a column of its own inside the gap it stands in, as a row's lone word is.
  const unfilled = finest.filter((h) => !rowWords.some((w) => w.x0 < h.x1 && w.x1 > h.x0));
  const bounds: number[] = [];
  let gapStart: number | undefined;
  for (let x = left + step; x < right; x += step) {
    const open = x > rowsLeft && x < rowsRight
      ? rows.reduce((n, line) => n + (crossesRow(line, x) ? 1 : 0), 0) <= allowed
      : !crosses(finest, x) && rows.every((line) => !crosses(line, x));
    if (open) gapStart ??= x;
    else if (gapStart !== undefined) {
      bounds.push(...gapBounds(gapStart, x, gapStart > rowsLeft && x < rowsRight ? [...rowWords, ...unfilled] : rowWords, true));
      gapStart = undefined;
    }
  }
  // A gap left open to the right edge holds a boundary only before a word standing in it.
  if (gapStart !== undefined) bounds.push(...gapBounds(gapStart, right, rowWords, false));
  return bounds;
}

/**
 * The boundaries of a gap that few enough rows cross: its middle; but a row's word standing
 * wholly inside it (the one amount of a column that one row fills) is a column of its own, not a
 * row drifting across: a boundary in the middle of each free space either side of it.
 * `closed`: the gap ends at a column (else at the table's right edge).
 */
function gapBounds(start: number, end: number, words: readonly Box[], closed: boolean): number[] {
  const inside = words.filter((w) => w.x0 > start && w.x1 <= end).sort((a, b) => a.x0 - b.x0);
  if (inside.length === 0) return closed ? [(start + end) / 2] : [];
  const free: [number, number][] = [];
  let from = start;
  for (const w of inside) {
    if (w.x0 > from) free.push([from, w.x0]);
    from = Math.max(from, w.x1);
  }
  if (closed && end > from) free.push([from, end]);
  return free.map(([a, b]) => (a + b) / 2);
}

/**
 * A cell holding words of different kinds, a code or an amount beside another word: columns
 * that drift into each other (a second panel's code in the first panel's amount column).
 */
function mixesKinds(cells: Box[][]): boolean {
  return cells.some((words) => words.length > 1 && words.some((w) => typeOf(w) !== 'text') && new Set(words.map(typeOf)).size > 1);
}

/** Columns where at least a third of the rows hold an amount. */
function activeAmountColumns(rows: Box[][], bounds: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const line of rows) {
    placeWords(line, bounds, []).forEach((words, c) => {
      if (words.some((w) => DECIMAL.test(w.text))) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
  }
  return [...counts].filter(([, n]) => n * 3 >= rows.length).map(([c]) => c).sort((a, b) => a - b);
}

/**
 * The right edge of each column's amounts, where they line up (amounts are right-aligned): the
 * edge most of the column's amounts end at, when at least two do.
 */
function amountEdges(rows: Box[][], bounds: readonly number[]): (number | undefined)[] {
  const ends = Array.from({ length: bounds.length + 1 }, () => [] as Box[]);
  for (const line of rows) placeWords(line, bounds, []).forEach((words, c) => ends[c].push(...words.filter((w) => DECIMAL.test(w.text))));
  return ends.map((amounts) => {
    const at = amounts.map((w) => amounts.filter((o) => Math.abs(o.x1 - w.x1) <= edgeTolerance(w)).length);
    const best = Math.max(0, ...at);
    return best >= 2 && best * 2 > amounts.length ? amounts[at.indexOf(best)].x1 : undefined;
  });
}

const edgeTolerance = (w: Box) => w.size * 0.4;

/** The one column whose amounts end where this amount ends. */
function alignedColumn(word: Box, edges: readonly (number | undefined)[]): number | undefined {
  const matches = edges.flatMap((edge, c) => (edge !== undefined && Math.abs(edge - word.x1) <= edgeTolerance(word) ? [c] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The words of a line by column. An amount ending where a column's amounts end belongs to that
 * column, whatever the cells beside it hold (a blank cell stays blank). A line with exactly
 * one amount per amount column deals its other amounts out in order (lines laid out apart from
 * the rest, amounts printed run together).
 */
function placeWords(line: Box[], bounds: readonly number[], active: readonly number[], edges: readonly (number | undefined)[] = []): Box[][] {
  const cells: Box[][] = Array.from({ length: bounds.length + 1 }, () => []);
  const amounts = line.filter((w) => DECIMAL.test(w.text)).sort((a, b) => a.x0 - b.x0);
  // A line of nothing but amounts, one per column (the 三公 table's, printed run together).
  if (amounts.length === line.length && amounts.length === cells.length && amounts.length > 1) return amounts.map((w) => [w]);
  const aligned = new Map(amounts.flatMap((w) => {
    const c = alignedColumn(w, edges);
    return c === undefined ? [] : [[w, c] as const];
  }));
  const columnOf = (word: Box) => {
    const centre = (word.x0 + word.x1) / 2;
    const c = aligned.get(word) ?? bounds.findIndex((b) => centre < b);
    return c < 0 ? bounds.length : c;
  };
  // Dealt in order only where their places collide (two in a cell, or beside another word).
  const collide = amounts.some((w) => line.some((o) => o !== w && columnOf(o) === columnOf(w)));
  const inOrder = collide && aligned.size < amounts.length && active.length > 1 && amounts.length === active.length;
  for (const word of line) {
    if (inOrder && amounts.includes(word)) continue;
    cells[columnOf(word)].push(word);
  }
  if (inOrder) amounts.forEach((w, k) => cells[active[k]].push(w));
  return cells;
}

/**
 * The row a non-anchor line belongs to: the nearest anchor row in the same band; on a tie,
 * the row whose cells where this line's words sit are still empty (the line completes it),
 * else the row above.
 */
function nearestRow(opened: Building[], line: Box[], placed: Box[][], bands: readonly number[]): Building | undefined {
  const { top, bottom } = span(line);
  const band = (y: number) => bands.findIndex((b, i) => y >= b && y < (bands[i + 1] ?? Infinity));
  const mine = band((top + bottom) / 2);
  const columns = placed.flatMap((words, c) => (words.length ? [c] : []));
  let best: { row: Building; distance: number; fits: boolean; below: boolean } | undefined;
  for (const row of opened) {
    if (bands.length > 1 && band((row.top + row.bottom) / 2) !== mine) continue;
    const below = row.top >= bottom;
    const distance = below ? row.top - bottom : top >= row.bottom ? top - row.bottom : 0;
    const fits = columns.every((c) => row.words[c].length === 0);
    const tie = best && Math.abs(distance - best.distance) <= 0.01;
    if (!best || distance < best.distance - 0.01 || (tie && fits && !best.fits)) best = { row, distance, fits, below };
  }
  return best?.row;
}

function cellText(words: Box[]): string {
  if (words.length === 0) return '';
  return groupLines(words).map((line) => line.map((w) => w.text).join(' ')).reduce((text, part) => {
    if (!text) return part;
    const cjk = /[\u2e80-\u9fff（）]$/.test(text) || /^[\u2e80-\u9fff（）]/.test(part);
    return text + (cjk ? '' : ' ') + part;
  }, '').replace(/(?<=[\u2e80-\u9fff（）])\s+(?=[\u2e80-\u9fff（）])/g, '');
}
