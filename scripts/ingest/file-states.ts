// What the ingest remembers about files between runs, so that an unchanged file need not be
// read again: a report's sha256, and what an output file was last written from. Each is kept
// under the file's state: inode, size, modification and change time (nanoseconds). A value
// is only used while the file's state is exactly as recorded; any difference, or a file that
// is gone, and the file is read (and hashed, or compared) as if nothing were remembered.
//
// Why this is safe, and where it is not:
// - Writing a file sets its change time (ctime) to the present, and no program can set it back
//   (`touch -d`, `cp -p`, `rsync -t` and `tar` set the modification time only), so a file
//   changed since it was hashed has another ctime, or (replaced by a new file) another inode.
// - Timestamps are coarse (a few milliseconds on ext4, 2 s on FAT): a file changed twice within
//   one tick keeps its times. A report's hash is therefore only remembered when the file's
//   times are at least SETTLED_MS older than the start of the run that read it: any later
//   change then gets a later ctime. A report written in the last seconds is hashed on every run until
//   it has settled.
// - An output file is remembered as soon as it is written: only a change to it by another
//   program within the same timestamp tick, leaving its size, would go unseen (the ingest's
//   outputs are its own; a stale one is put right when its inputs next change). A clock set
//   back, or a network file system whose clock runs behind, weakens both; `--no-cache` reads
//   and compares everything afresh.
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** How old a report's times must be before its hash is remembered under them. */
export const SETTLED_MS = 2000;

export interface FileStates {
  /** When this run began: a report's hash is remembered only when its times are SETTLED_MS older. */
  readonly now: number;
  /** The value remembered for a file in this state (undefined when the state differs or nothing is remembered). */
  get(path: string, state: string): string | undefined;
  /** Remember a value for the file in this state (kept by `save`). */
  set(path: string, state: string, value: string): void;
  /** Write what this run remembered, and only that: files not seen in this run are forgotten. */
  save(): Promise<void>;
}

/** A file's state (undefined when there is no such file), and whether its times have settled. */
export function stateOf(path: string, now: number): { state: string; settled: boolean } | undefined {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!s?.isFile()) return undefined;
  const newest = s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs;
  return { state: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, settled: newest < BigInt(now - SETTLED_MS) * 1_000_000n };
}

/** File states kept as one JSON file (`file`); a missing or unreadable one remembers nothing. */
export async function fileStates(file: string, now = Date.now()): Promise<FileStates> {
  const saved = await readFile(file, 'utf8').then((text) => JSON.parse(text) as Record<string, [string, string]>, () => ({}));
  const remembered = new Map(Object.entries(saved));
  const seen = new Map<string, [string, string]>();
  return {
    now,
    get(path, state) {
      const entry = seen.get(path) ?? remembered.get(path);
      return entry && entry[0] === state ? entry[1] : undefined;
    },
    set(path, state, value) {
      seen.set(path, [state, value]);
    },
    async save() {
      const temporary = `${file}.${process.pid}.tmp`;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(temporary, JSON.stringify(Object.fromEntries([...seen].sort(([a], [b]) => (a < b ? -1 : 1)))));
      await rename(temporary, file);
    },
  };
}
