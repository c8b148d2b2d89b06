// The one place pages read the content. Lists read the site index (content/site/, written by
// scripts/site-index.ts before `astro build`); a page that shows a department-year, a
// department or a subject opens just those files. Nothing here goes through Astro's content
// store, so neither the bundle nor any page holds the whole corpus: a build's memory follows
// the largest page, not the number of reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { getCollection } from 'astro:content';
import type { DepartmentYear } from './schema.ts';
import type { IngestFile } from './ingest-report.ts';
import { yearListing, type YearListing } from './year-listing.ts';
import type { Subject, SubjectTotal, SubjectUse } from './subject-index.ts';
import type { GlossaryEntry } from './glossary.ts';
import { byRegionYear, regionEntry, regionYearKey, type RegionEntry } from './regions.ts';

/** A subject as the index lists it: everything but its uses, with how many use it. */
export interface SubjectEntry extends Omit<Subject, 'uses'> {
  reach: SubjectTotal;
  /** sha256 (first 16 hex digits) of its uses file: what its page depends on. */
  digest: string;
}

const contentDir = () => process.env.PORTAL_CONTENT ?? 'content';

function readSite<T>(path: string): T {
  const file = join(contentDir(), 'site', path);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}（网站索引缺失或损坏：请先运行 npm run build，它在 astro build 之前写出 content/site/）`);
  }
}

/** A file of the site index, checked against its schema: a mismatch names the file and the field. */
function readSiteChecked<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(readSite<unknown>(path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${join(contentDir(), 'site', path)}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

let listings: YearListing[] | undefined;

/** Every department-year as the lists know it, sorted by slug, then year. */
export function yearListings(): YearListing[] {
  listings ??= readSiteChecked('years.json', z.array(yearListing));
  return listings;
}

// The department-years read last: the pages of one department are built one after another.
const recent = new Map<string, DepartmentYear>();
const RECENT = 32;

/** One department-year, as the ingest wrote it (validated against the contract by scripts/site-index.ts). */
export function departmentYearOf(slug: string, year: number): DepartmentYear {
  const key = `${slug}-${year}`;
  let entry = recent.get(key);
  if (entry) {
    recent.delete(key);
  } else {
    entry = JSON.parse(readFileSync(join(contentDir(), 'departments', `${key}.json`), 'utf8')) as DepartmentYear;
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, entry);
  return entry;
}

let bySlug: Map<string, YearListing[]> | undefined;

/** The listings of one department's years, ascending. */
export function listingsOf(slug: string): YearListing[] {
  if (!bySlug) {
    bySlug = new Map();
    for (const l of yearListings()) {
      const list = bySlug.get(l.department.slug);
      if (list) list.push(l);
      else bySlug.set(l.department.slug, [l]);
    }
  }
  return bySlug.get(slug) ?? [];
}

/** Every year of one department, ascending. */
export function departmentYearsOf(slug: string): DepartmentYear[] {
  return listingsOf(slug).map((l) => departmentYearOf(slug, l.year));
}

/** What every page of a department shows: the content of each of its years (cacheKey). */
export function departmentDigest(slug: string): string[] {
  return listingsOf(slug).map((l) => `${l.year}:${l.digest}`);
}

/** The listing of one department-year, if the site has it. */
export function listingOf(slug: string, year: number): YearListing | undefined {
  return listingsOf(slug).find((l) => l.year === year);
}

let regions: RegionEntry[] | undefined;

/** Every region the reports name, parents before children (content/site/regions.json). */
export function regionIndex(): RegionEntry[] {
  regions ??= readSiteChecked('regions.json', z.array(regionEntry));
  return regions;
}

let regionsByKey: Map<string, RegionEntry> | undefined;

/** The region of these names (["株洲市", "芦淞区"]), or of its slug. */
export function regionOf(namesOrSlug: readonly string[] | string): RegionEntry | undefined {
  if (!regionsByKey) {
    regionsByKey = new Map();
    for (const r of regionIndex()) regionsByKey.set(r.slug, r).set(`/${r.names.join('/')}`, r);
  }
  return regionsByKey.get(typeof namesOrSlug === 'string' ? namesOrSlug : `/${namesOrSlug.join('/')}`);
}

let regionYears: Map<string, YearListing[]> | undefined;

/** The department-years of a region in one year, its sub-regions' included, in listing order. */
export function regionYearListings(region: RegionEntry, year: number): YearListing[] {
  regionYears ??= byRegionYear(yearListings());
  return regionYears.get(regionYearKey(region.names, year)) ?? [];
}

let subjects: SubjectEntry[] | undefined;

/** Every subject code that any department-year uses, with its ancestors, in code order. */
export function subjectIndex(): SubjectEntry[] {
  subjects ??= readSite<SubjectEntry[]>('subjects.json');
  return subjects;
}

/** One subject with the department-years under it. */
export function subjectOf(entry: SubjectEntry): Subject {
  const { reach: _reach, digest: _digest, ...subject } = entry;
  return { ...subject, uses: readSite<SubjectUse[]>(join('subjects', `${entry.code}.json`)) };
}

let terms: GlossaryEntry[] | undefined;

/** The reports' 名词解释, one entry per term. */
export function glossary(): GlossaryEntry[] {
  terms ??= readSite<GlossaryEntry[]>('glossary.json');
  return terms;
}

let ingest: Promise<IngestFile[]> | undefined;

/** Every input file of the ingest with its status and messages (content/ingest-report.json). */
export function ingestFiles(): Promise<IngestFile[]> {
  ingest ??= getCollection('ingestFiles').then((entries) => entries.map((e) => e.data as IngestFile).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  return ingest;
}
