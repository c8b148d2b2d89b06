// The header of a table ruled only across, read as cells: its columns come from the body's
// alignment, its rows are the bands between the rules. A cell whose rule below (or above) is
// not drawn continues into the next band (a 合计 over three header rows); an empty cell in a
// band of single-row cells belongs to the nearest label of that band (预算数 centred over
// six columns, 公务用车购置及运行维护费 over three), as the rule under them would show if
// the columns were ruled. Read as a grid of drawn cells, so the table layer gets its spans.
import { covers, type Grid } from './grid.ts';
import { gridRows, type GridRow } from './grid-cells.ts';
import type { PdfWord } from './load.ts';
import { centreX, centreY } from './words.ts';

/**
 * `xs`: the column boundaries with the table's left and right edges; `ys`: the header's band
 * boundaries, top to bottom; `words`: the header's phrases, each in the column holding its
 * centre (the boundaries come from the body's alignment, not from rules, so a centred label
 * may reach over one).
 */
export function bandHeader(grid: Grid, xs: readonly number[], ys: readonly number[], words: readonly PdfWord[]): GridRow[] {
  const columns = xs.length - 1;
  const bands = ys.length - 1;
  const drawnH = ys.map((y) => xs.slice(0, -1).map((x, c) => covers(grid.across, y, x, xs[c + 1])));
  const drawnV = Array.from({ length: bands }, () => xs.map(() => true));
  const bandOf = (w: PdfWord) => ys.findIndex((y, r) => r < bands && centreY(w) >= y && centreY(w) < ys[r + 1]);
  const columnOf = (w: PdfWord) => xs.findIndex((x, c) => c < columns && centreX(w) >= x && centreX(w) < xs[c + 1]);
  // A cell runs down through the bands whose rule below it is not drawn.
  const extent = (r: number, c: number) => {
    let [top, bottom] = [r, r];
    while (top > 0 && !drawnH[top][c]) top--;
    while (bottom < bands - 1 && !drawnH[bottom + 1][c]) bottom++;
    return { top, bottom };
  };
  const held = (r: number, c: number) => {
    const { top, bottom } = extent(r, c);
    return words.filter((w) => columnOf(w) === c && bandOf(w) >= top && bandOf(w) <= bottom);
  };
  for (let r = 0; r < bands; r++) {
    // A band with column numbers (栏次 1, 2, 3 …) names single columns.
    if (words.some((w) => bandOf(w) === r && /^\d+$/.test(w.text))) continue;
    for (let c = 0; c < columns; c++) {
      const mine = extent(r, c);
      if (mine.top !== r || held(r, c).length > 0) continue;
      const alike = (k: number) => { const e = extent(r, k); return e.top === mine.top && e.bottom === mine.bottom; };
      const mid = (xs[c] + xs[c + 1]) / 2;
      const label = (step: number) => {
        for (let k = c + step; k >= 0 && k < columns && alike(k); k += step) {
          const ws = held(r, k);
          if (ws.length > 0) return { k, distance: Math.min(...ws.map((w) => Math.abs(centreX(w) - mid))) };
        }
        return undefined;
      };
      const [left, right] = [label(-1), label(1)];
      const nearest = left && right ? (left.distance <= right.distance ? left : right) : left ?? right;
      if (!nearest) continue;
      for (let band = mine.top; band <= mine.bottom; band++) {
        for (let b = Math.min(c, nearest.k) + 1; b <= Math.max(c, nearest.k); b++) drawnV[band][b] = false;
      }
    }
  }
  return gridRows({ xs: [...xs], ys: [...ys], drawnV, drawnH, ruled: true, across: grid.across }, words).rows;
}
