// Find the titles that start a table. The table of contents repeats every title, so a
// title counts only when a 公开NN label, a unit line or table rows follow it before
// the next title.
import type { Line } from '../text.ts';
import { cleanTitle, titleKind, type KnownKind } from './kinds.ts';
import { labelOf, lineRole, unitOf } from './lines.ts';

export interface TitleAt {
  /** Index into the lines array. */
  index: number;
  /** Its line number. */
  line: number;
  kind: KnownKind;
  title: string;
}

/** How far (in non-blank lines) a table's label, unit or first row may sit below its title. */
const LOOKAHEAD = 12;

export function findTitles(lines: Line[]): TitleAt[] {
  return titleCandidates(lines).filter((c) => c.opens);
}

/**
 * The tables the report's 目录 lists: titles before the first table that open none. Empty
 * when the report has no such list.
 */
export function listedTitles(lines: Line[]): TitleAt[] {
  const candidates = titleCandidates(lines);
  const first = candidates.findIndex((c) => c.opens);
  return candidates.slice(0, first < 0 ? candidates.length : first).filter((c) => !c.opens);
}

function titleCandidates(lines: Line[]): (TitleAt & { opens: boolean })[] {
  const candidates: TitleAt[] = [];
  lines.forEach((line, index) => {
    const kind = line.cells ? undefined : titleKind(line.text);
    if (kind) candidates.push({ index, line: line.no, kind, title: cleanTitle(line.text) });
  });
  return candidates.map((c, k) => ({ ...c, opens: opensTable(lines, c.index, candidates[k + 1]?.index ?? lines.length) }));
}

function opensTable(lines: Line[], index: number, next: number): boolean {
  if (labelOf(lines[index].text) || unitOf(lines[index].text)) return true;
  let seen = 0;
  for (let i = index + 1; i < next && seen < LOOKAHEAD; i++) {
    const role = lineRole(lines[i]);
    if (role === 'blank') continue;
    if (role === 'part') return false;
    if (role === 'row' || labelOf(lines[i].text) || unitOf(lines[i].text)) return true;
    seen++;
  }
  return false;
}
