// Where the prose and the attachment tables state the same figure: the prose value is
// kept, the table fills what the prose leaves out, and a disagreement becomes a message.
import { difference } from '../../../src/lib/money.ts';
import type { HistoryEntry } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { fieldLabel, figureText, wan } from '../wording.ts';

export interface Stated {
  value: number;
  line: number;
}

export function sameAmount(a: number, b: number): boolean {
  return difference(a, b).isZero();
}

/** prose ?? table, with a message when both are stated and differ. */
export function pick(field: string, prose: Stated | undefined, table: Stated | undefined, file: string, messages: Message[]): Stated | undefined {
  if (prose && table && !sameAmount(prose.value, table.value)) {
    messages.push({
      code: 'performance.conflict', severity: 'warning', file, line: table.line,
      message: `${fieldLabel(field)}：附表为 ${figureText(field, table.value)}，正文（第 ${prose.line} 行）为 ${figureText(field, prose.value)}，采用正文的数字`,
    });
  }
  return prose ?? table;
}

/** One entry per year and field; a second, different value for the same one is reported. */
export function uniqueHistory(entries: HistoryEntry[], file: string, messages: Message[]): HistoryEntry[] {
  const kept = new Map<string, HistoryEntry>();
  for (const entry of entries) {
    const key = `${entry.year}:${entry.field}`;
    const first = kept.get(key);
    if (!first) kept.set(key, entry);
    else if (!sameAmount(first.value, entry.value)) {
      messages.push({
        code: 'performance.conflict', severity: 'warning', file, line: entry.source?.line,
        message: `${entry.year}年${fieldLabel(entry.field)}：由“${first.derivedFrom}”推算为 ${wan(first.value)}，由“${entry.derivedFrom}”推算为 ${wan(entry.value)}，采用前者`,
      });
    }
  }
  return [...kept.values()];
}
