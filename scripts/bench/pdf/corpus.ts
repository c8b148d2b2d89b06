// A PDF corpus: every department-year of a corpus spec in the PDF layout, printed by Chromium
// (or taken from the cache), as <outDir>/reports/*.pdf with <outDir>/truth.json in the same
// shape as the text corpora's.
// CLI: node scripts/bench/pdf/corpus.ts --departments N --years M [--seed S] --out <dir> [--cache <dir>] [--pages P]
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LAST_YEAR, GENERATOR_VERSION, generatePdfReports, type CorpusSpec } from '../corpus.ts';
import { DEFAULT_PDF_CACHE, PdfCache, printKey } from './cache.ts';
import { chromiumPrinter, type Printer } from './print.ts';

export interface PdfCorpusOptions extends CorpusSpec {
  outDir: string;
  cacheDir?: string;
  /** Chromium tabs printing at once. */
  pages?: number;
  onProgress?: (done: number, printed: number) => void;
}

export interface PdfCorpusSummary {
  reports: number;
  bytes: number;
  /** Reports Chromium printed in this run; the others came from the cache. */
  printed: number;
  truthFile: string;
  reportsDir: string;
}

export async function generatePdfCorpus(options: PdfCorpusOptions): Promise<PdfCorpusSummary> {
  const reportsDir = join(options.outDir, 'reports');
  const truthFile = join(options.outDir, 'truth.json');
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const cache = new PdfCache(options.cacheDir ?? DEFAULT_PDF_CACHE);
  const { departments, years, seed } = options;
  const header = JSON.stringify({ version: GENERATOR_VERSION, seed, departments, years, lastYear: options.lastYear ?? DEFAULT_LAST_YEAR, unit: '万元', layout: 'pdf' });
  const truth = openSync(truthFile, 'w');
  let printer: Printer | undefined;
  let printing: Promise<Printer> | undefined;
  const tabs = options.pages ?? 3;
  const inFlight = new Set<Promise<void>>();
  let reports = 0;
  let printed = 0;
  let bytes = 0;
  try {
    writeSync(truth, `{"generator":${header},"departmentYears":[`);
    for (const report of generatePdfReports(options)) {
      writeSync(truth, `${reports === 0 ? '' : ','}\n${JSON.stringify(report.truth)}`);
      reports++;
      const job = { html: report.html, pageNumbers: report.truth.source.pdf!.pageNumbers };
      const key = printKey(job);
      const target = join(options.outDir, report.file);
      if (cache.has(key)) {
        cache.place(key, target);
        bytes += statSync(target).size;
        options.onProgress?.(reports, printed);
        continue;
      }
      // Chromium starts only when something is missing from the cache.
      printing ??= chromiumPrinter(tabs).then((p) => (printer = p));
      const task = (async () => {
        const pdf = await (await printing).print(job);
        cache.put(key, pdf);
        cache.place(key, target);
        bytes += pdf.length;
        printed++;
        options.onProgress?.(reports, printed);
      })();
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task)).catch(() => {});
      // A few jobs per tab in flight keeps every tab busy without holding the whole corpus's HTML.
      if (inFlight.size >= tabs * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    writeSync(truth, '\n]}\n');
  } finally {
    closeSync(truth);
    await (printer ?? (await printing?.catch(() => undefined)))?.close();
  }
  return { reports, bytes, printed, truthFile, reportsDir };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      departments: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' },
      cache: { type: 'string' }, pages: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out || !values.departments || !values.years) {
    console.error('usage: node scripts/bench/pdf/corpus.ts --departments N --years M [--seed S] --out <dir> [--cache <dir>] [--pages P]');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const summary = await generatePdfCorpus({
    departments: Number(values.departments), years: Number(values.years), seed: Number(values.seed ?? 1), outDir: values.out,
    cacheDir: values.cache, pages: values.pages ? Number(values.pages) : undefined,
    onProgress: (done, printed) => { if (done % 50 === 0) process.stderr.write(`\r${done} reports, ${printed} printed`); },
  });
  process.stderr.write('\n');
  console.log(`${summary.reports} PDF reports (${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.printed} printed) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${summary.reportsDir}`);
}

if (import.meta.main) await main();
