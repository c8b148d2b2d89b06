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
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { csvHeader, csvLines } from '../src/lib/csv.ts';
import { dataPackage } from '../src/lib/data-package.ts';
import { DOWNLOAD_TABLES, FUNCTION_TABLE, REGION_TABLE, type DownloadTable } from '../src/lib/download-tables.ts';
import { SCHEMA_VERSION, type DepartmentYear } from '../src/lib/schema.ts';
import { byRegionYear, regionYearKey, type RegionEntry } from '../src/lib/regions.ts';
import { regionTable } from '../src/lib/region-table.ts';
import type { YearListing } from '../src/lib/year-listing.ts';
import { QUALITY_TABLE } from '../src/lib/quality-table.ts';

export interface DownloadsWritten {
  departments: number;
  departmentYears: number;
  files: number;
  bytes: number;
}

/** A file written piece by piece, waiting when the disk falls behind. */
class Sink {
  private readonly stream: WriteStream;
  readonly path: string;
  bytes = 0;
  constructor(path: string) {
    this.path = path;
    this.stream = createWriteStream(path);
  }
  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

const csvHeaderOf = (table: DownloadTable) => csvHeader(table.columns.map((c) => c.name));
const csvBody = (table: DownloadTable, rows: readonly Record<string, string>[]) => csvLines(rows, table.columns.map((c) => c.name));

export async function writeDownloads(contentDir: string, distDir: string, updated: string): Promise<DownloadsWritten> {
  const data = join(distDir, 'data');
  const names = (await readdir(join(contentDir, 'departments')).catch(() => [] as string[])).filter((n) => /-\d{4}\.json$/.test(n)).sort();
  const bySlug = new Map<string, string[]>();
  for (const name of names) {
    const slug = name.slice(0, -'-YYYY.json'.length);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  // Written afresh each time, so a department or year no longer in content/ leaves no file.
  for (const dir of ['departments', 'years', 'regions']) await rm(join(data, dir), { recursive: true, force: true });
  await mkdir(join(data, 'years'), { recursive: true });
  const sinks = new Map<string, Sink>();
  const sink = async (path: string, header = '') => {
    let s = sinks.get(path);
    if (!s) {
      await mkdir(dirname(path), { recursive: true });
      sinks.set(path, (s = new Sink(path)));
      if (header) await s.write(header);
    }
    return s;
  };
  const written = { departments: 0, departmentYears: 0, files: 0, bytes: 0 };
  const file = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    written.files++;
    written.bytes += Buffer.byteLength(text);
  };
  const all = await sink(join(data, 'all.json'), `{"schemaVersion":${SCHEMA_VERSION},"departments":[`);
  const expenditure = await sink(join(data, 'expenditure.csv'), csvHeaderOf(FUNCTION_TABLE));
  const quality = await sink(join(data, 'quality.csv'), csvHeaderOf(QUALITY_TABLE));
  const years = new Set<number>();

  for (const [slug, files] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entries: DepartmentYear[] = [];
    for (const name of files.sort()) {
      const text = await readFile(join(contentDir, 'departments', name), 'utf8');
      const entry = JSON.parse(text) as DepartmentYear;
      entries.push(entry);
      years.add(entry.year);
      await file(join(data, 'departments', slug, `${entry.year}.json`), text);
      for (const table of DOWNLOAD_TABLES) {
        const rows = table.rows(entry);
        await file(join(data, 'departments', slug, `${entry.year}-${table.kind}.csv`), csvHeaderOf(table) + csvBody(table, rows));
        await (await sink(join(data, 'years', `${entry.year}-${table.kind}.csv`), csvHeaderOf(table))).write(csvBody(table, rows));
        if (table === FUNCTION_TABLE) await expenditure.write(csvBody(table, rows));
      }
      await (await sink(join(data, 'years', `${entry.year}.jsonl`))).write(`${JSON.stringify(entry)}\n`);
      await quality.write(csvBody(QUALITY_TABLE, QUALITY_TABLE.rows(entry)));
      written.departmentYears++;
    }
    const download = { schemaVersion: SCHEMA_VERSION, department: entries.at(-1)!.department, years: entries };
    await file(join(data, 'departments', `${slug}.json`), `${JSON.stringify(download, null, 2)}\n`);
    await all.write(`${written.departments ? ',' : ''}${JSON.stringify(download)}`);
    written.departments++;
  }
  await all.write(']}\n');
  for (const s of sinks.values()) {
    await s.close();
    written.files++;
    written.bytes += s.bytes;
  }
  const regionFiles = await writeRegionTables(contentDir, data, file);
  await file(join(data, 'datapackage.json'), `${JSON.stringify(dataPackage([...years].sort(), updated, regionFiles), null, 2)}\n`);
  return written;
}

/**
 * Every region-year's table, from the site index (content/site/) as its page reads it, so the
 * CSV and the page hold the same rows. Returns the files written, relative to data/.
 */
async function writeRegionTables(contentDir: string, data: string, file: (path: string, text: string) => Promise<void>): Promise<string[]> {
  const site = (name: string) => readFile(join(contentDir, 'site', name), 'utf8').then((text) => JSON.parse(text) as unknown[]);
  const listings = (await site('years.json')) as YearListing[];
  const regions = (await site('regions.json')) as RegionEntry[];
  const groups = byRegionYear(listings);
  const bySlugYear = new Map(listings.map((l) => [`${l.department.slug}|${l.year}`, l]));
  const written: string[] = [];
  const columns = REGION_TABLE.columns.map((c) => c.name);
  for (const region of regions) {
    for (const { year } of region.years) {
      const table = regionTable(groups.get(regionYearKey(region.names, year)) ?? [], (slug, y) => bySlugYear.get(`${slug}|${y}`));
      const path = `regions/${region.slug}/${year}.csv`;
      await file(join(data, path), csvHeader(columns) + csvLines(REGION_TABLE.rows(table), columns));
      written.push(path);
    }
  }
  return written;
}

export function describeDownloads(w: DownloadsWritten): string {
  return `downloads: ${w.files} files (${(w.bytes / 1e6).toFixed(1)} MB) for ${w.departments} departments, ${w.departmentYears} department-years`;
}
