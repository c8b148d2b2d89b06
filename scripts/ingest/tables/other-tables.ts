// Tables outside the nine 公开 tables (an appendix's 绩效自评表, say): every run of table
// rows no titled table took. They are published too, so no figure of the report is lost.
import type { Line } from '../text.ts';
import { isPrintedAmount } from './header.ts';
import { isBlankLine, lineRole, unitOf } from './lines.ts';
import { rawRow, type RawRow, type RawTable } from './model.ts';

/** `taken` holds the [first, last] line ranges of the titled tables. */
export function otherTables(lines: Line[], taken: [number, number][]): RawTable[] {
  const isTaken = (no: number) => taken.some(([a, b]) => no >= a && no <= b);
  const runs: { start: number; rows: RawRow[] }[] = [];
  let current: { start: number; rows: RawRow[] } | undefined;
  lines.forEach((line, index) => {
    // Every line of the report passes here: classify fully only what may be a row.
    const role = line.cells ? lineRole(line) : isBlankLine(line.text) ? 'blank' : 'text';
    if (role === 'blank') return;
    if (role !== 'row' || isTaken(line.no)) {
      current = undefined;
      return;
    }
    if (line.cells!.every((c) => c === '')) return;
    if (!current) runs.push((current = { start: index, rows: [] }));
    current.rows.push(rawRow(line));
  });
  return runs
    .filter((run) => run.rows.length >= 2 || run.rows.some((r) => r.cells.some(isPrintedAmount)))
    .map((run, k) => {
      // Appendix tables are forms rather than grids: no header to name columns by, so
      // every line is published as a row with the cells it has.
      const above = describeAbove(lines, run.start);
      return {
        kind: 'other', id: above.label ?? `附表${k + 1}`, title: above.title ?? above.label ?? '表格', line: run.rows[0].line,
        ...(above.unit ? { unit: above.unit } : {}),
        header: [], rows: run.rows, columns: [], noData: false, closed: true,
      };
    });
}

interface Above {
  /** The nearest line that reads like a title ("…表"), else the nearest text line. */
  title?: string;
  /** "附件 2" above the title: the report's own label for the appendix. */
  label?: string;
  unit?: '万元' | '元';
}

/** Title, 附件 label and 金额单位 from the few text lines above the rows. */
function describeAbove(lines: Line[], index: number): Above {
  const above: Above = {};
  let nearest: string | undefined;
  for (let i = index - 1, seen = 0; i >= 0 && seen < 6; i--) {
    const text = lines[i].text.replace(/<\/?b>|\*\*/g, '').replace(/^\s*#+\s*/, '').trim();
    if (text === '') continue;
    if (lineRole(lines[i]) === 'row') break;
    above.unit ??= unitOf(text);
    const label = /^附件\s*(\d+(?:-\d+)?)\s*[:：]?\s*$/.exec(text);
    if (label) {
      above.label = `附件${label[1]}`;
      break;
    }
    if (/^(?:填报单位|单位|金额单位|部门)\s*[:：]/.test(text)) continue;
    seen++;
    if (above.title) continue;
    nearest ??= sentenceEndingAt(lines, i);
    if (/表$/.test(text)) above.title = text;
  }
  above.title ??= nearest;
  return above;
}

/** The sentence a line ends ("…编制范围的单位包括："), joined from the lines it wraps over. */
function sentenceEndingAt(lines: Line[], index: number): string {
  const parts = [lines[index].text.trim()];
  for (let i = index - 1; i >= 0 && parts.length < 4; i--) {
    const text = lines[i].text.trim();
    if (text === '' || lines[i].cells || /[。；！？]$/.test(text)) break;
    parts.unshift(text);
  }
  const sentence = parts.join('').replace(/\s+/g, '').replace(/[：:]$/, '');
  return sentence.length > 60 ? `…${sentence.slice(-59)}` : sentence;
}
