// The PDF row of the benchmark: a corpus in the PDF layout (pdf/), printed by Chromium or
// taken from the cache; the ingest reads it as npm run build does (every report read and parsed
// in the document pool's worker threads, without the ingest's cache), and pdfjs's bare text-and-operator extraction of the same files on the same
// number of threads, run just before and just after the ingest, gives the yardstick. Each in its own process (peak RSS its own), then
// the truth reproduced, by field category and by variant trait.
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { corpusShape } from './measure-args.ts';
import { probeMachine, type MachineProbe } from './measure-machine.ts';
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
  /** 1-minute load average when the step started and when it ended: other work on the machine. */
  load: [number, number];
  /** The machine's speed just before the step (measure-machine.ts); absent in runs before stop 22, and in a mean of runs. */
  machine?: MachineProbe;
}

export interface PdfBenchRow {
  corpus: string;
  departments: number;
  years: number;
  seed: number;
  loadAverageBefore: number[];
  generate: { seconds: number; reports: number; printed: number; bytes: number };
  ingest: PdfStep & { errors: number; warnings: number; failedChecks: number };
  /** Bare pdfjs, the mean of a run just before the ingest and one just after (the machine's other work
   *  changes over minutes; bracketing the ingest evens that out a little). */
  pdfjs: PdfStep;
  pdfjsRuns: PdfStep[];
  /** Ingest time ÷ bare pdfjs time for the same files on as many threads (1 = nothing beyond pdfjs). */
  ratio: number | null;
  /** The same for CPU time: less moved by other work on the machine than wall-clock time. */
  cpuRatio: number | null;
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

/** The mean of runs of one step (peak RSS: the largest; load: from the first start to the last end). */
function meanStep(runs: PdfStep[]): PdfStep {
  const ok = runs.every((r) => r.ok);
  const mean = (key: 'seconds' | 'cpuSeconds') => round(runs.reduce((s, r) => s + r[key], 0) / runs.length);
  const seconds = mean('seconds');
  const { reports, pages, workers } = runs[0];
  return {
    ok, reports, pages, workers, seconds, cpuSeconds: mean('cpuSeconds'),
    reportsPerSecond: round(rate(reports, seconds), 2), pagesPerSecond: round(rate(pages, seconds), 1),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)), load: [runs[0].load[0], runs.at(-1)!.load[1]],
  };
}

/** `pages`: the corpus's page count (as pdfjs counts it; the ingest does not count the pages of a report it rejects). */
function pdfStep(r: StepResult & { load: [number, number]; machine: MachineProbe }, workers: number, pages: number): PdfStep {
  const reports = num(r, 'reports');
  return {
    ok: r.ok, reports, pages, workers, seconds: round(r.seconds), cpuSeconds: round(r.cpuSeconds),
    reportsPerSecond: round(rate(reports, r.seconds), 2), pagesPerSecond: round(rate(pages, r.seconds), 1), peakRssBytes: r.peakRssBytes,
    load: r.load, machine: r.machine,
  };
}

const roundShares = <T extends Share>(shares: Record<string, T>) =>
  Object.fromEntries(Object.entries(shares).map(([k, s]) => [k, { ...s, share: round(s.share, 6) }]));

export async function measurePdfCorpus(spec: PdfCorpusSpec, workDir: string, project: string): Promise<PdfBenchRow> {
  // A new folder (run.ts moves an earlier one aside rather than delete it: retire.ts); one already there is an error (EEXIST).
  mkdirSync(dirname(workDir), { recursive: true });
  mkdirSync(workDir);
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
  const step = async (...args: Parameters<typeof measureStep>) => {
    const machine = probeMachine();
    const before = loads()[0];
    const result = await measureStep(...args);
    if (result.error) errors.push(result.error);
    return { ...result, load: [before, loads()[0]] as [number, number], machine };
  };
  const bare = () => step('pdfjs', { reports, pdfWorkers: workers }, context);
  const before = await bare();
  const ingest = await step('ingest', { reports, root: workDir, content, pdfWorkers: workers }, context);
  const after = await bare();
  const pages = before.ok ? num(before, 'pages') : num(ingest, 'pages');
  const runs = [before, after].map((r) => pdfStep(r, workers, pages));
  const pdfjs = meanStep(runs);
  const share = ingest.ok ? await measureTruthShare(workDir, content, 20, variantGroups) : null;
  const byShare = (a: [string, Share], b: [string, Share]) => a[1].share - b[1].share || a[0].localeCompare(b[0]);
  return {
    corpus: `pdf-${spec.size}`, ...shape, seed: spec.seed, loadAverageBefore,
    generate: { seconds: generateSeconds, reports: corpus.reports, printed: corpus.printed, bytes: corpus.bytes },
    ingest: { ...pdfStep(ingest, workers, pages), errors: num(ingest, 'errors'), warnings: num(ingest, 'warnings'), failedChecks: num(ingest, 'failedChecks') },
    pdfjs,
    pdfjsRuns: runs,
    ratio: ingest.ok && pdfjs.ok && pdfjs.seconds > 0 ? round(ingest.seconds / pdfjs.seconds, 3) : null,
    cpuRatio: ingest.ok && pdfjs.ok && pdfjs.cpuSeconds > 0 ? round(ingest.cpuSeconds / pdfjs.cpuSeconds, 3) : null,
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
