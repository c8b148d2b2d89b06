// A table drawn into a built PDF page (pdf-build.ts) as report producers draw them: cells of
// given widths, text placed inside each cell with its padding (amounts right-aligned, codes
// and names left-aligned, header words centred), and rules drawn across only (a half-ruled
// table: no vertical rule) or around every cell. Every character of the test font is one em
// wide, so where each word stands is known exactly.
import { showText, type UnicodeFont } from './pdf-build.ts';

export type Align = 'left' | 'right' | 'center';

export interface DrawnTable {
  /** Left edge and top edge of the table, points from the page's left and bottom. */
  x: number;
  top: number;
  /** Column widths, points. */
  widths: number[];
  /**
   * Header rows as HTML lays them out: per cell its text, how many columns (span) and rows
   * (rows) it covers (default 1), placed in the next column no cell above still covers. The
   * rule under a cell is drawn under its own columns only.
   */
  header: (string | HeaderCell)[][];
  /** Body rows, one string per column ('' a blank cell; '\n' wraps a name over lines). */
  rows: string[][];
  size: number;
  /** Space between a cell's edge and its text, points. */
  padding: number;
  /** Draw the vertical rules too (a fully ruled table). */
  ruled?: boolean;
  /** Rules across only above and below the header and below the table (a three-line table). */
  threeLine?: boolean;
  /** No rule at all: the table stands by the alignment of its words alone. */
  bare?: boolean;
}

export interface HeaderCell { text: string; span?: number; rows?: number }

const AMOUNT = /^-?[\d,]*\d\.\d+$/;

/** The content stream drawing the table; its rows are as tall as their lines need. */
export function drawTable(table: DrawnTable, font: UnicodeFont): string {
  const { x, widths, size, padding } = table;
  const lineHeight = size * 1.4;
  const edges = widths.reduce((at, w) => [...at, at.at(-1)! + w], [x]);
  const right = edges.at(-1)!;
  let content = '0 G 0.6 w\n';
  let y = table.top;
  const line = (x1: number, y1: number, x2: number, y2: number) => { if (!table.bare) content += `${x1} ${y1} m ${x2} ${y2} l S\n`; };
  const rule = (at: number) => line(x, at, right, at);
  const place = (text: string, from: number, to: number, align: Align, baseline: number) => {
    const width = [...text].length * size;
    const at = align === 'left' ? from + padding : align === 'right' ? to - padding - width : (from + to - width) / 2;
    content += showText(at, baseline, size, text, font);
  };
  rule(y);
  const height = lineHeight + 2 * padding;
  const covered = new Set<string>();
  table.header.forEach((cells, r) => {
    let column = 0;
    for (const cell of cells) {
      const { text, span = 1, rows = 1 } = typeof cell === 'string' ? { text: cell } : cell;
      while (covered.has(`${r},${column}`)) column++;
      for (let k = 0; k < rows; k++) for (let c = column; c < column + span; c++) covered.add(`${r + k},${c}`);
      const [from, to] = [edges[column], edges[column + span]];
      const middle = y - (rows * height) / 2;
      if (text) place(text, from, to, 'center', middle - size * 0.35);
      const under = y - rows * height;
      if (!table.threeLine || r + rows === table.header.length) line(from, under, to, under);
      column += span;
    }
    y -= height;
  });
  for (const cells of table.rows) {
    const lines = Math.max(...cells.map((c) => c.split('\n').length));
    const height = lines * lineHeight + 2 * padding;
    // Amounts stand at the foot of a tall row (bottom-aligned), names from its top.
    cells.forEach((cell, c) => {
      cell.split('\n').forEach((line, k) => {
        if (!line) return;
        const amount = AMOUNT.test(line);
        const baseline = amount ? y - height + padding + size * 0.3 : y - padding - size - k * lineHeight;
        place(line, edges[c], edges[c + 1], amount ? 'right' : 'left', baseline);
      });
    });
    y -= height;
    if (!table.threeLine || cells === table.rows.at(-1)) rule(y);
  }
  if (table.ruled) for (const at of edges) line(at, table.top, at, y);
  return content;
}
