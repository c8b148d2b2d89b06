// An ingest that remembers: what it parsed from a file, keyed by the file's path and bytes and
// by the ingest's own version (a hash of its code and reference data), so an unchanged report
// is never parsed again; and the department-years it built, keyed by every document they
// come from. A changed report, or a changed ingest, misses the cache and is read afresh.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface IngestCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
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

/** Entries as JSON files under `dir/<version>/`; a write lands whole or not at all. */
export function fileCache(dir: string, version: string): IngestCache {
  const root = join(dir, version);
  const path = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(path(key), 'utf8'));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const target = path(key);
      await mkdir(join(target, '..'), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(value));
      await rename(temporary, target);
    },
  };
}

/** A cache key from its parts. */
export function cacheKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}
