// The words of a ruled grid into its cells: each word to the cell that holds its centre;
// where a boundary is not drawn the cells are one (merged), and its text is kept whole in the
// merged cell's first column, the columns it covers left blank. A row band that holds several
// rows of amounts (rules drawn only between some rows) is split at their baselines.
import type { Grid } from './grid.ts';
import type { PdfWord } from './load.ts';
import { centreX, centreY, groupLines, joinCell } from './words.ts';

export interface GridRow {
  top: number;
  bottom: number;
  cells: string[];
  /**
   * Per cell: n ≥ 1 when the cell spans n columns, 0 when a cell to its left covers it,
   * -1 when a cell above covers it (merged down).
   */
  spans: number[];
}

/** Rows of the grid (empty ones included, the caller drops them) and the words it took. */
export function gridRows(grid: Grid, words: readonly PdfWord[]): { rows: GridRow[]; taken: Set<PdfWord> } {
  const { xs } = grid;
  const [left, right, top, bottom] = [xs[0], xs.at(-1)!, grid.ys[0], grid.ys.at(-1)!];
  const inside = words.filter((w) => centreX(w) > left && centreX(w) < right && centreY(w) > top && centreY(w) < bottom);
  const ys = splitBands(grid, inside);
  const columns = xs.length - 1;
  const bands = ys.length - 1;
  // Merged regions: union atomic cells across boundaries that are not drawn.
  const id = (r: number, c: number) => r * columns + c;
  const parent = Array.from({ length: bands * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { const [x, y] = [find(a), find(b)]; if (x !== y) parent[Math.max(x, y)] = Math.min(x, y); };
  for (let r = 0; r < bands; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !verticalDrawn(grid, xs[c + 1], ys[r], ys[r + 1])) union(id(r, c), id(r, c + 1));
      if (r + 1 < bands && !horizontalDrawn(grid, ys[r + 1], xs[c], xs[c + 1])) union(id(r, c), id(r + 1, c));
    }
  }
  const regionWords = new Map<number, PdfWord[]>();
  for (const word of inside) {
    const r = indexOf(ys, centreY(word));
    const c = indexOf(xs, centreX(word));
    if (r < 0 || c < 0) continue;
    const region = find(id(r, c));
    regionWords.set(region, [...(regionWords.get(region) ?? []), word]);
  }
  const rows: GridRow[] = [];
  for (let r = 0; r < bands; r++) {
    const cells: string[] = [];
    const spans: number[] = [];
    for (let c = 0; c < columns; c++) {
      const region = find(id(r, c));
      // The region's smallest id is its top-left cell: the anchor that holds the text.
      if (region === id(r, c)) {
        let width = 1;
        while (c + width < columns && find(id(r, c + width)) === region) width++;
        cells.push(joinCell(regionWords.get(region) ?? []));
        spans.push(width);
      } else {
        cells.push('');
        spans.push(Math.floor(region / columns) < r ? -1 : 0);
      }
    }
    rows.push({ top: ys[r], bottom: ys[r + 1], cells, spans });
  }
  return { rows, taken: new Set(inside) };
}

/** The band index (between boundaries) holding `at`. */
function indexOf(bounds: readonly number[], at: number): number {
  for (let i = 0; i < bounds.length - 1; i++) if (at >= bounds[i] && at < bounds[i + 1]) return i;
  return -1;
}

function verticalDrawn(grid: Grid, x: number, top: number, bottom: number): boolean {
  const c = grid.xs.findIndex((v) => Math.abs(v - x) < 0.01);
  const mid = (top + bottom) / 2;
  const r = indexOf(grid.ys, mid);
  return c >= 0 && r >= 0 ? grid.drawnV[r][c] : true;
}

function horizontalDrawn(grid: Grid, y: number, left: number, right: number): boolean {
  const r = grid.ys.findIndex((v) => Math.abs(v - y) < 0.01);
  if (r < 0) return false; // a boundary we added inside a band: not drawn
  const c = indexOf(grid.xs, (left + right) / 2);
  return c >= 0 ? grid.drawnH[r][c] : true;
}

/**
 * Row boundaries: the drawn ones, plus a split wherever a band holds more than one baseline
 * of amounts in the same column (rules drawn only around groups of rows).
 */
function splitBands(grid: Grid, words: readonly PdfWord[]): number[] {
  const out: number[] = [grid.ys[0]];
  for (let r = 0; r < grid.ys.length - 1; r++) {
    const [top, bottom] = [grid.ys[r], grid.ys[r + 1]];
    const amounts = words.filter((w) => centreY(w) >= top && centreY(w) < bottom && /^-?[\d,]+\.\d{2}$/.test(w.text));
    const byColumn = new Map<number, PdfWord[]>();
    for (const w of amounts) {
      const c = indexOf(grid.xs, centreX(w));
      byColumn.set(c, [...(byColumn.get(c) ?? []), w]);
    }
    const stacked = [...byColumn.values()].map((ws) => groupLines(ws)).filter((lines) => lines.length > 1).sort((a, b) => b.length - a.length)[0];
    if (stacked) {
      for (let k = 1; k < stacked.length; k++) out.push((stacked[k - 1][0].bottom + stacked[k][0].top) / 2);
    }
    out.push(bottom);
  }
  return out;
}
