// The corpus: N departments × M years of reports plus truth.json. generateReports() is
// pure and lazy (for tests and in-memory use); generateCorpus() writes the files.
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { departmentRoster } from './model/department.ts';
import { departmentYearFigures, type YearState } from './model/figures.ts';
import type { LayoutName } from './model/types.ts';
import { hashSeed, Random } from './random.ts';
import { pdfVariant } from './pdf/variant.ts';
import { LAYOUTS, renderPdfReport, renderReport, type GeneratedPdfReport, type GeneratedReport, type TextLayout } from './report.ts';
import type { TruthSource } from './truth.ts';

export interface CorpusSpec {
  departments: number;
  years: number;
  seed: number;
  /** The last fiscal year; the corpus covers lastYear − years + 1 … lastYear. */
  lastYear?: number;
}

export interface CorpusOptions extends CorpusSpec {
  outDir: string;
}

export interface CorpusSummary {
  reports: number;
  bytes: number;
  truthFile: string;
  reportsDir: string;
  layouts: Record<LayoutName, number>;
}

export const DEFAULT_LAST_YEAR = 2023;
export const GENERATOR_VERSION = 1;

/** Layout and variants of one department-year, drawn from its own stream. */
function sourceFor(seed: number, name: string, year: number, layout: TextLayout, n: number): TruthSource {
  const rng = new Random(hashSeed(seed, 'variant', name, year));
  const unit = layout !== 'performance' && rng.chance(0.15) ? '元' : '万元';
  return {
    file: `reports/${String(n).padStart(5, '0')}_${rng.hex(16)}.txt`,
    layout,
    documentType: layout === 'performance' ? 'performance-evaluation' : 'final-accounts',
    unit,
    lineEnding: rng.chance(0.2) ? 'crlf' : 'lf',
    encoding: rng.chance(0.15) ? 'gb18030' : 'utf-8',
    fullWidthDigits: rng.chance(0.15),
  };
}

/**
 * Layouts rotate over the report index, shifted by one every five reports: reports
 * 0–4, 5–9, … each cover all five layouts (so any corpus of five or more has them all),
 * and a department's layout changes from year to year whatever the number of years.
 */
export function layoutOf(n: number): TextLayout {
  return LAYOUTS[(n + Math.floor(n / LAYOUTS.length)) % LAYOUTS.length];
}

/** Every department-year of a corpus in order, with the source its text report has. */
function* departmentYears(spec: CorpusSpec) {
  const lastYear = spec.lastYear ?? DEFAULT_LAST_YEAR;
  const firstYear = lastYear - spec.years + 1;
  for (const department of departmentRoster(spec.seed, spec.departments)) {
    let state: YearState | undefined;
    for (let y = 0; y < spec.years; y++) {
      const year = firstYear + y;
      const n = department.index * spec.years + y;
      const source = sourceFor(spec.seed, department.name, year, layoutOf(n), n);
      state = departmentYearFigures(spec.seed, department, year, source.unit, state);
      yield { department, figures: state.figures, source };
    }
  }
}

export function* generateReports(spec: CorpusSpec): Generator<GeneratedReport> {
  for (const { department, figures, source } of departmentYears(spec)) yield renderReport(spec.seed, department, figures, source);
}

/**
 * The same department-years as generateReports(), every one in the PDF layout: the same
 * figures (and unit) as its text report, the same file name with .pdf. HTML only; printing
 * is pdf/print.ts's job.
 */
export function* generatePdfReports(spec: CorpusSpec): Generator<GeneratedPdfReport> {
  for (const { department, figures, source } of departmentYears(spec)) {
    const pdf: TruthSource = {
      file: source.file.replace(/\.txt$/, '.pdf'), layout: 'pdf', documentType: 'final-accounts', unit: source.unit,
      lineEnding: 'lf', encoding: 'utf-8', fullWidthDigits: false, pdf: pdfVariant(spec.seed, department.name, figures.year),
    };
    yield renderPdfReport(spec.seed, department, figures, pdf);
  }
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const reportsDir = join(options.outDir, 'reports');
  const truthFile = join(options.outDir, 'truth.json');
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const layouts = Object.fromEntries(LAYOUTS.map((l) => [l, 0])) as Record<LayoutName, number>;
  const { departments, years, seed } = options;
  const header = JSON.stringify({ version: GENERATOR_VERSION, seed, departments, years, lastYear: options.lastYear ?? DEFAULT_LAST_YEAR, unit: '万元' });
  // One entry per line, streamed, so 5,000 department-years never sit in memory at once.
  const truth = openSync(truthFile, 'w');
  let reports = 0;
  let bytes = 0;
  try {
    writeSync(truth, `{"generator":${header},"departmentYears":[`);
    for (const report of generateReports(options)) {
      writeFileSync(join(options.outDir, report.file), report.bytes);
      writeSync(truth, `${reports === 0 ? '' : ','}\n${JSON.stringify(report.truth)}`);
      bytes += report.bytes.length;
      layouts[report.truth.source.layout]++;
      reports++;
    }
    writeSync(truth, '\n]}\n');
  } finally {
    closeSync(truth);
  }
  return { reports, bytes, truthFile, reportsDir, layouts };
}
