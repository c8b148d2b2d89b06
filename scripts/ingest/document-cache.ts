// An ingest that remembers: what it parsed from a file, keyed by the file's path and bytes and
// by the ingest's own version (a hash of its code and reference data), so an unchanged report
// is never parsed again; and the department-years it built, keyed by every document they
// come from. A changed report, or a changed ingest, misses the cache and is read afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface IngestCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Bytes kept as they are (a prepared document, a text to publish): no JSON on the way in or out. */
  getBytes(key: string): Promise<Uint8Array | undefined>;
  setBytes(key: string, bytes: Uint8Array | string): Promise<void>;
}

/** What the ingest's output depends on besides the reports: its code and reference data. */
const VERSIONED = ['scripts/ingest', 'src/lib/schema.ts', 'src/lib/money.ts', 'src/lib/classification', 'content/classification', 'package-lock.json'];

/** A hash of every file the ingest's results depend on. */
export async function ingestVersion(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of VERSIONED) {
    const path = resolve(root, entry);
    const files = await readdir(path, { recursive: true, withFileTypes: true }).then(
      (list) => list.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)),
      () => [path],
    );
    for (const file of files.sort()) {
      hash.update(relative(root, file).split(sep).join('/'));
      hash.update(await readFile(file).catch(() => Buffer.from('')));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Entries as JSON files under `dir/<version>/`; a write lands whole or not at all. Synchronous
 * calls, as the ingest's other files (fs-effects.ts): a third of the CPU time of promises.
 */
export function fileCache(dir: string, version: string): IngestCache {
  const root = join(dir, version);
  const path = (key: string, extension = 'json') => join(root, key.slice(0, 2), `${key}.${extension}`);
  const folders = new Set<string>();
  const put = async (target: string, content: Uint8Array | string) => {
    const folder = join(target, '..');
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  };
  const read = async (file: string) => {
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  };
  return {
    async get(key) {
      const bytes = await read(path(key));
      try {
        return bytes && JSON.parse(bytes.toString('utf8'));
      } catch {
        return undefined;
      }
    },
    set: (key, value) => put(path(key), JSON.stringify(value)),
    getBytes: (key) => read(path(key, 'bin')),
    setBytes: (key, bytes) => put(path(key, 'bin'), bytes),
  };
}

/** A cache key from its parts. */
export function cacheKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * The cache with its writes done in the background, so that a slow disk does not hold up the
 * reading of the next report; what is being written is read back once written. A write that
 * fails leaves the entry out (it is made again when next needed). `settle` waits for them all.
 */
export function backgroundWrites(cache: IngestCache): IngestCache & { settle(): Promise<void> } {
  const pending = new Map<string, Promise<void>>();
  const track = (key: string, write: Promise<void>) => {
    const done: Promise<void> = write.catch(() => undefined).finally(() => {
      if (pending.get(key) === done) pending.delete(key);
    });
    pending.set(key, done);
    return Promise.resolve();
  };
  return {
    get: async (key) => (await pending.get(key), cache.get(key)),
    getBytes: async (key) => (await pending.get(key), cache.getBytes(key)),
    set: (key, value) => track(key, cache.set(key, value)),
    setBytes: (key, bytes) => track(key, cache.setBytes(key, bytes)),
    settle: async () => void (await Promise.all(pending.values())),
  };
}

/**
 * Several texts as one cache entry (one file rather than several: creating files is what a
 * cold cache costs most): a first line listing each part's length in bytes, then the parts.
 */
export function packParts(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const encoded = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  return Buffer.concat([encoder.encode(`${JSON.stringify(encoded.map((p) => p.byteLength))}\n`), ...encoded]);
}

/** The parts of a packed entry (views into it); undefined when it is not one. */
export function unpackParts(packed: Uint8Array): Uint8Array[] | undefined {
  const end = packed.indexOf(0x0a);
  if (end < 0) return undefined;
  let lengths: unknown;
  try {
    lengths = JSON.parse(new TextDecoder().decode(packed.subarray(0, end)));
  } catch {
    return undefined;
  }
  if (!Array.isArray(lengths)) return undefined;
  const parts: Uint8Array[] = [];
  let at = end + 1;
  for (const length of lengths as number[]) {
    parts.push(packed.subarray(at, at + length));
    at += length;
  }
  return at === packed.byteLength ? parts : undefined;
}

const encoder = new TextEncoder();
