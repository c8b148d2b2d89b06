// One page in reading order: text lines outside tables, and the rows of every table grid,
// top to bottom. A grid ruled only across (or not at all) gets its columns from the
// alignment of its words; its header, read band by band between the rules, gets its merged
// cells from where those rules stop (band-header.ts).
import { alignedRows, alignedTable } from '../layout/aligned-table.ts';
import { tableRegions } from '../layout/table-regions.ts';
import { findGrids, type Grid } from './grid.ts';
import { bandHeader } from './band-header.ts';
import { leafColumns } from './leaf-columns.ts';
import { gridRows, type GridRow } from './grid-cells.ts';
import type { PdfPage, PdfWord } from './load.ts';
import { phrasesOf, type Gap } from './phrases.ts';
import { centreY, groupLines, joinLine } from './words.ts';

export type Block =
  | { kind: 'text'; top: number; bottom: number; text: string; words: PdfWord[] }
  | { kind: 'row'; top: number; bottom: number; cells: string[]; spans?: number[]; grid: number };

export interface PageGrid {
  /** Column boundaries, to tell a table continued on the next page. */
  xs: number[];
  ruled: boolean;
  top: number;
  bottom: number;
  /** A grid ruled only across: its left and right edges and the column boundaries its words gave. */
  aligned?: AlignedColumns;
}

export interface AlignedColumns { left: number; right: number; bounds: number[] }

/** Edges this close (points) are the same table's. */
const SAME_EDGE = 3;
/** Share of the page's height at its top that a running header takes. */
const RUNNING_HEADER = 0.08;

/**
 * `previous`: the columns of the previous page's last grid when it was ruled only across; the
 * first such grid of this page, as wide, may continue it and take its columns.
 */
export function pageBlocks(page: PdfPage, previous?: AlignedColumns): { blocks: Block[]; grids: PageGrid[] } {
  // Continued: the page's first grid, as wide, with nothing above it but the running header.
  const continues = (grid: Grid) => previous !== undefined
    && Math.abs(previous.left - grid.xs[0]) <= SAME_EDGE && Math.abs(previous.right - grid.xs.at(-1)!) <= SAME_EDGE
    && !page.words.some((w) => w.bottom <= grid.ys[0] && w.top > page.height * RUNNING_HEADER);
  const found = findGrids(page.segments).sort((a, b) => a.ys[0] - b.ys[0]);
  // A last row alone on its page, between two rules, continues the table it belongs to.
  const grids = found.filter((g, i) => isTable(g, page) || (i === 0 && !g.ruled && continues(g)));
  let free: PdfWord[] = page.words;
  const blocks: Block[] = [];
  const described: PageGrid[] = [];
  grids.forEach((grid, index) => {
    const inside = free.filter((w) => within(grid, w));
    const [left, right] = [grid.xs[0], grid.xs.at(-1)!];
    const carried = index === 0 && continues(grid) ? previous!.bounds : [];
    const aligned = grid.ruled ? undefined : alignedColumns(grid, groupLines(inside).flatMap((line) => phrasesOf(line, true)), carried);
    const rows: { top: number; bottom: number; cells: string[]; spans?: number[] }[] = aligned
      ? banded(grid, aligned, inside)
      : gridRows(grid, inside).rows;
    const taken = new Set(inside);
    free = free.filter((w) => !taken.has(w));
    described.push({
      xs: grid.ruled ? grid.xs : [], ruled: grid.ruled, top: grid.ys[0], bottom: grid.ys.at(-1)!,
      ...(aligned ? { aligned: { left, right, bounds: aligned.bounds } } : {}),
    });
    for (const row of rows) {
      if (row.cells.every((c) => c === '')) continue;
      blocks.push({ kind: 'row', top: row.top, bottom: row.bottom, cells: row.cells, ...(row.spans ? { spans: row.spans } : {}), grid: index });
    }
  });
  // Tables drawn without any rule: runs of lines whose phrases stand in columns.
  const lines = groupLines(free).map((words) => ({ words, phrases: phrasesOf(words, false), text: joinLine(words) }));
  const regions = tableRegions(lines.map((l) => ({ text: l.text, words: l.phrases })));
  let next = 0;
  for (const [from, to] of regions) {
    for (const line of lines.slice(next, from)) blocks.push(textBlock(line.words, line.text));
    const index = described.length;
    const region = lines.slice(from, to + 1);
    // Found by its lines' phrases as text; read as a table, where a number is a phrase of its own.
    const boxes = region.flatMap((l) => phrasesOf(l.words, true));
    described.push({ xs: [], ruled: false, top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) });
    for (const row of alignedRows(boxes)) {
      if (row.cells.every((c) => c === '')) continue;
      blocks.push({ kind: 'row', top: row.top, bottom: row.bottom, cells: row.cells, grid: index });
    }
    next = to + 1;
  }
  for (const line of lines.slice(next)) blocks.push(textBlock(line.words, line.text));
  blocks.sort((a, b) => a.top - b.top || (a.kind === 'row' ? 1 : 0) - (b.kind === 'row' ? 1 : 0));
  return { blocks, grids: described };
}

/**
 * A table ruled only across, read by the alignment of its words; where its body is amounts
 * only, on the columns its header's one-column labels show, one amount under each at most
 * (leaf-columns.ts): blank cells show no column, and a label reaching left of the amounts
 * made one of its own. A continued table keeps the columns it carries.
 */
function alignedColumns(grid: Grid, phrases: PdfWord[], carried: readonly number[]): ReturnType<typeof alignedTable> {
  const aligned = alignedTable(phrases, grid.ys, carried);
  if (carried.length > 0) return aligned;
  const leaves = leafColumns(grid, headerBottom(grid, aligned), phrases);
  return leaves ? alignedTable(phrases, grid.ys, leaves) : aligned;
}

/** The rows of a table ruled only across: its header by bands where it has them, then its body. */
function banded(grid: Grid, aligned: ReturnType<typeof alignedTable>, words: readonly PdfWord[]): { top: number; bottom: number; cells: string[]; spans?: number[] }[] {
  const header = headerRows(grid, aligned, words);
  if (header.length === 0) return aligned.rows;
  const bottom = headerBottom(grid, aligned);
  return [...header, ...aligned.rows.filter((r) => r.top >= bottom)];
}

/** The rule above a table's first body line, read without vertical rules: its header ends there. */
function headerBottom(grid: Grid, aligned: { bodyTop?: number }): number {
  if (aligned.bodyTop === undefined) return -Infinity;
  return grid.ys.findLast((y) => y <= aligned.bodyTop! + 0.5) ?? -Infinity;
}

/**
 * The header bands of a table ruled only across, as cells with their spans (band-header.ts);
 * none (the header read line by line) where one band holds the whole header: a three-line
 * table draws no rule between its header's levels.
 */
function headerRows(grid: Grid, aligned: { bounds: number[]; bodyTop?: number }, words: readonly PdfWord[]): GridRow[] {
  const bottom = headerBottom(grid, aligned);
  const ys = grid.ys.filter((y) => y <= bottom);
  if (ys.length < 3) return [];
  const xs = [grid.xs[0], ...aligned.bounds, grid.xs.at(-1)!];
  const body = words.filter((w) => centreY(w) >= bottom);
  const gaps = aligned.bounds.map((x) => columnGap(x, body));
  const phrases = groupLines(words.filter((w) => centreY(w) < bottom)).flatMap((line) => phrasesOf(line, true, gaps));
  return bandHeader(grid, xs, ys, phrases);
}

/**
 * The open space around a column boundary found from the body: from the last word ending left
 * of it to the first starting right of it. The boundary itself is the middle of that space,
 * which a centred header label can reach over; the header's cells meet somewhere in it.
 */
function columnGap(x: number, body: readonly PdfWord[]): Gap {
  const left = Math.max(-Infinity, ...body.filter((w) => w.x1 <= x).map((w) => w.x1));
  const right = Math.min(Infinity, ...body.filter((w) => w.x0 >= x).map((w) => w.x0));
  return [Number.isFinite(left) ? left : x, Number.isFinite(right) ? right : x];
}

function textBlock(words: PdfWord[], text: string): Block {
  return { kind: 'text', top: Math.min(...words.map((w) => w.top)), bottom: Math.max(...words.map((w) => w.bottom)), text, words };
}

/** A grid worth reading as a table: at least two rows, wider than a rule under a heading. */
function isTable(grid: Grid, page: PdfPage): boolean {
  const width = grid.xs.at(-1)! - grid.xs[0];
  return grid.ys.length >= 3 || (grid.ys.length >= 2 && grid.xs.length >= 3 && width > page.width * 0.2);
}

function within(grid: Grid, w: PdfWord): boolean {
  const [cx, cy] = [(w.x0 + w.x1) / 2, (w.top + w.bottom) / 2];
  return cx > grid.xs[0] && cx < grid.xs.at(-1)! && cy > grid.ys[0] && cy < grid.ys.at(-1)!;
}
