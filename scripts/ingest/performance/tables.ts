// The self-evaluation's attachments as published tables (the lossless layer): a run of
// tab-separated (or markdown pipe) rows, titled by the line above it, labelled 附件N.
import type { Table } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import { isTableLine, toAmount } from './prose.ts';

type Cell = Table['rows'][number]['cells'][number];

export function readTables(lines: Line[], file: string): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTableLine(lines[i].text)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && isTableLine(lines[i].text)) i++;
    const rows = lines.slice(start, i).filter((line) => !isSeparator(line.text));
    const { id, title } = label(lines, start, tables.length);
    const [head, ...body] = rows;
    tables.push({
      id,
      title,
      columns: splitCells(head.text).map((cell) => cell.trim()),
      rows: body.map((line) => ({ cells: splitCells(line.text).map(toCell), source: { file, line: line.no } })),
      source: { file, line: head.no },
    });
  }
  return tables;
}

/** The title is the nearest text line above; "附件 N" above that names the table. */
function label(lines: Line[], start: number, index: number): { id: string; title: string } {
  let title = '';
  for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
    const text = lines[j].text.trim();
    if (text === '' || /^(?:填报单位|单位|金额单位|部门)\s*[:：]/.test(text)) continue;
    const attachment = /^附件\s*(\d+(?:-\d+)?)\s*[:：]?\s*$/.exec(text);
    if (attachment) return { id: `附件${attachment[1]}`, title: title || `附件${attachment[1]}` };
    if (!title) title = text.replace(/\s+/g, ' ');
    else break;
  }
  return { id: `table-${index + 1}`, title: title || `表${index + 1}` };
}

function isSeparator(text: string): boolean {
  return /^\s*\|[\s|:-]*\|\s*$/.test(text) && text.includes('-');
}

function splitCells(text: string): string[] {
  if (!text.includes('\t')) return text.trim().replace(/^\||\|$/g, '').split('|');
  return text.split('\t');
}

/** Amounts become numbers (万元 as published, "5531.1 万元" too); empty cells null; the rest text. */
function toCell(raw: string): Cell {
  const text = raw.trim();
  if (text === '') return null;
  return toAmount(text.replace(/\s*万元?$/, '')) ?? text.replace(/\s+/g, ' ');
}
