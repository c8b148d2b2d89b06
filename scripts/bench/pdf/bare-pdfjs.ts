// The yardstick for the PDF ingest's speed: pdfjs's bare text-and-operator extraction of the
// same files, on as many worker threads as the ingest's document pool (scripts/ingest/
// worker-pool.ts: every core), files read in the main thread and handed over as the ingest
// hands them over.
// CLI: node scripts/bench/pdf/bare-pdfjs.ts <folder of PDFs> [--workers N]
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

export interface BareExtraction {
  reports: number;
  pages: number;
  workers: number;
  /** Files pdfjs could not open or read. */
  failed: string[];
}

/** What the ingest's worker pools use when not told otherwise. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function bareExtraction(files: readonly string[], workers = defaultWorkers()): Promise<BareExtraction> {
  const threads = Array.from({ length: Math.max(1, workers) }, () =>
    new Worker(new URL('./bare-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } }));
  let pages = 0;
  const failed: string[] = [];
  let next = 0;
  let id = 0;
  const run = (worker: Worker) => async () => {
    for (let i = next++; i < files.length; i = next++) {
      const bytes = new Uint8Array(await readFile(files[i]));
      const jobId = ++id;
      const result = await new Promise<{ pages: number; error?: string }>((resolve, reject) => {
        const onMessage = (message: { id: number; pages: number; error?: string }) => {
          if (message.id !== jobId) return;
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(message);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ id: jobId, bytes });
      });
      pages += result.pages;
      if (result.error) failed.push(`${files[i]}: ${result.error}`);
    }
  };
  try {
    await Promise.all(threads.map((t) => run(t)()));
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return { reports: files.length, pages, workers: threads.length, failed };
}

export async function pdfFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /\.pdf$/i.test(f)).sort().map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { workers: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) {
    console.error('usage: node scripts/bench/pdf/bare-pdfjs.ts <folder of PDFs> [--workers N]');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = await bareExtraction(await pdfFiles(positionals[0]), values.workers ? Number(values.workers) : undefined);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${result.reports} PDFs, ${result.pages} pages in ${seconds.toFixed(1)} s on ${result.workers} workers: ${(result.pages / seconds).toFixed(1)} pages/s, ${(result.reports / seconds).toFixed(2)} PDFs/s`);
  for (const f of result.failed) console.error(f);
}

if (import.meta.main) await main();
