// Cut the report into table blocks: from a title to its closing note (注：), reading the
// label, unit and rows in between. A table continued after a page break (its header
// block repeated, or its title repeated) is merged back into one table.
import type { Line } from '../text.ts';
import { isRepeatedHeader, splitHeader } from './header.ts';
import { labelOf, lineRole, saysNoData, unitOf } from './lines.ts';
import { rawRow, type RawRow, type RawTable } from './model.ts';
import { findTitles, type TitleAt } from './titles.ts';

export interface Block {
  table: RawTable;
  /** Line numbers the table occupies, title to note. */
  first: number;
  last: number;
  noted: boolean;
}

/** Page furniture that may sit inside a table: page numbers, "续表". */
const FURNITURE = /^([-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页.*|[(（]?续表?[)）]?)$/;

export function segmentTables(lines: Line[]): Block[] {
  const titles = findTitles(lines);
  const blocks: Block[] = [];
  titles.forEach((title, k) => {
    const end = titles[k + 1]?.index ?? lines.length;
    const block = readBlock(lines, title, end, blocks.at(-1)?.last ?? 0);
    const previous = blocks.at(-1);
    // A report may state its unit once, on the first table; later tables inherit it.
    const stated = blocks.findLast((b) => b.table.unit)?.table;
    if (!block.table.unit && stated) block.table = { ...block.table, unit: stated.unit, unitFrom: stated.id };
    if (previous && continues(previous, block)) blocks[blocks.length - 1] = merge(previous, block);
    else blocks.push(block);
  });
  return blocks;
}

function readBlock(lines: Line[], title: TitleAt, end: number, previousLast: number): Block {
  const titleLine = lines[title.index];
  let label = labelOf(titleLine.text) ?? labelBefore(lines, title.index, previousLast);
  let unit = unitOf(titleLine.text);
  const rows: RawRow[] = [];
  let noData = false;
  let noted = false;
  let stopped = false;
  const stray: number[] = [];
  let last = titleLine.no;
  for (let i = title.index + 1; i < end; i++) {
    const line = lines[i];
    const { no, text } = line;
    if (saysNoData(text)) noData = true;
    if (noted || stopped) continue;
    const role = lineRole(line);
    if (role === 'part') {
      stopped = true;
      break;
    }
    if (role === 'note') {
      noted = true;
      last = no;
    } else if (role === 'meta' && rows.length === 0) {
      label ??= labelOf(text);
      unit ??= unitOf(text);
      last = no;
    } else if (role === 'row') {
      if (line.cells!.some((c) => c !== '')) rows.push(rawRow(line));
      last = line.end ?? no;
    } else if (role === 'text' && rows.length > 0 && !FURNITURE.test(text.trim())) {
      // Text between rows is stray (reported); text after the last row ends the table.
      if (rowFollows(lines, i + 1, end)) stray.push(no);
      else stopped = true;
    }
  }
  const { header, data } = splitHeader(rows);
  const table: RawTable = {
    kind: title.kind, id: label ?? title.title, title: title.title, line: titleLine.no,
    ...(unit ? { unit } : {}), header, rows: data, noData, closed: noted || stopped || end < lines.length,
    ...(stray.length ? { stray } : {}),
  };
  return { table, first: titleLine.no, last, noted };
}

/** Whether a table row comes within the next few non-blank lines (before a note). */
function rowFollows(lines: Line[], from: number, end: number): boolean {
  for (let i = from, seen = 0; i < end && seen < 3; i++) {
    const role = lineRole(lines[i]);
    if (role === 'row') return true;
    if (role === 'note' || role === 'part') return false;
    if (role !== 'blank') seen++;
  }
  return false;
}

/** A 公开NN label printed on its own line just above the title. */
function labelBefore(lines: Line[], index: number, previousLast: number): string | undefined {
  for (let i = index - 1, seen = 0; i >= 0 && seen < 3 && lines[i].no > previousLast; i--) {
    const role = lineRole(lines[i]);
    if (role === 'blank') continue;
    if (role !== 'meta') return undefined;
    const label = labelOf(lines[i].text);
    if (label) return label;
    seen++;
  }
  return undefined;
}

/** The same table again right after itself, not closed by a note: a page break repeated its title. */
function continues(previous: Block, next: Block): boolean {
  const a = previous.table;
  const b = next.table;
  return !previous.noted && a.kind === b.kind && (b.id === a.id || b.id === b.title);
}

function merge(previous: Block, next: Block): Block {
  const a = previous.table;
  const b = next.table;
  const rows = [...a.rows, ...[...b.header, ...b.rows].filter((r) => !isRepeatedHeader(r, a.header))];
  return {
    table: { ...a, rows, noData: a.noData || b.noData, closed: b.closed, unit: a.unit ?? b.unit, stray: [...(a.stray ?? []), ...(b.stray ?? [])] },
    first: previous.first,
    last: next.last,
    noted: next.noted,
  };
}
