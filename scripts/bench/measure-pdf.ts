// The PDF row of the benchmark: a corpus in the PDF layout (pdf/), printed by Chromium or
// taken from the cache; the ingest reads it as npm run build does (PDFs in the pool's worker
// threads), and pdfjs's bare text-and-operator extraction of the same files on the same
// number of threads gives the yardstick. Each in its own process (peak RSS its own), then
// the truth reproduced, by field category and by variant trait.
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { corpusShape } from './measure-args.ts';
import { measureStep, type StepResult } from './measure-step.ts';
import { defaultWorkers } from './pdf/bare-pdfjs.ts';
import { generatePdfCorpus } from './pdf/corpus.ts';
import { variantGroups } from './pdf/traits.ts';
import { measureTruthShare, type Share } from './truth-share.ts';
import type { FieldMismatch } from './truth-compare.ts';

export interface PdfCorpusSpec {
  /** Department-years (reports). */
  size: number;
  seed: number;
  cacheDir: string;
  /** Chromium tabs printing at once. */
  printPages?: number;
}

interface PdfStep {
  ok: boolean;
  reports: number;
  pages: number;
  workers: number;
  seconds: number;
  cpuSeconds: number;
  reportsPerSecond: number;
  pagesPerSecond: number;
  peakRssBytes: number;
}

export interface PdfBenchRow {
  corpus: string;
  departments: number;
  years: number;
  seed: number;
  loadAverageBefore: number[];
  generate: { seconds: number; reports: number; printed: number; bytes: number };
  ingest: PdfStep & { errors: number; warnings: number; failedChecks: number };
  pdfjs: PdfStep;
  /** Ingest time ÷ bare pdfjs time for the same files on as many threads (1 = nothing beyond pdfjs). */
  ratio: number | null;
  truth: {
    fields: number; matched: number; share: number;
    categories: Record<string, Share>;
    /** By variant trait ("codes=split" …), the traits below 100% first. */
    traits: Record<string, Share & { reports: number }>;
    mismatches: (FieldMismatch & { file: string })[];
  } | null;
  loadAverageAfter: number[];
  errors: string[];
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const loads = () => loadavg().map((x) => round(x));
const rate = (amount: number, seconds: number) => (seconds > 0 ? amount / seconds : 0);
const num = (r: StepResult, key: string) => Number(r.figures[key] ?? 0);

/** `pages`: the corpus's page count (as pdfjs counts it; the ingest does not count the pages of a report it rejects). */
function pdfStep(r: StepResult, workers: number, pages: number): PdfStep {
  const reports = num(r, 'reports');
  return {
    ok: r.ok, reports, pages, workers, seconds: round(r.seconds), cpuSeconds: round(r.cpuSeconds),
    reportsPerSecond: round(rate(reports, r.seconds), 2), pagesPerSecond: round(rate(pages, r.seconds), 1), peakRssBytes: r.peakRssBytes,
  };
}

const roundShares = <T extends Share>(shares: Record<string, T>) =>
  Object.fromEntries(Object.entries(shares).map(([k, s]) => [k, { ...s, share: round(s.share, 6) }]));

export async function measurePdfCorpus(spec: PdfCorpusSpec, workDir: string, project: string): Promise<PdfBenchRow> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const loadAverageBefore = loads();
  const shape = corpusShape(spec.size);
  const started = performance.now();
  const corpus = await generatePdfCorpus({ ...shape, seed: spec.seed, outDir: workDir, cacheDir: spec.cacheDir, pages: spec.printPages });
  const generateSeconds = round((performance.now() - started) / 1000);
  const reports = join(workDir, 'reports');
  const content = join(workDir, 'content');
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_CONTENT: content };
  const context = { workDir, cwd: project, env };
  const workers = defaultWorkers();
  const errors: string[] = [];
  const ingest = await measureStep('ingest', { reports, root: workDir, content, pdfWorkers: workers }, context);
  if (ingest.error) errors.push(ingest.error);
  const pdfjs = await measureStep('pdfjs', { reports, pdfWorkers: workers }, context);
  if (pdfjs.error) errors.push(pdfjs.error);
  const pages = pdfjs.ok ? num(pdfjs, 'pages') : num(ingest, 'pages');
  const share = ingest.ok ? await measureTruthShare(workDir, content, 20, variantGroups) : null;
  const byShare = (a: [string, Share], b: [string, Share]) => a[1].share - b[1].share || a[0].localeCompare(b[0]);
  return {
    corpus: `pdf-${spec.size}`, ...shape, seed: spec.seed, loadAverageBefore,
    generate: { seconds: generateSeconds, reports: corpus.reports, printed: corpus.printed, bytes: corpus.bytes },
    ingest: { ...pdfStep(ingest, workers, pages), errors: num(ingest, 'errors'), warnings: num(ingest, 'warnings'), failedChecks: num(ingest, 'failedChecks') },
    pdfjs: pdfStep(pdfjs, workers, pages),
    ratio: ingest.ok && pdfjs.ok && pdfjs.seconds > 0 ? round(ingest.seconds / pdfjs.seconds, 3) : null,
    truth: share && {
      fields: share.fields, matched: share.matched, share: round(share.share, 6),
      categories: roundShares(share.categories),
      traits: roundShares(Object.fromEntries(Object.entries(share.groups).sort(byShare))),
      mismatches: share.layouts.pdf?.mismatches ?? [],
    },
    loadAverageAfter: loads(),
    errors,
  };
}
