// Where the prose and the attachment tables state the same figure: the prose value is
// kept, the table fills what the prose leaves out, and a disagreement becomes a message.
import { difference } from '../../../src/lib/money.ts';
import type { HistoryEntry } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';

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
      message: `${field}: the attachment table states ${table.value}, the text states ${prose.value} (line ${prose.line}); the text's figure is kept`,
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
        message: `${entry.year} ${entry.field}: "${entry.derivedFrom}" gives ${entry.value}, "${first.derivedFrom}" gives ${first.value}; the first is kept`,
      });
    }
  }
  return [...kept.values()];
}
