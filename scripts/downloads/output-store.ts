// Where the downloads are kept between builds: each output under the hash of exactly what it
// is made from (its content files' bytes and the writer's code version), so an output whose
// inputs did not change is put back into dist/ by a hard link instead of being made again.
//
// The store is written only through new files renamed into place, and dist/ only by
// unlinking a path before placing a file there, so nothing ever writes into a file the store
// shares with dist/ (after the downloads, only Pagefind (dist/pagefind/) and the link check
// (reads) run, and `astro build` empties dist/ by unlinking). Entries this build did not use
// are removed at the end, so the store holds one build's outputs.
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Shelf = 'years' | 'departments' | 'regions' | 'aggregates';
const SHELVES: Shelf[] = ['years', 'departments', 'regions', 'aggregates'];

export class OutputStore {
  readonly root: string;
  private readonly used = new Map<Shelf, Set<string>>(SHELVES.map((s) => [s, new Set()]));
  private readonly temporary = `.tmp-${process.pid}`;
  made = 0;
  reused = 0;

  constructor(root: string) {
    this.root = root;
    for (const shelf of SHELVES) mkdirSync(join(root, shelf), { recursive: true });
  }

  /** The folder of files stored under `key`, made by `make` unless already there. */
  entry(shelf: Exclude<Shelf, 'aggregates'>, key: string, make: () => Map<string, string>): string {
    const dir = join(this.root, shelf, key);
    this.used.get(shelf)!.add(key);
    if (existsSync(dir)) {
      this.reused++;
      return dir;
    }
    const partial = dir + this.temporary;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial);
    for (const [name, text] of make()) writeFileSync(join(partial, name), text);
    renameSync(partial, dir);
    this.made++;
    return dir;
  }

  /** A file stored under `key`, written by `write` (given a file descriptor) unless already there. */
  file(key: string, write: (fd: number) => void): string {
    const path = join(this.root, 'aggregates', key);
    this.used.get('aggregates')!.add(key);
    if (existsSync(path)) {
      this.reused++;
      return path;
    }
    const partial = path + this.temporary;
    const fd = openSync(partial, 'w');
    try {
      write(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
    this.made++;
    return path;
  }

  /** Removes every entry this build did not use. */
  prune(): void {
    for (const shelf of SHELVES) {
      const used = this.used.get(shelf)!;
      for (const name of readdirSync(join(this.root, shelf))) if (!used.has(name)) rmSync(join(this.root, shelf, name), { recursive: true, force: true });
    }
  }
}

/**
 * The files the downloads put into dist/, counted. Each is a new directory entry: whatever was
 * at its path is unlinked first, never written into, as it may be a link to a stored file.
 */
export class DistFiles {
  files = 0;
  bytes = 0;
  private readonly dirs = new Set<string>();

  /** A stored file at `target`: a hard link (no bytes copied), or a copy where a link cannot be made (another file system). */
  place(stored: string, target: string): void {
    this.makeDir(target);
    try {
      linkSync(stored, target);
    } catch (error) {
      // Something is there already (a build over the last one without `astro build` emptying dist/): unlink it, never write into it.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        rmSync(target, { force: true });
        return this.place(stored, target);
      }
      copyFileSync(stored, target);
    }
    this.count(statSync(target).size);
  }

  /** `text` at `target`, written afresh. */
  write(target: string, text: string): void {
    this.makeDir(target);
    rmSync(target, { force: true });
    writeFileSync(target, text);
    this.count(Buffer.byteLength(text));
  }

  private makeDir(target: string): void {
    const dir = dirname(target);
    if (!this.dirs.has(dir)) mkdirSync(dir, { recursive: true });
    this.dirs.add(dir);
  }

  private count(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }
}

/** Writes buffers or text to a file descriptor, whole, in order (in one write). */
export function writeAll(fd: number, ...pieces: (Buffer | string)[]): void {
  const buffer = pieces.length === 1 && typeof pieces[0] !== 'string' ? pieces[0] : Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at);
}
