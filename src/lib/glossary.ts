// 名词解释 gathered from every report: one entry per term, each distinct definition with
// the reports that give it. Terms naming a subject (“…（类）…（款）…（项）”) link to its page.
import type { DepartmentYear } from './schema.ts';
import { sortEntries } from './department-index.ts';

export interface GlossaryDefinition {
  text: string;
  from: { slug: string; department: string; year: number }[];
}

export interface GlossaryEntry {
  term: string;
  definitions: GlossaryDefinition[];
  /** The [类, 款, 项] names when the term is a subject path. */
  subjectPath?: string[];
  /** The code those names resolve to (content/site/glossary.json), when they do. */
  code?: string;
}

/** Quotes and spacing vary between reports; they do not make a different term. */
export function termKey(term: string): string {
  return term.replace(/[“”"'‘’\s]/g, '');
}

export function subjectPathOf(term: string): string[] | undefined {
  if (!/（类）/.test(term)) return undefined;
  const parts = term.split(/（[类款项]）/).map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts : undefined;
}

/** The glossary built one department-year at a time (in the order of sortEntries). */
export class GlossaryBuilder {
  private readonly byKey = new Map<string, GlossaryEntry>();

  add(e: Pick<DepartmentYear, 'department' | 'year' | 'glossary'>): void {
    for (const g of e.glossary ?? []) {
      const key = termKey(g.term);
      const entry = this.byKey.get(key) ?? { term: g.term, definitions: [], subjectPath: subjectPathOf(g.term) };
      const text = g.definition.trim();
      const def = entry.definitions.find((d) => d.text === text);
      const who = { slug: e.department.slug, department: e.department.name, year: e.year };
      if (def) def.from.push(who);
      else entry.definitions.push({ text, from: [who] });
      this.byKey.set(key, entry);
    }
  }

  finish(): GlossaryEntry[] {
    const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
    const all = [...this.byKey.values()];
    return [...all.filter((g) => !g.subjectPath).sort((a, b) => zh(termKey(a.term), termKey(b.term))), ...all.filter((g) => g.subjectPath)];
  }
}

export function glossaryEntries(entries: readonly DepartmentYear[]): GlossaryEntry[] {
  const builder = new GlossaryBuilder();
  for (const e of sortEntries(entries)) builder.add(e);
  return builder.finish();
}
