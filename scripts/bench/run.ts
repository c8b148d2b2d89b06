// npm run bench: generate corpora of 100 and 1,000 department-years (5,000 and 20,000 with --full),
// build each step by step and measure it (measure-corpus.ts); then a corpus of the same
// department-years as PDFs (100, 1,000 with --full), its ingest against bare pdfjs and its
// truth reproduced (measure-pdf.ts); print tables and write bench-results/bench-<corpus>.json
// and bench-summary.json.
//
// Corpora and built sites live in node_modules/.cache/portal-bench/: Astro writes its
// prerender chunks inside the output folder and imports them, so the output folder must
// sit inside the project for those chunks to find its packages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './measure-args.ts';
import { measureCorpus, type BenchRow } from './measure-corpus.ts';
import { measurePdfCorpus, type PdfBenchRow } from './measure-pdf.ts';
import { benchTable, formatText, growth, growthTable, pdfTable } from './measure-table.ts';
import { DEFAULT_PDF_CACHE } from './pdf/cache.ts';
import { clearRetired, retire } from './retire.ts';

const WORK_ROOT = 'node_modules/.cache/portal-bench';

export interface Machine {
  date: string;
  commit: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  loadAverage: number[];
}

function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(), commit, node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '',
    memoryBytes: totalmem(), loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

async function main(args: BenchArgs): Promise<number> {
  const project = process.cwd();
  const corpora = [...(args.seeds ? [{ name: 'seeds' }] : []), ...args.sizes.map((size) => ({ name: String(size), size }))];
  const host = machine();
  const pdfName = args.pdf ? [`pdf-${args.pdf}`] : [];
  console.log(`bench: ${[...corpora.map((c) => c.name), ...pdfName].join(', ')} on ${host.cpus} × ${host.cpuModel}, node ${host.node}, load ${host.loadAverage.join(' ')}`);
  mkdirSync(args.out, { recursive: true });
  const rows: BenchRow[] = [];
  for (const corpus of corpora) {
    const started = performance.now();
    console.log(`bench: ${corpus.name} …`);
    const workDir = resolve(WORK_ROOT, corpus.name);
    // A folder left by an earlier run is moved aside, not deleted (retire.ts).
    retire(WORK_ROOT, workDir);
    const row = await measureCorpus({ ...corpus, seed: args.seed, query: args.query, incremental: args.rebuilds }, workDir, project);
    if (!args.keep) retire(WORK_ROOT, workDir);
    rows.push(row);
    writeFileSync(join(args.out, `bench-${corpus.name}.json`), `${JSON.stringify({ machine: host, row }, null, 2)}\n`);
    console.log(`bench: ${corpus.name} done in ${((performance.now() - started) / 1000).toFixed(0)} s${row.errors.length ? ` with ${row.errors.length} failed step(s)` : ''}`);
    for (const error of row.errors) console.error(error);
  }
  const pdfRows: PdfBenchRow[] = [];
  if (args.pdf) {
    const started = performance.now();
    const name = `pdf-${args.pdf}`;
    console.log(`bench: ${name} …`);
    const workDir = resolve(WORK_ROOT, name);
    retire(WORK_ROOT, workDir);
    const row = await measurePdfCorpus({ size: args.pdf, seed: args.seed, cacheDir: resolve(DEFAULT_PDF_CACHE) }, workDir, project);
    if (!args.keep) retire(WORK_ROOT, workDir);
    pdfRows.push(row);
    writeFileSync(join(args.out, `bench-${name}.json`), `${JSON.stringify({ machine: host, row }, null, 2)}\n`);
    console.log(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s (${row.generate.printed} printed)${row.errors.length ? ` with ${row.errors.length} failed step(s)` : ''}`);
    for (const error of row.errors) console.error(error);
  }
  const steps = growth(rows);
  writeFileSync(join(args.out, 'bench-summary.json'), `${JSON.stringify({ machine: host, rows, growth: steps, pdfRows }, null, 2)}\n`);
  if (rows.length) console.log(`\n${formatText(benchTable(rows))}`);
  if (steps.length) console.log(`\n${formatText(growthTable(steps))}`);
  if (pdfRows.length) console.log(`\n${formatText(pdfTable(pdfRows))}`);
  console.log(`\nbench: results in ${args.out}/`);
  // Last, once every figure is written: deleting some 25 GB takes a minute or two.
  clearRetired(WORK_ROOT);
  return [...rows, ...pdfRows].some((r) => r.errors.length) ? 1 : 0;
}

if (import.meta.main) {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${BENCH_USAGE}`);
    process.exit(2);
  }
  process.exitCode = await main(args);
}
