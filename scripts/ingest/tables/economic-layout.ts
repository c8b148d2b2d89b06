// The 公开06 table prints its rows in column groups side by side (人员经费 | 公用经费 |
// 公用经费), each group code, name, amount — or "code name", empty, amount. Find the
// groups and read the entries of a row.
import { splitCodeName } from './cells.ts';
import type { Cell } from './coded-row.ts';

export interface Entry {
  code: string;
  name: string;
  amount?: number;
  /** Where the code and the name sit (the same cell when merged). */
  codeIndex: number;
  nameIndex: number;
}

const ECONOMIC = /^3\d{2}/;

/** The economic code a cell starts with, if any. */
export function economicCodeAt(cell: Cell): { code: string; name: string } | undefined {
  // Every cell of the 06 table is tested, several times: rule out the non-3xx ones cheaply.
  if (typeof cell !== 'string' || cell.trimStart()[0] !== '3') return undefined;
  const parsed = splitCodeName(cell);
  return parsed && ECONOMIC.test(parsed.code) ? parsed : undefined;
}

/** Column indexes where groups start: where codes sit in many rows. */
export function groupStarts(rows: readonly (readonly Cell[])[]): number[] {
  const counts = new Map<number, number>();
  for (const cells of rows) cells.forEach((c, i) => economicCodeAt(c) && counts.set(i, (counts.get(i) ?? 0) + 1));
  const threshold = Math.max(2, rows.length * 0.1);
  return [...counts].filter(([, n]) => n >= threshold).map(([i]) => i).sort((a, b) => a - b);
}

/** The width of a group: the distance between group starts (3 in every known layout). */
export function groupWidth(starts: readonly number[]): number {
  return starts.length > 1 ? starts[1] - starts[0] : 3;
}

/** The code/name/amount entries of one row, one per group that holds a code. */
export function entriesOf(cells: readonly Cell[], starts: readonly number[]): Entry[] {
  const width = groupWidth(starts);
  const entries: Entry[] = [];
  for (const start of starts) {
    const parsed = economicCodeAt(cells[start]);
    if (!parsed) continue;
    const end = start + width;
    let nameIndex = start;
    let name = parsed.name;
    if (name === '') {
      const at = cells.findIndex((c, i) => i > start && i < end && typeof c === 'string' && c.trim() !== '');
      if (at > 0) [nameIndex, name] = [at, (cells[at] as string).trim()];
    }
    const amounts = cells.slice(start, end).filter((c): c is number => typeof c === 'number');
    entries.push({ code: parsed.code, name, codeIndex: start, nameIndex, ...(amounts.length ? { amount: amounts.at(-1) } : {}) });
  }
  return entries;
}
