// One row of the benchmark: a corpus (generated, or the seeds) taken through the build
// step by step as npm run build does — ingest, site index, astro build, sources, downloads,
// Pagefind, link check — with the truth share, page weight and a first search in Chromium;
// then, for a generated corpus, two rebuilds over that build and its caches: one report
// added (a new department), one report changed. Each step runs in its own process; as in
// npm run build, the sources and downloads steps run while Pagefind does, writing beside
// dist/, and are moved in after (scripts/move-into.ts); the last build's dist/ is moved aside and
// removed while astro builds (not timed as a step).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { corpusShape } from './measure-args.ts';
import { probeMachine, type MachineProbe } from './measure-machine.ts';
import { measureStep, type StepResult } from './measure-step.ts';
import { measureDepartmentYearWeights, type WeightSummary } from './measure-site-weight.ts';
import { generateCorpus, generateReports } from './corpus.ts';
import type { GeneratedReport } from './report.ts';
import { measureTruthShare } from './truth-share.ts';
import { besideStep, setAside } from '../move-into.ts';

export interface CorpusSpec {
  /** "seeds" or the number of department-years. */
  name: string;
  size?: number;
  seed: number;
  query: string;
  /** Measure the two rebuilds (default: for every generated corpus). */
  incremental?: boolean;
}

/** What a build step cost: wall-clock and CPU seconds, peak RSS of its process tree. */
export interface StepCost { ok: boolean; seconds: number; cpuSeconds: number; peakRssBytes: number }

/** A rebuild over the last build and its caches, step by step. */
export interface Rebuild {
  what: string;
  steps: Record<BuildStep, StepCost>;
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

const BUILD_STEPS = ['ingest', 'site', 'astro', 'sources', 'downloads', 'pagefind', 'links'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export interface BenchRow {
  corpus: string;
  departments: number | null;
  years: number | null;
  seed: number | null;
  loadAverageBefore: number[];
  /** The machine's speed before the corpus's first step and after its last (measure-machine.ts); absent in runs before stop 22. */
  machineBefore?: MachineProbe;
  machineAfter?: MachineProbe;
  generateSeconds: number | null;
  ingest: { ok: boolean; reports: number; inputBytes: number; departmentYears: number; warnings: number; errors: number; failedChecks: number; seconds: number; cpuSeconds: number; reportsPerSecond: number; megabytesPerSecond: number; peakRssBytes: number };
  truth: { fields: number; matched: number; share: number; layouts: Record<string, number> } | null;
  site: StepCost;
  astro: { ok: boolean; pages: number; seconds: number; cpuSeconds: number; pagesPerSecond: number; peakRssBytes: number };
  sources: StepCost;
  downloads: StepCost & { bytes: number };
  pagefind: { ok: boolean; pages: number; indexBytes: number; seconds: number; cpuSeconds: number; peakRssBytes: number };
  links: { ok: boolean; links: number; broken: number; seconds: number; cpuSeconds: number; peakRssBytes: number };
  build: { seconds: number; cpuSeconds: number; peakRssBytes: number };
  pageWeight: WeightSummary | null;
  firstSearch: { ok: boolean; query: string; totalBytes: number; wireBytes: number; libraryBytes: number; indexBytes: number; metaBytes: number; filterBytes: number; fragmentBytes: number; otherBytes: number; requests: number; results: number; peakRssBytes: number } | null;
  /** One report added (a department the corpus did not have), then one report changed. */
  rebuilds: Rebuild[];
  loadAverageAfter: number[];
  errors: string[];
}

const num = (r: StepResult, key: string) => Number(r.figures[key] ?? 0);
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const loads = () => loadavg().map((x) => round(x));

export async function measureCorpus(spec: CorpusSpec, workDir: string, project: string): Promise<BenchRow> {
  // A new folder (run.ts moves an earlier one aside rather than delete it: retire.ts); one already there is an error (EEXIST).
  mkdirSync(dirname(workDir), { recursive: true });
  mkdirSync(workDir);
  const loadAverageBefore = loads();
  const machineBefore = probeMachine();
  const reports = join(workDir, 'reports');
  const content = join(workDir, 'content');
  const dist = join(workDir, 'dist');
  const shape = spec.size ? corpusShape(spec.size) : null;
  let generateSeconds: number | null = null;
  if (shape) {
    const started = performance.now();
    generateCorpus({ ...shape, seed: spec.seed, outDir: workDir });
    generateSeconds = round((performance.now() - started) / 1000);
  } else {
    cpSync(join(project, 'seeds'), reports, { recursive: true });
  }
  const base = '/';
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_CONTENT: content, PORTAL_DIST: dist, PORTAL_BASE: base };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  const context = { workDir, cwd: project, env };
  const errors: string[] = [];
  const step = async (...args: Parameters<typeof measureStep>) => {
    const result = await measureStep(...args);
    if (result.error) errors.push(result.error);
    return result;
  };

  // File names in the published sources are relative to the corpus folder ("reports/00001_….txt").
  // The caches start empty: the first build is cold; the rebuilds find what it left.
  const options = { reports, root: workDir, content, dist, base, project, ingestCache: join(workDir, 'ingest-cache'), cacheDir: join(workDir, 'astro-cache'), searchCache: join(workDir, 'search-cache'), downloadsCache: join(workDir, 'downloads-cache'), linksCache: join(workDir, 'links-cache'), siteCache: join(workDir, 'site-cache') };
  const build = async (): Promise<Record<BuildStep, StepResult>> => {
    const done = {} as Record<BuildStep, StepResult>;
    done.ingest = await step('ingest', options, context);
    done.site = done.ingest.ok ? await step('site', options, context) : failed();
    if (done.site.ok) {
      // The last build's dist/ set aside and removed meanwhile (not timed), as npm run build does.
      const { removed } = await setAside(dist);
      done.astro = await step('astro', options, context);
      await removed;
    } else {
      done.astro = failed();
    }
    if (done.astro.ok) {
      // As npm run build runs them (besideStep): sources then downloads beside Pagefind, moved in after.
      const { step: pagefind, beside } = await besideStep(dist, {
        step: () => step('pagefind', options, context),
        beside: async (staging) => [await step('sources', { ...options, dist: staging }, context), await step('downloads', { ...options, dist: staging }, context)] as const,
        succeeded: (result) => result.ok,
      });
      if (pagefind.status === 'rejected') throw pagefind.reason;
      if (beside.status === 'rejected') throw beside.reason;
      done.pagefind = pagefind.value;
      [done.sources, done.downloads] = beside.value;
    } else {
      done.pagefind = done.sources = done.downloads = failed();
    }
    done.links = done.astro.ok ? await step('links', options, context) : failed();
    return done;
  };
  const cold = await build();
  const { ingest, site, astro, sources, downloads, pagefind, links } = cold;
  const share = shape && ingest.ok ? await measureTruthShare(workDir, content, 0) : null;
  const search = pagefind.ok ? await step('search', { dist, base, query: spec.query }, context) : failed();
  const pageWeight = astro.ok ? measureDepartmentYearWeights(dist, base) : null;

  const rebuilds: Rebuild[] = [];
  if (shape && spec.incremental !== false && astro.ok) {
    addReport(spec.seed, shape.departments, reports);
    rebuilds.push(rebuildOf('one report added (a new department)', await build()));
    changeReport(reports);
    rebuilds.push(rebuildOf('one report changed (a sentence of its prose)', await build()));
  }

  return {
    corpus: spec.name,
    departments: shape?.departments ?? null,
    years: shape?.years ?? null,
    seed: shape ? spec.seed : null,
    loadAverageBefore,
    machineBefore,
    machineAfter: probeMachine(),
    generateSeconds,
    ingest: {
      ok: ingest.ok, reports: num(ingest, 'reports'), inputBytes: num(ingest, 'bytes'), departmentYears: num(ingest, 'departmentYears'),
      warnings: num(ingest, 'warnings'), errors: num(ingest, 'errors'), failedChecks: num(ingest, 'failedChecks'),
      seconds: round(ingest.seconds), cpuSeconds: round(ingest.cpuSeconds), reportsPerSecond: round(rate(num(ingest, 'reports'), ingest.seconds), 1),
      megabytesPerSecond: round(rate(num(ingest, 'bytes') / 1e6, ingest.seconds), 3), peakRssBytes: ingest.peakRssBytes,
    },
    truth: share && {
      fields: share.fields, matched: share.matched, share: round(share.share, 6),
      layouts: Object.fromEntries(Object.entries(share.layouts).sort(([a], [b]) => a.localeCompare(b)).map(([name, l]) => [name, round(l!.share, 6)])),
    },
    site: cost(site),
    astro: { ok: astro.ok, pages: num(astro, 'pages'), seconds: round(astro.seconds), cpuSeconds: round(astro.cpuSeconds), pagesPerSecond: round(rate(num(astro, 'pages'), astro.seconds), 1), peakRssBytes: astro.peakRssBytes },
    sources: cost(sources),
    downloads: { ...cost(downloads), bytes: num(downloads, 'bytes') },
    pagefind: { ok: pagefind.ok, pages: num(pagefind, 'pages'), indexBytes: num(pagefind, 'indexBytes'), seconds: round(pagefind.seconds), cpuSeconds: round(pagefind.cpuSeconds), peakRssBytes: pagefind.peakRssBytes },
    links: { ok: links.ok && num(links, 'broken') === 0, links: num(links, 'links'), broken: num(links, 'broken'), seconds: round(links.seconds), cpuSeconds: round(links.cpuSeconds), peakRssBytes: links.peakRssBytes },
    build: buildCost(cold),
    pageWeight,
    firstSearch: search.ok ? {
      ok: true, query: String(search.figures.query), totalBytes: num(search, 'total'), wireBytes: num(search, 'wire'), libraryBytes: num(search, 'library'), indexBytes: num(search, 'index'),
      metaBytes: num(search, 'meta'), filterBytes: num(search, 'filter'), fragmentBytes: num(search, 'fragment'), otherBytes: num(search, 'other'),
      requests: num(search, 'requests'), results: num(search, 'results'), peakRssBytes: search.peakRssBytes,
    } : null,
    rebuilds,
    loadAverageAfter: loads(),
    errors,
  };
}

function cost(r: StepResult): StepCost {
  return { ok: r.ok, seconds: round(r.seconds), cpuSeconds: round(r.cpuSeconds), peakRssBytes: r.peakRssBytes };
}

function rebuildOf(what: string, steps: Record<BuildStep, StepResult>): Rebuild {
  return { what, steps: Object.fromEntries(BUILD_STEPS.map((name) => [name, cost(steps[name])])) as Record<BuildStep, StepCost>, ...buildCost(steps) };
}

/**
 * A whole build from its steps: Pagefind and, beside it, sources then downloads take the longer
 * of the two; the others add up. CPU time adds up; the peak is the largest step's, or
 * Pagefind's and the larger of the two beside it together.
 */
export function buildCost(steps: Record<BuildStep, Pick<StepResult, 'seconds' | 'cpuSeconds' | 'peakRssBytes'>>): { seconds: number; cpuSeconds: number; peakRssBytes: number } {
  const { pagefind, sources, downloads, ...rest } = steps;
  const alone = Object.values(rest);
  return {
    seconds: round(alone.reduce((s, r) => s + r.seconds, 0) + Math.max(pagefind.seconds, sources.seconds + downloads.seconds)),
    cpuSeconds: round(Object.values(steps).reduce((s, r) => s + r.cpuSeconds, 0)),
    peakRssBytes: Math.max(...alone.map((r) => r.peakRssBytes), pagefind.peakRssBytes + Math.max(sources.peakRssBytes, downloads.peakRssBytes)),
  };
}

/** A report of a department the corpus does not have: the next department of the same roster, its last year. */
function addReport(seed: number, departments: number, reports: string): void {
  let last: GeneratedReport | undefined;
  for (const report of generateReports({ departments: departments + 1, years: 1, seed })) last = report;
  writeFileSync(join(reports, 'added-one-report.txt'), last!.bytes);
}

/** A republished report: one sentence of its prose reworded, its figures unchanged. */
function changeReport(reports: string): void {
  for (const name of readdirSync(reports).sort()) {
    const path = join(reports, name);
    const text = readFileSync(path, 'utf8');
    if (!text.includes('主要是因为')) continue;
    writeFileSync(path, text.replace('主要是因为', '主要原因是'));
    return;
  }
  throw new Error('bench: no report has a sentence to reword');
}

function rate(amount: number, seconds: number): number {
  return seconds > 0 ? amount / seconds : 0;
}

function failed(): StepResult {
  return { ok: false, seconds: 0, cpuSeconds: 0, peakRssBytes: 0, figures: {} };
}
