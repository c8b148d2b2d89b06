// Space-aligned text (pdftotext -layout and the like): a line's words are runs of characters
// between wide gaps, placed by character column (a CJK character is two columns wide). Runs of
// such lines form tables; each table, page by page (columns drift between pages), is read by
// alignment (aligned-table.ts), and its rows become lines with cells. A form feed starts a
// page, so rows and text carry their page too.
import type { PdfWord } from '../pdf/load.ts';
import type { Line } from '../text.ts';
import { alignedRows } from './aligned-table.ts';
import { tableRegions } from './table-regions.ts';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’]/;
const AMOUNT = /^-?[\d,]*\d\.\d{2}$/;

/** Text whose tables are aligned with spaces: several lines of two or more wide-spaced columns holding amounts. */
export function looksSpaceAligned(lines: readonly Line[]): boolean {
  let tabular = 0;
  for (const line of lines) {
    const words = wordsOf(line.text, 0);
    if (words.length >= 2 && words.some((w) => AMOUNT.test(w.text))) tabular++;
    if (tabular >= 2) return true;
  }
  return false;
}

/** The lines with the tables' rows read, and the tables (all read without rules). */
export function readLayout(lines: Line[]): { lines: Line[]; grids: { page?: number; ruled: false }[] } {
  const paged = withPages(lines);
  const regions = tableRegions(paged.map((line) => ({ text: line.text, words: wordsOf(line.text, 0), page: line.page })));
  const out: Line[] = [];
  const grids: { page?: number; ruled: false }[] = [];
  let next = 0;
  for (const [from, to] of regions) {
    out.push(...paged.slice(next, from));
    const region = paged.slice(from, to + 1);
    out.push(...regionRows(region, grids.length));
    grids.push({ ...(region[0].page !== undefined ? { page: region[0].page } : {}), ruled: false });
    next = to + 1;
  }
  out.push(...paged.slice(next));
  return { lines: out, grids };
}

/** Pages from form feeds (pdftotext starts every page after the first with one). */
function withPages(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('\f'))) return lines;
  let page = 1;
  return lines.map((line) => {
    const feeds = line.text.split('\f').length - 1;
    page += feeds;
    return { ...line, text: feeds ? line.text.replace(/\f/g, '') : line.text, page };
  });
}

/** Words: runs of text between gaps of two or more spaces; amounts run together are split. */
export function wordsOf(text: string, row: number, wide = 1): PdfWord[] {
  const words: PdfWord[] = [];
  const make = (value: string, at: number, width: number) =>
    ({ text: value, x0: at, x1: at + width, top: row, bottom: row + 1, baseline: row + 0.9, size: 1 });
  for (const match of text.matchAll(/\S+(?: \S+)*/g)) {
    const start = widthOf(text.slice(0, match.index), wide);
    const tokens = match[0].split(' ');
    // "2.85 0.39 0.00": amounts a single space apart are separate cells; "10.00135.25" two glued amounts.
    if (tokens.length > 1 && tokens.every((t) => AMOUNT.test(t))) {
      let at = start;
      for (const token of tokens) {
        words.push(make(token, at, token.length));
        at += token.length + 1;
      }
    } else {
      const glued = /^(-?[\d,]*\d\.\d{2})(-?[\d,]*\d\.\d{2})$/.exec(match[0]);
      if (glued) {
        words.push(make(glued[1], start, glued[1].length), make(glued[2], start + glued[1].length, glued[2].length));
      } else {
        words.push(make(match[0], start, widthOf(match[0], wide)));
      }
    }
  }
  return words;
}

/** Columns a text takes: `wide` for a CJK character (pdftotext counts it as one, a terminal as two). */
function widthOf(text: string, wide: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? wide : 1;
  return width;
}

/**
 * How wide a CJK character is in this text: the width under which the amounts of the
 * table's lines line up best (their right edges fall on the fewest columns).
 */
function wideWidth(region: readonly Line[]): number {
  const spread = (wide: number) => {
    const edges = new Set<number>();
    region.forEach((line) => wordsOf(line.text, 0, wide).filter((w) => AMOUNT.test(w.text)).forEach((w) => edges.add(w.x1)));
    return edges.size;
  };
  return spread(2) < spread(1) ? 2 : 1;
}

/** A region's rows as lines with cells; the lines the rows took are replaced by them. */
function regionRows(region: Line[], grid: number): Line[] {
  const wide = wideWidth(region);
  const words = region.flatMap((line, i) => wordsOf(line.text, i, wide));
  const rows = alignedRows(words);
  return rows.map((row) => {
    // Word rows are region indexes: the row's anchor line is the line it is cited by.
    const anchor = region[row.anchor];
    const end = region[row.bottom - 1].no;
    const cells = row.cells;
    return {
      no: anchor.no, text: cells.filter((c) => c !== '').join('  '), cells, grid,
      ...(anchor.page !== undefined ? { page: anchor.page } : {}),
      ...(end !== anchor.no ? { end } : {}),
    };
  });
}
