// Share of the generated truth the ingest reproduces exactly, per layout, with the first
// mismatches of each. Reads a corpus folder (reports/ + truth.json, see corpus.ts) and
// either the content the ingest already wrote or an in-memory ingest of the reports.
// Published entries are matched to truth entries by report file name; names are compared
// as published (the ingest normalises subject and department names to full-width brackets,
// as the truth states them), so nothing is normalised here.
// CLI: node scripts/bench/truth-share.ts --corpus <dir> [--content <dir>] [--show N]
//      node scripts/bench/truth-share.ts --departments 200 --years 5 --seed 1 [--show N]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../ingest/ingest.ts';
import { generateCorpus } from './corpus.ts';
import type { LayoutName } from './model/types.ts';
import { compareTruth, type FieldMismatch, type Tally } from './truth-compare.ts';
import type { TruthEntry } from './truth.ts';

type Published = Record<string, any>;

export interface LayoutShare {
  reports: number;
  /** Reports whose department-year the ingest did not publish at all. */
  missing: number;
  fields: number;
  matched: number;
  share: number;
  mismatches: (FieldMismatch & { file: string })[];
  categories: Record<string, Share>;
}

export interface Share extends Tally {
  share: number;
}

export interface TruthShare {
  fields: number;
  matched: number;
  share: number;
  layouts: Partial<Record<LayoutName, LayoutShare>>;
  /** All layouts together, by field category (summary, expenditureByFunction …). */
  categories: Record<string, Share>;
  /** By the groups `groupsOf` puts each truth entry in (e.g. a PDF variant's traits), when given. */
  groups: Record<string, Share & { reports: number }>;
}

function add(into: Record<string, Share>, key: string, tally: Tally): void {
  const share = (into[key] ??= { fields: 0, matched: 0, share: 0 });
  share.fields += tally.fields;
  share.matched += tally.matched;
}

function finish<T extends Share>(shares: Record<string, T>): Record<string, T> {
  for (const s of Object.values(shares)) s.share = s.fields ? s.matched / s.fields : 1;
  return Object.fromEntries(Object.entries(shares).sort(([a], [b]) => a.localeCompare(b)));
}

export function readTruth(corpusDir: string): TruthEntry[] {
  return JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')).departmentYears;
}

/** Published entries, one at a time, from a content folder the ingest wrote (its departments/ folder). */
export function* readPublished(contentDir: string): Generator<Published> {
  const dir = join(contentDir, 'departments');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    yield JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
}

/** Ingest the corpus reports in memory: nothing is written. */
export async function ingestCorpus(corpusDir: string): Promise<Published[]> {
  const reportsDir = join(corpusDir, 'reports');
  const files = readdirSync(reportsDir).map((f) => join(reportsDir, f));
  const { entries } = await runIngest({
    listReports: async () => files,
    readFile: async (file) => readFileSync(file),
    writeOutput: async () => {},
  });
  return entries as Published[];
}

/**
 * Compare every truth entry with the entry published from its report. Published entries
 * are consumed one by one (a 5,000-report corpus need not sit in memory); a truth entry
 * no published entry names counts as missing, all its fields unmatched.
 */
export function truthShare(
  truth: TruthEntry[], published: Iterable<Published>, keep = 5, groupsOf?: (entry: TruthEntry) => string[],
): TruthShare {
  const byFile = new Map(truth.map((t) => [basename(t.source.file), t]));
  const layouts: TruthShare['layouts'] = {};
  const categories: Record<string, Share> = {};
  const groups: TruthShare['groups'] = {};
  const record = (expected: TruthEntry, actual: Published | undefined) => {
    const file = basename(expected.source.file);
    const layout = (layouts[expected.source.layout] ??= { reports: 0, missing: 0, fields: 0, matched: 0, share: 0, mismatches: [], categories: {} });
    const result = compareTruth(expected, actual);
    layout.reports++;
    if (!actual) layout.missing++;
    layout.fields += result.fields;
    layout.matched += result.matched;
    for (const [category, tally] of Object.entries(result.categories)) {
      add(layout.categories, category, tally);
      add(categories, category, tally);
    }
    for (const group of groupsOf?.(expected) ?? []) {
      add(groups, group, result);
      groups[group].reports = (groups[group].reports ?? 0) + 1;
    }
    for (const m of result.mismatches) if (layout.mismatches.length < keep) layout.mismatches.push({ ...m, file });
  };
  for (const entry of published) {
    for (const source of entry.sources ?? []) {
      const expected = byFile.get(basename(source.file));
      if (!expected) continue;
      record(expected, entry);
      byFile.delete(basename(source.file));
    }
  }
  for (const expected of byFile.values()) record(expected, undefined);
  let fields = 0;
  let matched = 0;
  for (const l of Object.values(layouts)) {
    l.share = l.fields ? l.matched / l.fields : 1;
    l.categories = finish(l.categories);
    fields += l.fields;
    matched += l.matched;
  }
  return { fields, matched, share: fields ? matched / fields : 1, layouts, categories: finish(categories), groups: finish(groups) };
}

/** The bench runner's entry: with contentDir, compare what the ingest wrote there; else ingest in memory. */
export async function measureTruthShare(corpusDir: string, contentDir?: string, keep = 5, groupsOf?: (entry: TruthEntry) => string[]): Promise<TruthShare> {
  const published = contentDir ? readPublished(contentDir) : await ingestCorpus(corpusDir);
  return truthShare(readTruth(corpusDir), published, keep, groupsOf);
}

export function formatTruthShare(result: TruthShare): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const lines = [`truth reproduced: ${result.matched}/${result.fields} fields (${pct(result.share)})`];
  for (const [name, l] of Object.entries(result.layouts)) {
    lines.push(`  ${name.padEnd(12)} ${pct(l.share).padStart(8)}  ${l.matched}/${l.fields} fields, ${l.reports} reports${l.missing ? `, ${l.missing} not published` : ''}`);
    if (l.share < 1) {
      for (const [category, c] of Object.entries(l.categories)) if (c.share < 1) lines.push(`      ${category.padEnd(22)} ${pct(c.share).padStart(8)}  ${c.matched}/${c.fields}`);
    }
    for (const m of l.mismatches) lines.push(`      ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
  const weak = Object.entries(result.groups).filter(([, g]) => g.share < 1);
  if (weak.length) lines.push('  by group (those below 100%):', ...weak.map(([name, g]) => `    ${name.padEnd(24)} ${pct(g.share).padStart(8)}  ${g.matched}/${g.fields} fields, ${g.reports} reports`));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' }, content: { type: 'string' }, show: { type: 'string' },
      departments: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' },
    },
    strict: true,
  });
  let corpus = values.corpus;
  const generated = corpus ? undefined : mkdtempSync(join(tmpdir(), 'truth-share-'));
  if (generated) {
    generateCorpus({ departments: Number(values.departments ?? 200), years: Number(values.years ?? 5), seed: Number(values.seed ?? 1), outDir: generated });
    corpus = generated;
  }
  try {
    console.log(formatTruthShare(await measureTruthShare(corpus!, values.content, Number(values.show ?? 5))));
  } finally {
    if (generated) rmSync(generated, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
