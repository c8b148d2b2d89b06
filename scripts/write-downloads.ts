// The downloads, written after `astro build` by streaming through the content files one
// department at a time, so memory does not grow with the corpus:
//   data/departments/<slug>/<year>.json        each department-year (the content file as is)
//   data/departments/<slug>/<year>-<kind>.csv  its figures by kind (download-tables.ts)
//   data/departments/<slug>.json               a department with all its years
//   data/years/<year>.jsonl                    every department-year of a year, one per line
//   data/years/<year>-<kind>.csv               every department's figures of a year by kind
//   data/expenditure.csv                       every function row of every year
//   data/all.json                              everything, compact
//   data/quality.csv                           every department-year's coverage and check counts (/quality/)
//   data/regions/<region>/<year>.csv           a region-year's table, as its page shows it (from content/site/)
//   data/datapackage.json                      what each file holds (Frictionless Data Package)
//
// Each output is kept between builds under the hash of what it is made from
// (downloads/output-store.ts): a department-year's files under its content file's bytes, a
// department's under its department-years', and each file across departments under the list
// of its parts. A rebuild makes only the outputs of the department-years that changed, puts
// the rest back from the store by hard links, and assembles each file across departments
// that holds a changed part from the stored parts, in the same order, so it is byte for byte
// what writing it afresh gives.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { csvHeader } from '../src/lib/csv.ts';
import { dataPackage } from '../src/lib/data-package.ts';
import { DOWNLOAD_TABLES, FUNCTION_TABLE } from '../src/lib/download-tables.ts';
import { SCHEMA_VERSION } from '../src/lib/schema.ts';
import type { RegionEntry } from '../src/lib/regions.ts';
import type { YearListing } from '../src/lib/year-listing.ts';
import { QUALITY_TABLE } from '../src/lib/quality-table.ts';
import { codeVersion } from './code-version.ts';
import { allJsonPart, csvHeaderOf, DEPARTMENT_FILES, departmentOutputs, departmentYearOutputs, YEAR_FILES } from './downloads/department-outputs.ts';
import { DistFiles, OutputStore, writeAll } from './downloads/output-store.ts';
import { REGION_LIST, regionFileName, regionTableFiles } from './downloads/region-tables.ts';

export const DOWNLOADS_CACHE_DIR = 'node_modules/.cache/portal-downloads';

export interface DownloadsOptions {
  /** Where outputs are kept between builds; false: none kept (every output made, as in a first build). */
  cache?: string | false;
}

export interface DownloadsWritten {
  departments: number;
  departmentYears: number;
  files: number;
  bytes: number;
  /** Department-years, departments and files across departments made by this build, and put back from the store. */
  made: number;
  reused: number;
}

/** A department-year's stored files. */
interface Part {
  key: string;
  dir: string;
  year: number;
}

export async function writeDownloads(contentDir: string, distDir: string, updated: string, options: DownloadsOptions = {}): Promise<DownloadsWritten> {
  const data = join(distDir, 'data');
  const version = await codeVersion(new URL(import.meta.url));
  // Without a cache the outputs go through a store of this build's own, inside dist/ (so links work), removed at the end.
  const storeRoot = options.cache === false ? join(distDir, '.downloads-store') : join(options.cache ?? DOWNLOADS_CACHE_DIR, hash(resolve(distDir)).slice(0, 16));
  if (options.cache === false) rmSync(storeRoot, { recursive: true, force: true });
  const store = new OutputStore(storeRoot);
  const out = new DistFiles();
  const names = (await readdir(join(contentDir, 'departments')).catch(() => [] as string[])).filter((n) => /-\d{4}\.json$/.test(n)).sort();
  const bySlug = new Map<string, string[]>();
  for (const name of names) {
    const slug = name.slice(0, -'-YYYY.json'.length);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  // Written afresh each time, so a department or year no longer in content/ leaves no file.
  for (const dir of ['departments', 'years', 'regions']) await rm(join(data, dir), { recursive: true, force: true });
  const parts: Part[] = [];
  const departments: { key: string; dir: string; parts: Part[] }[] = [];
  // Each stored department-year's year, in one file rather than read from each entry.
  const yearIndex = join(storeRoot, 'years.json');
  const yearOf = new Map(Object.entries(JSON.parse(await readFile(yearIndex, 'utf8').catch(() => '{}')) as Record<string, number>));
  const yearNow = new Map<string, number>();

  for (const [slug, files] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const texts: Buffer[] = [];
    const keys: string[] = [];
    const own: Part[] = [];
    for (const name of files.sort()) {
      const bytes = readFileSync(join(contentDir, 'departments', name));
      const key = hash(version, bytes);
      let year: number | undefined = yearOf.get(key);
      const dir = store.entry('years', key, () => {
        const made = departmentYearOutputs(bytes.toString('utf8'));
        year = Number(made.get(YEAR_FILES.year));
        return made;
      });
      year ??= Number(readFileSync(join(dir, YEAR_FILES.year), 'utf8'));
      yearNow.set(key, year);
      texts.push(bytes);
      keys.push(key);
      own.push({ key, dir, year });
      out.place(join(dir, YEAR_FILES.json), join(data, 'departments', slug, `${year}.json`));
      for (const table of DOWNLOAD_TABLES) out.place(join(dir, YEAR_FILES.csv(table.kind)), join(data, 'departments', slug, `${year}-${table.kind}.csv`));
    }
    const key = hash(version, 'department', ...keys);
    const dir = store.entry('departments', key, () => departmentOutputs(texts.map((t) => t.toString('utf8'))));
    out.place(join(dir, DEPARTMENT_FILES.json), join(data, 'departments', `${slug}.json`));
    departments.push({ key, dir, parts: own });
    parts.push(...own);
  }

  // The files across departments: each a header, its parts in department and file-name order, and a footer.
  const assemble = (path: string, keys: string[], header: string, each: (i: number) => (Buffer | string)[], footer = '') => {
    const stored = store.file(hash(version, path, ...keys), (fd) => {
      writeAll(fd, header);
      for (let i = 0; i < keys.length; i++) writeAll(fd, ...each(i));
      writeAll(fd, footer);
    });
    out.place(stored, join(data, path));
  };
  const rowsOf = (file: string, table: { columns: readonly { name: string }[] }) => {
    const header = Buffer.from(csvHeader(table.columns.map((c) => c.name)));
    return (part: Part) => {
      const bytes = readFileSync(join(part.dir, file));
      if (!bytes.subarray(0, header.length).equals(header)) throw new Error(`downloads: ${join(part.dir, file)} does not start with its header (a damaged cache: remove ${storeRoot})`);
      return bytes.subarray(header.length);
    };
  };
  const years = [...new Set(parts.map((p) => p.year))];
  for (const year of years) {
    const ofYear = parts.filter((p) => p.year === year);
    const keys = ofYear.map((p) => p.key);
    assemble(`years/${year}.jsonl`, keys, '', (i) => [readFileSync(join(ofYear[i].dir, YEAR_FILES.line))]);
    for (const table of DOWNLOAD_TABLES) {
      const rows = rowsOf(YEAR_FILES.csv(table.kind), table);
      assemble(`years/${year}-${table.kind}.csv`, keys, csvHeaderOf(table), (i) => [rows(ofYear[i])]);
    }
  }
  const allKeys = parts.map((p) => p.key);
  const functionRows = rowsOf(YEAR_FILES.csv(FUNCTION_TABLE.kind), FUNCTION_TABLE);
  assemble('expenditure.csv', allKeys, csvHeaderOf(FUNCTION_TABLE), (i) => [functionRows(parts[i])]);
  assemble('quality.csv', allKeys, csvHeaderOf(QUALITY_TABLE), (i) => [readFileSync(join(parts[i].dir, YEAR_FILES.quality))]);
  const departmentPart = ({ dir, parts: own }: (typeof departments)[number]) =>
    allJsonPart(readFileSync(join(dir, DEPARTMENT_FILES.department)), own.map((p) => readFileSync(join(p.dir, YEAR_FILES.line))));
  assemble('all.json', departments.map((d) => d.key), `{"schemaVersion":${SCHEMA_VERSION},"departments":[`, (i) => [...(i ? [','] : []), ...departmentPart(departments[i])], ']}\n');

  // The region tables, all from the site index: made again only when it changed.
  const site = ['years.json', 'regions.json'].map((name) => readFileSync(join(contentDir, 'site', name)));
  const regions = store.entry('regions', hash(version, 'regions', ...site), () => regionTableFiles(...(site.map((b) => JSON.parse(b.toString('utf8'))) as [YearListing[], RegionEntry[]])));
  const regionFiles = JSON.parse(readFileSync(join(regions, REGION_LIST), 'utf8')) as string[];
  for (const path of regionFiles) out.place(join(regions, regionFileName(path)), join(data, path));
  out.write(join(data, 'datapackage.json'), `${JSON.stringify(dataPackage([...years].sort(), updated, regionFiles), null, 2)}\n`);
  writeFileSync(`${yearIndex}.tmp-${process.pid}`, JSON.stringify(Object.fromEntries(yearNow)));
  renameSync(`${yearIndex}.tmp-${process.pid}`, yearIndex);
  store.prune();
  if (options.cache === false) rmSync(storeRoot, { recursive: true, force: true });
  return { departments: departments.length, departmentYears: parts.length, files: out.files, bytes: out.bytes, made: store.made, reused: store.reused };
}

function hash(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
}

export function describeDownloads(w: DownloadsWritten): string {
  return `downloads: ${w.files} files (${(w.bytes / 1e6).toFixed(1)} MB) for ${w.departments} departments, ${w.departmentYears} department-years; ${w.made} outputs made, ${w.reused} unchanged, put back from the cache`;
}
