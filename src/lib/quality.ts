// /quality/: a page that grows with the problems, not with the corpus. Totals, a summary by
// year, every department-year with a failed or repaired check, every restatement across the
// portal, and the input files that could not be read cleanly; the rest is counted, and the
// whole per-department-year table is a CSV download (download-tables.ts QUALITY_TABLE).
import type { Check, Restatement } from './schema.ts';
import type { CheckCounts } from './checks-view.ts';
import { checkTitle } from './check-text.ts';
import type { IngestFile } from './ingest-report.ts';
import type { IngestMessage } from './ingest-report-schema.ts';
import { INGEST_CODE_TEXT, ingestMessageText } from './ingest-message-text.ts';
import type { YearListing } from './year-listing.ts';
import { sortEntries } from './department-index.ts';
import { STANDARD_KINDS } from './table-kind.ts';

export function qualityTotals(rows: readonly { counts: CheckCounts }[]): CheckCounts {
  const total: CheckCounts = { pass: 0, rounding: 0, repaired: 0, fail: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof CheckCounts)[]) total[k] += r.counts[k];
  return total;
}

/** What one year's department-years are like. */
export interface YearSummary {
  year: number;
  departmentYears: number;
  /** With all nine tables of a 部门决算. */
  allNine: number;
  /** With at least one failed check. */
  failed: number;
  /** With at least one figure the ingest corrected. */
  repaired: number;
  /** Whose figures a later report states differently. */
  restated: number;
  /** Whose only findings are rounding differences. */
  roundingOnly: number;
}

/** A department-year with a failed or repaired check: what its page's 数据核验 lists in full. */
export interface ProblemRow {
  slug: string;
  name: string;
  year: number;
  counts: CheckCounts;
  /** What failed or was corrected, in words, failures first, each once. */
  titles: string[];
}

/** A figure of one department-year that a later report of the same department states differently. */
export interface RestatementRow {
  slug: string;
  name: string;
  year: number;
  restatement: Restatement;
}

export interface QualitySummary {
  departmentYears: number;
  totals: CheckCounts;
  /** Newest year first. */
  byYear: YearSummary[];
  problems: ProblemRow[];
  restatements: RestatementRow[];
  /** Department-years whose only findings are rounding differences: counted, not listed. */
  roundingOnly: number;
  /** Department-years where every check passed (or none could run). */
  clean: number;
}

const isRoundingOnly = (c: CheckCounts) => c.rounding > 0 && c.fail === 0 && c.repaired === 0;

export function qualitySummary(listings: readonly YearListing[]): QualitySummary {
  const years = new Map<number, YearSummary>();
  const summary: QualitySummary = { departmentYears: listings.length, totals: qualityTotals(listings), byYear: [], problems: [], restatements: [], roundingOnly: 0, clean: 0 };
  for (const l of sortEntries(listings)) {
    let y = years.get(l.year);
    if (!y) years.set(l.year, (y = { year: l.year, departmentYears: 0, allNine: 0, failed: 0, repaired: 0, restated: 0, roundingOnly: 0 }));
    y.departmentYears++;
    if (l.coverage.tablesPresent.length === STANDARD_KINDS.length) y.allNine++;
    if (l.counts.fail > 0) y.failed++;
    if (l.counts.repaired > 0) y.repaired++;
    if (l.restatedBy?.length) y.restated++;
    if (isRoundingOnly(l.counts)) {
      y.roundingOnly++;
      summary.roundingOnly++;
    } else if (l.counts.fail + l.counts.repaired === 0) {
      summary.clean++;
    }
    const { slug, name } = l.department;
    if (l.counts.fail + l.counts.repaired > 0) summary.problems.push({ slug, name, year: l.year, counts: l.counts, titles: problemTitles(l.notPassed) });
    for (const restatement of l.restatedBy ?? []) summary.restatements.push({ slug, name, year: l.year, restatement });
  }
  summary.byYear = [...years.values()].sort((a, b) => b.year - a.year);
  return summary;
}

function problemTitles(checks: readonly Check[]): string[] {
  const titles = checks.filter((c) => c.status === 'fail' || c.status === 'repaired').map(checkTitle);
  return [...new Set(titles)];
}

/** The input files as /quality/ shows them: the ones that could not be read cleanly, the rest counted. */
export interface FileSummary {
  /** Files with an error, each with its messages, in file order. */
  errors: ListedFile[];
  /** Files read with reading problems, by the kind of problem (a file with two kinds is in both). */
  warnings: WarningGroup[];
  /** How many files `warnings` holds. */
  warned: number;
  total: number;
  ok: number;
  /** Files whose only remarks are failed checks (the department-years above list them). */
  checksOnly: number;
}

export interface ListedFile {
  file: IngestFile;
  /** Its messages other than failed checks. */
  messages: IngestMessage[];
  /** How many failed checks it has besides. */
  failedChecks: number;
}

export interface WarningGroup {
  code: string;
  /** What the problem is, in words. */
  title: string;
  /** The sentence, when every file of the group has the very same one: then said once. */
  same?: string;
  files: { file: IngestFile; messages: IngestMessage[] }[];
}

export function fileSummary(files: readonly IngestFile[]): FileSummary {
  const summary: FileSummary = { errors: [], warnings: [], warned: 0, total: files.length, ok: 0, checksOnly: 0 };
  const groups = new Map<string, WarningGroup>();
  for (const file of files) {
    const messages = file.messages.filter((m) => m.code !== 'check-failed');
    const failedChecks = file.messages.length - messages.length;
    if (file.status === 'ok') summary.ok++;
    else if (messages.length === 0) summary.checksOnly++;
    else if (file.status === 'error') summary.errors.push({ file, messages, failedChecks });
    else {
      summary.warned++;
      for (const code of new Set(messages.map((m) => m.code))) {
        let group = groups.get(code);
        if (!group) groups.set(code, (group = { code, title: INGEST_CODE_TEXT[code] ?? '读取时的其他提示', files: [] }));
        group.files.push({ file, messages: messages.filter((m) => m.code === code) });
      }
    }
  }
  // Most files first; a sentence all of a group's files share is said once.
  summary.warnings = [...groups.values()].sort((a, b) => b.files.length - a.files.length || (a.code < b.code ? -1 : 1));
  for (const group of summary.warnings) {
    const texts = new Set(group.files.flatMap((f) => f.messages.map(ingestMessageText)));
    if (texts.size === 1) group.same = [...texts][0];
  }
  return summary;
}
