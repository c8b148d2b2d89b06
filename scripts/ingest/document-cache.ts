// An ingest that remembers: what it parsed from a file, keyed by the file's path and bytes and
// by the ingest's own version (a hash of its code and reference data), so an unchanged report
// is never parsed again; and the department-years it built, keyed by every document they
// come from. A changed report, or a changed ingest, misses the cache and is read afresh.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writevSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface IngestCache {
  /**
   * An entry: one or more byte strings kept as they are, as one file (creating files is what a
   * cold cache costs most), each read back alone, on a buffer of its own, so a part that goes
   * on to a worker is handed over rather than copied.
   */
  setParts(key: string, parts: readonly Uint8Array[]): Promise<void>;
  getPart(key: string, index: number): Promise<Uint8Array | undefined>;
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
 * Entries as files under `dir/<version>/`; a write lands whole or not at all. Synchronous
 * calls, as the ingest's other files (fs-effects.ts): a third of the CPU time of promises.
 */
export function fileCache(dir: string, version: string): IngestCache {
  const root = join(dir, version);
  const path = (key: string) => join(root, key.slice(0, 2), `${key}.bin`);
  const folders = new Set<string>();
  const put = async (target: string, content: readonly Uint8Array[]) => {
    const folder = join(target, '..');
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const temporary = `${target}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeAllv(fd, content);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  };
  return {
    setParts: (key, parts) => put(path(key), [encoder.encode(`${JSON.stringify(parts.map((p) => p.byteLength))}\n`), ...parts]),
    getPart: async (key, index) => readPart(path(key), index),
  };
}

/** Every byte of `buffers` written to `fd`, in order, without joining them first. */
function writeAllv(fd: number, buffers: readonly Uint8Array[]): void {
  let rest = buffers.filter((b) => b.byteLength > 0);
  while (rest.length > 0) {
    let written = writevSync(fd, rest);
    while (rest.length > 0 && written >= rest[0].byteLength) written -= rest.shift()!.byteLength;
    if (rest.length > 0) rest[0] = rest[0].subarray(written);
  }
}

/** The part of a parts file (its first line lists each part's length in bytes), read alone; undefined when it is not one whole. */
function readPart(file: string, index: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const head = new Uint8Array(Math.min(size, 1024));
    const headRead = readSync(fd, head, 0, head.byteLength, 0);
    const end = head.subarray(0, headRead).indexOf(0x0a);
    if (end < 0) return undefined;
    const lengths: unknown = JSON.parse(new TextDecoder().decode(head.subarray(0, end)));
    if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
    if (end + 1 + lengths.reduce((a: number, b: number) => a + b, 0) !== size || index >= lengths.length) return undefined;
    const at = end + 1 + lengths.slice(0, index).reduce((a: number, b: number) => a + b, 0);
    // A part the first read holds already (a report's facts, most often) is not read again.
    if (at + lengths[index] <= headRead) return head.slice(at, at + lengths[index]);
    const part = new Uint8Array(lengths[index] as number);
    for (let done = 0; done < part.byteLength;) {
      const read = readSync(fd, part, done, part.byteLength - done, at + done);
      if (read === 0) return undefined;
      done += read;
    }
    return part;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const encoder = new TextEncoder();

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
    getPart: async (key, index) => (await pending.get(key), cache.getPart(key, index)),
    setParts: (key, parts) => track(key, cache.setParts(key, parts)),
    settle: async () => void (await Promise.all(pending.values())),
  };
}
