// What the site index (scripts/site-index.ts) takes from each department-year, kept between
// builds so a rebuild reads, parses and validates only the content files that changed: each
// file's record (its listing and the parts the subject index and glossary read) under the
// digest of its bytes and the site index's code version, and each file's digest under its state
// (inode, size, times; scripts/ingest/file-states.ts says why that is safe for the ingest's own
// outputs). A file whose state is unknown, or whose record is gone, is read as if nothing were kept.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DepartmentYear, Table } from '../src/lib/schema.ts';
import type { YearListing } from '../src/lib/year-listing.ts';
import { fileStates, stateOf, type FileStates } from './ingest/file-states.ts';

export const SITE_CACHE_DIR = 'node_modules/.cache/portal-site';

/** The parts of a department-year the subject index and the glossary read. */
export type SiteEntry = Pick<DepartmentYear, 'department' | 'year' | 'expenditureByFunction' | 'budgetExecution' | 'glossary'> & { tables?: Pick<Table, 'kind' | 'title'>[] };

export interface SiteRecord {
  listing: YearListing;
  entry: SiteEntry;
}

export function siteEntryOf(entry: DepartmentYear): SiteEntry {
  return {
    department: entry.department,
    year: entry.year,
    tables: (entry.tables ?? []).map((t) => ({ kind: t.kind, title: t.title })),
    expenditureByFunction: entry.expenditureByFunction,
    budgetExecution: entry.budgetExecution,
    glossary: entry.glossary,
  };
}

export interface SiteRecords {
  /** The record kept for the file at `path` as it is now, if any. */
  get(path: string): SiteRecord | undefined;
  /** The record of the file at `path`, just read after `get` found none, with the digest of its bytes. */
  set(path: string, digest: string, record: SiteRecord): void;
  /** Keeps the records of the files seen in this run, and only those. */
  save(): Promise<void>;
}

/** Records kept for the content folder `contentDir` under `root`, for code of `version`; `false`: none kept. */
export async function siteRecords(root: string | false, contentDir: string, version: string): Promise<SiteRecords> {
  if (root === false) return { get: () => undefined, set: () => {}, save: async () => {} };
  const dir = join(root, createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16));
  const file = join(dir, 'records.json');
  const saved = await readFile(file, 'utf8').then((text) => JSON.parse(text) as { version: string; records: Record<string, SiteRecord> }, () => undefined);
  const known = new Map(saved?.version === version ? Object.entries(saved.records) : []);
  const states: FileStates = await fileStates(join(dir, 'states.json'));
  const used = new Map<string, SiteRecord>();
  const stateBefore = new Map<string, string | undefined>();
  let added = false;
  return {
    get(path) {
      const now = stateOf(path, states.now);
      // The state before the file is read: `set` remembers the digest under it, so a file changed
      // while it was being read is read again next time.
      stateBefore.set(path, now?.state);
      const digest = now && states.get(path, now.state);
      const record = digest ? (used.get(digest) ?? known.get(digest)) : undefined;
      if (!record) return undefined;
      states.set(path, now!.state, digest!);
      used.set(digest!, record);
      return record;
    },
    set(path, digest, record) {
      // Remembered at once, as the ingest remembers the files it writes (file-states.ts): the
      // content files are the ingest's own output, written moments before this step reads them.
      const state = stateBefore.get(path);
      if (state) states.set(path, state, digest);
      if (!known.has(digest)) added = true;
      used.set(digest, record);
    },
    async save() {
      await mkdir(dir, { recursive: true });
      await states.save();
      if (!added && used.size === known.size) return;
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ version, records: Object.fromEntries(used) }));
      await rename(temporary, file);
    },
  };
}
