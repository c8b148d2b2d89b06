// Functional-classification subjects (支出功能分类科目) as the site lists them: every code that
// appears in any department-year, with its ancestors, names and the department-years under it.
import type { DepartmentYear, FunctionLevel, Table } from './schema.ts';
import { sortEntries } from './department-index.ts';
import { tableOfKind, type StandardKind } from './table-kind.ts';

/** The tables that give expenditure by functional class. */
const FUNCTION_KINDS: readonly StandardKind[] = ['expenditure', 'generalBudget', 'income'];

/** What the classification knows about a code (names, older names, parent), when it knows it. */
export type SubjectLookup = (code: string) => { name: string; aliases?: readonly string[]; parent?: string } | undefined;

export interface SubjectUse {
  slug: string;
  department: string;
  year: number;
  /** 本年支出合计 under this code, from the function table; absent when only the prose states it. */
  total?: number;
  basic?: number;
  project?: number;
  /** From the budget-execution prose (seed 003's codes resolved from names). */
  budget?: number;
  actual?: number;
  /** Whether the year's figures come from published tables or only from its prose. */
  from: 'table' | 'prose';
}

export interface Subject {
  code: string;
  level: FunctionLevel;
  name: string;
  /** Other names the code goes by: older official names and names as printed in reports. */
  otherNames: string[];
  parent?: string;
  children: string[];
  uses: SubjectUse[];
}

export function levelOfCode(code: string): FunctionLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

export function parentCode(code: string): string | undefined {
  return code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : undefined;
}

/**
 * The subject index built one department-year at a time (in the order of sortEntries), so a
 * build never holds more than the uses themselves.
 */
export class SubjectIndexBuilder {
  private readonly names = new Map<string, string[]>();
  private readonly uses = new Map<string, SubjectUse[]>();

  add(entry: Pick<DepartmentYear, 'department' | 'year' | 'expenditureByFunction' | 'budgetExecution'> & { tables?: readonly Pick<Table, 'kind' | 'title'>[] }): void {
    const who = { slug: entry.department.slug, department: entry.department.name, year: entry.year };
    // Rows of a year without a published function table were read from its prose.
    const from = FUNCTION_KINDS.some((kind) => tableOfKind(entry.tables, kind)) ? 'table' : 'prose';
    const used = new Map<string, SubjectUse>();
    for (const row of entry.expenditureByFunction ?? []) {
      if (used.has(row.code)) continue;
      this.noteName(row.code, row.name);
      const use: SubjectUse = { ...who, total: row.total, basic: row.basic, project: row.project, from };
      used.set(row.code, use);
      this.addUse(row.code, use);
    }
    for (const item of entry.budgetExecution ?? []) {
      if (!item.code) continue;
      // The path names the 类, 款 and 项 of the code, so ancestors get their printed names too.
      const chain = [item.code.slice(0, 3), item.code.slice(0, 5), item.code].slice(0, levelDepth(item.code));
      chain.forEach((code, i) => this.noteName(code, item.path[i]));
      const known = used.get(item.code);
      if (known) {
        // Same code in the function rows: the budget-execution prose adds the 年初预算.
        if (item.budget !== undefined) known.budget ??= item.budget;
        if (item.actual !== undefined) known.actual ??= item.actual;
        continue;
      }
      const use: SubjectUse = { ...who, budget: item.budget, actual: item.actual, from: 'prose' };
      used.set(item.code, use);
      this.addUse(item.code, use);
    }
  }

  finish(lookup?: SubjectLookup): Subject[] {
    const codes = new Set<string>();
    for (const code of [...this.names.keys(), ...this.uses.keys()]) {
      for (let c: string | undefined = code; c; c = parentCode(c)) codes.add(c);
    }
    const sorted = [...codes].sort();
    return sorted.map((code) => {
      const known = lookup?.(code);
      const seen = this.names.get(code) ?? [];
      const name = known?.name ?? seen[0] ?? `科目 ${code}`;
      const otherNames = [...new Set([...(known?.aliases ?? []), ...seen])].filter((n) => n !== name);
      return {
        code,
        level: levelOfCode(code),
        name,
        otherNames,
        parent: parentCode(code),
        children: sorted.filter((c) => parentCode(c) === code),
        uses: this.uses.get(code) ?? [],
      };
    });
  }

  private noteName(code: string, name: string | undefined): void {
    if (!name) return;
    const list = this.names.get(code) ?? [];
    if (!list.includes(name)) list.push(name);
    this.names.set(code, list);
  }

  private addUse(code: string, use: SubjectUse): void {
    const list = this.uses.get(code);
    if (list) list.push(use);
    else this.uses.set(code, [use]);
  }
}

export function buildSubjectIndex(entries: readonly DepartmentYear[], lookup?: SubjectLookup): Subject[] {
  const builder = new SubjectIndexBuilder();
  for (const entry of sortEntries(entries)) builder.add(entry);
  return builder.finish(lookup);
}

function levelDepth(code: string): number {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
}

export interface SubjectTotal {
  /** Department-years with a figure under the code. */
  departmentYears: number;
  departments: number;
}

export function subjectReach(subject: Subject): SubjectTotal {
  return { departmentYears: subject.uses.length, departments: new Set(subject.uses.map((u) => u.slug)).size };
}

/** 类 first, each followed by its 款 and their 项: the order of the catalogue. */
export function subjectTree<S extends Pick<Subject, 'code' | 'level' | 'children'>>(index: readonly S[]): { subject: S; children: { subject: S; children: S[] }[] }[] {
  const byCode = new Map(index.map((s) => [s.code, s]));
  const kids = (s: S) => s.children.map((c) => byCode.get(c)!).filter(Boolean);
  return index.filter((s) => s.level === '类').map((s) => ({ subject: s, children: kids(s).map((k) => ({ subject: k, children: kids(k) })) }));
}
