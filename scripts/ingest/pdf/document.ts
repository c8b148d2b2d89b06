// Pages → the reader's lines: every page's text lines and table rows in reading order,
// running headers, footers and page numbers removed, numbered from 1 through the whole
// document (the reader's text rendering, which sources cite by line and page).
import type { Line } from '../text.ts';
import { foldWidth } from '../text.ts';
import type { PdfPage } from './load.ts';
import { pageBlocks, type Block } from './page-blocks.ts';

export interface ReadGrid {
  page: number;
  ruled: boolean;
  /** The grid continues the previous page's last table (same columns, at the top of its page). */
  continues?: number;
}

export interface PdfText {
  lines: Line[];
  grids: ReadGrid[];
}

export function pdfLines(pages: readonly PdfPage[]): PdfText {
  // A grid ruled only across may continue the previous page's and take its columns.
  const laid: ({ page: PdfPage } & ReturnType<typeof pageBlocks>)[] = [];
  for (const page of pages) laid.push({ page, ...pageBlocks(page, laid.at(-1)?.grids.at(-1)?.aligned) });
  const furniture = findFurniture(laid.map(({ page, blocks }) => ({ page, blocks })));
  const lines: Line[] = [];
  const grids: ReadGrid[] = [];
  let previousLast: { index: number; xs: number[] } | undefined;
  for (const { page, blocks, grids: pageGrids } of laid) {
    const base = grids.length;
    // Per grid of the page continuing one whose columns it has fewer of: where its columns fall among those.
    const placed = new Map<number, number[]>();
    pageGrids.forEach((grid, k) => {
      const first = k === 0 && !blocks.some((b) => b.kind === 'text' && b.bottom <= grid.top && !furniture.has(b));
      const among = first && previousLast ? columnsAmong(previousLast.xs, grid.xs) : undefined;
      const continues = among ? previousLast!.index : undefined;
      if (among && grid.xs.length < previousLast!.xs.length) placed.set(k, among);
      grids.push({ page: page.number, ruled: grid.ruled, ...(continues !== undefined ? { continues } : {}) });
    });
    if (pageGrids.length > 0) previousLast = { index: base + pageGrids.length - 1, xs: pageGrids.at(-1)!.xs };
    else if (blocks.some((b) => !furniture.has(b))) previousLast = undefined;
    for (const block of blocks) {
      if (furniture.has(block)) continue;
      const no = lines.length + 1;
      if (block.kind === 'text') lines.push({ no, text: foldWidth(block.text), page: page.number });
      else {
        const among = placed.get(block.grid);
        const { cells, spans } = among ? onColumns(block.cells, block.spans, among) : { cells: block.cells, spans: block.spans };
        const text = cells.map(foldWidth);
        lines.push({ no, text: text.filter((c) => c !== '').join('  '), cells: text, page: page.number, grid: base + block.grid, ...(spans ? { spans } : {}) });
      }
    }
  }
  return { lines, grids };
}

/**
 * A table continued on the next page: each of its column boundaries matches one of the previous
 * table's within 3 points, the outer ones the outer ones. It may lack some (a last row of one
 * cell merged over the code and name columns draws no rule between them). Where each falls
 * among the previous table's, or undefined.
 */
function columnsAmong(a: readonly number[], b: readonly number[]): number[] | undefined {
  if (a.length < 2 || b.length < 2) return undefined;
  const at = b.map((x) => a.findIndex((y) => Math.abs(x - y) <= 3));
  const rising = at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]));
  return rising && at[0] === 0 && at.at(-1) === a.length - 1 ? at : undefined;
}

/** A row's cells laid on the continued table's columns: a cell covers the columns between its boundaries. */
function onColumns(cells: readonly string[], spans: readonly number[] | undefined, at: readonly number[]): { cells: string[]; spans: number[] } {
  const out = Array.from({ length: at.at(-1)! }, () => '');
  const outSpans = Array.from({ length: at.at(-1)! }, () => 0);
  cells.forEach((text, i) => {
    const span = spans?.[i] ?? 1;
    if (span < 1) {
      if (span < 0) for (let c = at[i]; c < at[i + 1]; c++) outSpans[c] = -1;
      return;
    }
    out[at[i]] = text;
    outSpans[at[i]] = at[i + span] - at[i];
  });
  return { cells: out, spans: outSpans };
}

const PAGE_NUMBER = /^([-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|[-—–]\s*\d+\s*[-—–])$/;

/**
 * Running headers and footers: text in the top or bottom 8% of a page that is a page number,
 * or that repeats (digits aside) on at least three pages and a third of them.
 */
function findFurniture(pages: { page: PdfPage; blocks: Block[] }[]): Set<Block> {
  const furniture = new Set<Block>();
  const margins = pages.map(({ page, blocks }) => blocks.filter((b) => b.kind === 'text'
    && (b.bottom < page.height * 0.08 || b.top > page.height * 0.92)));
  const counts = new Map<string, number>();
  for (const blocks of margins) {
    for (const key of new Set(blocks.map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (b: Block) => {
    const n = counts.get(keyOf(b)) ?? 0;
    return n >= 3 && n >= pages.length / 3;
  };
  for (const blocks of margins) {
    for (const block of blocks) if (PAGE_NUMBER.test((block as { text: string }).text.trim()) || repeated(block)) furniture.add(block);
  }
  return furniture;
}

const keyOf = (b: Block) => (b.kind === 'text' ? b.text.replace(/\d+/g, '#').replace(/\s+/g, '') : '');
