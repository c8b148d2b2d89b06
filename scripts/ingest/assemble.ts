// Merge every parsed document about one department-year into one contract entry.
// Final accounts win over a performance self-evaluation; tables win over prose.
// Where sources disagree the checks (checks/) record it; here we only choose.
import { SCHEMA_VERSION, type DepartmentYear, type HistoryEntry, type ThreePublicFigures } from '../../src/lib/schema.ts';
import { duplicateChecks } from './checks/duplicates.ts';
import { runChecks } from './checks/index.ts';
import type { ParsedDocument } from './parse-report.ts';
import { departmentSlug } from './slug.ts';

const THREE_PUBLIC_KEYS = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/**
 * One entry from every document about a department-year. Two final-accounts documents (a
 * report and its corrected re-publication) are both listed as sources; the one whose own
 * checks fail least is read (then the earlier file), and every figure they disagree on is a
 * failed check naming both values and both files.
 */
export function assembleDepartmentYear(documents: ParsedDocument[]): DepartmentYear {
  const finals = documents.filter((d) => d.documentType === 'final-accounts').sort(byAuthority);
  if (finals.length <= 1) return assemble(documents);
  const evaluations = documents.filter((d) => d.documentType !== 'final-accounts');
  const alone = finals.map((document) => {
    const entry = assemble([document]);
    return { document, entry, failed: entry.checks.filter((c) => c.status === 'fail').length };
  });
  const ranked = [...alone].sort((a, b) => a.failed - b.failed || byAuthority(a.document, b.document));
  const entry = assemble([ranked[0].document, ...evaluations]);
  const others = ranked.slice(1).map((r) => sourceOf(r.document));
  entry.sources = [entry.sources[0], ...others, ...entry.sources.slice(1)];
  entry.checks.push(...duplicateChecks(ranked.map((r) => ({ file: r.document.file, entry: r.entry }))));
  return entry;
}

function sourceOf(d: ParsedDocument): DepartmentYear['sources'][number] {
  return {
    file: d.file, sha256: d.sha256, documentType: d.documentType, format: d.format, ...(d.pages ? { pages: d.pages } : {}),
    id: sourceId(d.sha256), ...d.metadata,
  };
}

/** A source's address on the site: the first 16 hex digits of its SHA-256. */
export function sourceId(sha256: string): string {
  return sha256.slice(0, 16);
}

function assemble(documents: ParsedDocument[]): DepartmentYear {
  const docs = [...documents].sort(byAuthority);
  const first = docs[0];
  const finals = docs.filter((d) => d.documentType === 'final-accounts');
  const tableFacts = finals.find((d) => d.tables && d.tables.tables.length > 0)?.tables;
  const evaluationTables = docs.filter((d) => d.documentType === 'performance-evaluation').flatMap((d) => d.tables?.tables ?? []);
  const proses = docs.map((d) => d.prose);

  const entry: DepartmentYear = {
    schemaVersion: SCHEMA_VERSION,
    department: { name: first.department, slug: departmentSlug(first.department), ...(first.region?.length ? { region: first.region } : {}) },
    year: first.year,
    unit: '万元',
    sources: docs.map(sourceOf),
    summary: mergeRecords([tableFacts?.summary, ...proses.map((p) => p.summary)]),
    income: tableFacts?.income,
    expenditureByFunction: nonEmpty(tableFacts?.expenditureByFunction) ?? firstOf(proses.map((p) => nonEmpty(p.expenditureByFunction))),
    basicByEconomic: tableFacts?.basicByEconomic ?? firstOf(proses.map((p) => p.basicByEconomic)),
    threePublic: mergeThreePublic([tableFacts?.threePublic, ...proses.map((p) => p.threePublic)]),
    budgetExecution: firstOf(proses.map((p) => nonEmpty(p.budgetExecution))),
    budgetExecutionTotal: firstOf(proses.map((p) => p.budgetExecutionTotal)),
    operatingCosts: firstOf(proses.map((p) => p.operatingCosts)),
    procurement: firstOf(proses.map((p) => p.procurement)),
    performance: firstOf(proses.map((p) => p.performance)),
    vehicles: firstOf(proses.map((p) => p.vehicles)),
    staff: firstOf(proses.map((p) => p.staff)),
    history: nonEmpty(uniqueHistory(proses.flatMap((p) => p.history ?? []))),
    tables: nonEmpty([...(tableFacts?.tables ?? []), ...evaluationTables]),
    narrative: nonEmpty(proses.flatMap((p) => p.narrative ?? [])),
    glossary: nonEmpty(docs.flatMap((d) => d.glossary)),
    checks: [],
  };
  const parserChecks = [...(tableFacts?.checks ?? []), ...proses.flatMap((p) => p.checks)];
  entry.checks = [...parserChecks, ...runChecks(entry, { tableFacts, documents: docs })];
  return withPages(dropUndefined(entry), docs);
}

/** Every source reference into a PDF gets the page its line is printed on. */
function withPages(entry: DepartmentYear, docs: ParsedDocument[]): DepartmentYear {
  const pages = new Map(docs.filter((d) => d.linePages).map((d) => [d.file, d.linePages!]));
  if (pages.size === 0) return entry;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const ref = value as { file?: unknown; line?: unknown; page?: number };
      if (typeof ref.file === 'string' && typeof ref.line === 'number' && ref.page === undefined) {
        const page = pages.get(ref.file)?.[ref.line];
        if (page !== undefined) ref.page = page;
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(entry);
  return entry;
}

function byAuthority(a: ParsedDocument, b: ParsedDocument): number {
  const rank = (d: ParsedDocument) => (d.documentType === 'final-accounts' ? 0 : 1);
  return rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** Field by field, the first source that states a figure wins. */
function mergeRecords<T extends object>(records: (T | undefined)[]): T | undefined {
  const merged: Record<string, unknown> = {};
  for (const record of records) {
    if (!record) continue;
    for (const [key, value] of Object.entries(record)) if (merged[key] === undefined && value !== undefined) merged[key] = value;
  }
  return Object.keys(merged).length ? (merged as T) : undefined;
}

function mergeThreePublic(parts: (DepartmentYear['threePublic'] | undefined)[]): DepartmentYear['threePublic'] {
  const budget = mergeRecords<ThreePublicFigures>(parts.map((p) => pick(p?.budget)));
  const actual = mergeRecords<ThreePublicFigures>(parts.map((p) => pick(p?.actual)));
  if (!budget && !actual) return undefined;
  return { ...(budget ? { budget } : {}), ...(actual ? { actual } : {}) };
}

function pick(figures: ThreePublicFigures | undefined): ThreePublicFigures | undefined {
  if (!figures) return undefined;
  return Object.fromEntries(THREE_PUBLIC_KEYS.filter((k) => figures[k] !== undefined).map((k) => [k, figures[k]]));
}

function uniqueHistory(entries: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  return entries.filter((h) => {
    const key = `${h.year}|${h.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstOf<T>(values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

function nonEmpty<T>(values: T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
