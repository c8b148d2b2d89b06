// Tables outside the nine 公开 tables (an appendix's 绩效自评表, say): every run of table
// rows no titled table took. They are published too, so no figure of the report is lost.
import type { Line } from '../text.ts';
import { isPipeRule, splitCells } from './cells.ts';
import { isPrintedAmount } from './header.ts';
import { isBlankLine, lineRole, mayBeRow } from './lines.ts';
import type { RawRow, RawTable } from './model.ts';

/** `taken` holds the [first, last] line ranges of the titled tables. */
export function otherTables(lines: Line[], taken: [number, number][]): RawTable[] {
  const isTaken = (no: number) => taken.some(([a, b]) => no >= a && no <= b);
  const runs: { start: number; rows: RawRow[] }[] = [];
  let current: { start: number; rows: RawRow[] } | undefined;
  lines.forEach((line, index) => {
    // Every line of the report passes here: classify fully only what may be a row.
    const role = mayBeRow(line.text) ? lineRole(line.text) : isBlankLine(line.text) ? 'blank' : 'text';
    if (role === 'blank') return;
    if (role !== 'row' || isTaken(line.no)) {
      current = undefined;
      return;
    }
    const cells = splitCells(line.text);
    if (isPipeRule(cells) || cells.every((c) => c === '')) return;
    if (!current) runs.push((current = { start: index, rows: [] }));
    current.rows.push({ line: line.no, cells });
  });
  return runs
    .filter((run) => run.rows.length >= 2 || run.rows.some((r) => r.cells.some(isPrintedAmount)))
    .map((run, k) => {
      // Appendix tables are forms rather than grids: no header to name columns by, so
      // every line is published as a row with the cells it has.
      const title = titleAbove(lines, run.start);
      return {
        kind: 'other', id: `附表${k + 1}`, title, line: run.rows[0].line,
        header: [], rows: run.rows, columns: [], noData: false, closed: true,
      };
    });
}

/** The nearest line above the rows that reads like a title ("…表"), else the nearest text line. */
function titleAbove(lines: Line[], index: number): string {
  let nearest: string | undefined;
  for (let i = index - 1, seen = 0; i >= 0 && seen < 6; i--) {
    const text = lines[i].text.replace(/<\/?b>|\*\*/g, '').replace(/^\s*#+\s*/, '').trim();
    if (text === '') continue;
    if (lineRole(lines[i].text) === 'row') break;
    nearest ??= text;
    if (/表$/.test(text)) return text;
    seen++;
  }
  return nearest ?? '表格';
}
