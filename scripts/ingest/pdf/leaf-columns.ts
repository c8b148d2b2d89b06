// The columns of a table ruled only across whose body is nothing but amounts with some cells
// left blank (the 三公 table's one row): its amounts cannot show the blank columns, its header
// can. A header label with no rule drawn under it before the body stands over one column (a
// label over several has a rule under it, its sub-labels below that rule); labels stacked one
// above another (因公出国 / （境）费, a label wrapped over lines) are one column's. Each amount
// belongs to the label it stands under or, right-aligned, to the nearest label on its left.
import { covers, type Grid } from './grid.ts';
import type { PdfWord } from './load.ts';
import { centreX, centreY, groupLines } from './words.ts';

const AMOUNT = /^-?[\d,]*\d\.\d+$/;

interface Extent { x0: number; x1: number }

/**
 * Column boundaries from the header's one-column labels; undefined where the body holds more
 * than amounts, two amounts of a row stand under one label, or the labels and amounts do not
 * stand apart column from column.
 * `headerBottom`: the rule between the header and the body.
 */
export function leafColumns(grid: Grid, headerBottom: number, phrases: readonly PdfWord[]): number[] | undefined {
  const body = phrases.filter((w) => centreY(w) > headerBottom);
  if (body.length === 0 || !body.every((w) => AMOUNT.test(w.text))) return undefined;
  const ruledUnder = (w: PdfWord) => grid.ys.some((y) => y > w.bottom && y < headerBottom - 0.5
    && covers(grid.across, y, centreX(w) - 0.5, centreX(w) + 0.5));
  const leaves = phrases.filter((w) => centreY(w) < headerBottom && !ruledUnder(w)).sort((a, b) => a.x0 - b.x0);
  const columns: Extent[] = [];
  for (const w of leaves) {
    const last = columns.at(-1);
    if (last && w.x0 < last.x1) last.x1 = Math.max(last.x1, w.x1);
    else columns.push({ x0: w.x0, x1: w.x1 });
  }
  for (const line of groupLines(body)) {
    const owners = line.map((amount) => ownColumn(columns, amount));
    // Two amounts of a row under one label: the labels do not name every column.
    if (new Set(owners).size < owners.length) return undefined;
    line.forEach((amount, k) => {
      const column = columns[owners[k]];
      column.x0 = Math.min(column.x0, amount.x0);
      column.x1 = Math.max(column.x1, amount.x1);
    });
  }
  const bounds = columns.slice(1).map((c, i) => (columns[i].x1 < c.x0 ? (columns[i].x1 + c.x0) / 2 : NaN));
  return bounds.some(Number.isNaN) ? undefined : bounds;
}

/** The label an amount stands under (the most overlap), else the nearest one on its left. */
function ownColumn(columns: readonly Extent[], amount: PdfWord): number {
  const overlap = columns.map((c) => Math.min(c.x1, amount.x1) - Math.max(c.x0, amount.x0));
  const most = Math.max(...overlap);
  if (most > 0) return overlap.indexOf(most);
  return Math.max(0, columns.findLastIndex((c) => c.x1 <= amount.x0));
}
