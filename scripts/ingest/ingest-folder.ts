// The ingest on disk, as the CLI and the build run it: reports parsed on every core (worker
// threads, each file with a time and memory bound), remembered in a cache between runs, and
// only what changed written.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileCache, ingestVersion } from './document-cache.ts';
import { documentPool } from './document-pool.ts';
import { fileStates } from './file-states.ts';
import { fileSystemEffects } from './fs-effects.ts';
import { runIngest, type IngestEffects, type IngestResult } from './ingest.ts';

export const CACHE_DIR = 'node_modules/.cache/portal-ingest';

export interface FolderOptions {
  seeds: string;
  out: string;
  onFile?: IngestEffects['onFile'];
  /** Where parsed reports are remembered; `false` reads every report afresh. */
  cache?: string | false;
  /** The folder report file names are relative to (default: the working directory). */
  root?: string;
}

/** The department-years are written, not returned (`entries` is empty). */
export async function ingestFolder(options: FolderOptions, workers?: number): Promise<IngestResult> {
  const pool = documentPool(workers ? { workers } : {});
  const cacheDir = options.cache === undefined ? CACHE_DIR : options.cache;
  const version = cacheDir ? await prunedVersion(cacheDir) : undefined;
  const cache = cacheDir ? fileCache(cacheDir, version!) : undefined;
  // With the cache: which reports and outputs are unchanged since the last run, by their file states.
  const states = cacheDir ? await fileStates(join(cacheDir, version!, 'file-states.json')) : undefined;
  try {
    const result = await runIngest({
      ...fileSystemEffects(options.seeds, options.out, options.root, states), parse: pool.parse, prepare: pool.prepare, build: pool.build,
      ...(options.onFile ? { onFile: options.onFile } : {}), ...(cache ? { cache } : {}), keepEntries: false,
    });
    await states?.save();
    return result;
  } finally {
    await pool.close();
  }
}

/** This ingest's version; what earlier versions cached is removed (it can never be read again). */
async function prunedVersion(dir: string): Promise<string> {
  const version = await ingestVersion();
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory() && entry.name !== version) await rm(join(dir, entry.name), { recursive: true, force: true });
  }
  return version;
}
