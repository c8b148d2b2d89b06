// The site's index of the content, written before `astro build` into content/site/ by one pass
// over content/departments/, one department-year at a time:
//   site/years.json            what the lists know about every department-year (year-listing.ts)
//   site/subjects.json         every 支出功能分类 code with its names, place in the tree and reach
//   site/subjects/<code>.json  the department-years under one code, with their amounts
//   site/glossary.json         the reports' 名词解释, one entry per term
//   site/regions.json          every region the reports name, nested, with its years (regions.ts)
// The pages read these (src/lib/content-store.ts) and open a department-year only to show it,
// so no page, and no bundle, holds the whole corpus. Each department-year is validated against
// the contract here: a file that does not match stops the build, naming the file and the field.
// What it takes from each file is kept between builds (scripts/site-records.ts), so a rebuild
// reads only the content files that changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { departmentYear } from '../src/lib/schema.ts';
import { listYear, type YearListing } from '../src/lib/year-listing.ts';
import { SubjectIndexBuilder, subjectReach, type Subject } from '../src/lib/subject-index.ts';
import { GlossaryBuilder } from '../src/lib/glossary.ts';
import { functionalEntry, resolvePath } from '../src/lib/classification/functional.ts';
import type { SubjectEntry } from '../src/lib/content-store.ts';
import { buildRegions } from '../src/lib/regions.ts';
import { regionSlug } from './ingest/slug.ts';
import { codeVersion } from './code-version.ts';
import { SITE_CACHE_DIR, siteEntryOf, siteRecords, type SiteRecord } from './site-records.ts';

export interface SiteIndexOptions {
  /** Where each file's record is kept between builds (default SITE_CACHE_DIR); false: every file read. */
  cache?: string | false;
}

export interface SiteIndexWritten {
  departmentYears: number;
  subjects: number;
  regions: number;
  /** Files whose bytes changed (written) out of all files of the index. */
  changed: number;
  files: number;
}

const digestOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Content file names in the order every list uses: by slug, then year. */
async function contentFiles(contentDir: string): Promise<string[]> {
  const names = (await readdir(join(contentDir, 'departments')).catch(() => [] as string[])).filter((n) => /-\d{4}\.json$/.test(n));
  const key = (n: string) => [n.slice(0, -'-YYYY.json'.length), n.slice(-'YYYY.json'.length, -'.json'.length)] as const;
  return names.sort((a, b) => {
    const [sa, ya] = key(a);
    const [sb, yb] = key(b);
    return sa < sb ? -1 : sa > sb ? 1 : ya < yb ? -1 : ya > yb ? 1 : 0;
  });
}

export async function writeSiteIndex(contentDir: string, options: SiteIndexOptions = {}): Promise<SiteIndexWritten> {
  const listings: YearListing[] = [];
  const subjects = new SubjectIndexBuilder();
  const glossary = new GlossaryBuilder();
  const records = await siteRecords(options.cache ?? SITE_CACHE_DIR, contentDir, await codeVersion(new URL(import.meta.url)));
  for (const name of await contentFiles(contentDir)) {
    const path = join(contentDir, 'departments', name);
    const record = records.get(path) ?? (await readRecord(path, records.set));
    listings.push(record.listing);
    subjects.add(record.entry);
    glossary.add(record.entry);
  }
  await records.save();

  const site = join(contentDir, 'site');
  await mkdir(join(site, 'subjects'), { recursive: true });
  const written = { departmentYears: listings.length, subjects: 0, regions: 0, changed: 0, files: 0 };
  const write = async (path: string, text: string) => {
    written.files++;
    const before = await readFile(path, 'utf8').catch(() => undefined);
    if (before === text) return;
    await writeFile(path, text);
    written.changed++;
  };
  // One item per line: a changed department-year changes one line of the file.
  const lines = (items: readonly unknown[]) => `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`;

  await write(join(site, 'years.json'), lines(listings));
  const index: SubjectEntry[] = [];
  const keep = new Set<string>();
  for (const subject of subjects.finish((code) => {
    const known = functionalEntry(code);
    return known && { name: known.name, aliases: known.aliases, parent: known.parent };
  })) {
    const { uses, ...rest } = subject;
    const text = lines(uses);
    index.push({ ...rest, reach: subjectReach(subject as Subject), digest: digestOf(text) });
    keep.add(`${subject.code}.json`);
    await write(join(site, 'subjects', `${subject.code}.json`), text);
  }
  for (const stale of (await readdir(join(site, 'subjects'))).filter((n) => !keep.has(n))) await rm(join(site, 'subjects', stale));
  written.subjects = index.length;
  await write(join(site, 'subjects.json'), lines(index));
  const regions = buildRegions(listings, regionSlug);
  written.regions = regions.length;
  await write(join(site, 'regions.json'), lines(regions));
  await write(join(site, 'glossary.json'), lines(glossary.finish().map((g) => {
    const code = g.subjectPath ? resolvePath(g.subjectPath) : undefined;
    return code ? { ...g, code } : g;
  })));
  return written;
}

/** A content file read, validated against the contract and taken apart for the index. */
async function readRecord(path: string, keep: (path: string, digest: string, record: SiteRecord) => void): Promise<SiteRecord> {
  const bytes = await readFile(path);
  const parsed = departmentYear.safeParse(JSON.parse(bytes.toString('utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}（内容文件与数据约定不符）`);
  }
  const digest = digestOf(bytes);
  const record = { listing: listYear(parsed.data, digest), entry: siteEntryOf(parsed.data) };
  keep(path, digest, record);
  return record;
}

export function describeSiteIndex(w: SiteIndexWritten): string {
  return `site index: ${w.departmentYears} department-years, ${w.subjects} subjects, ${w.regions} regions; ${w.changed} of ${w.files} files changed`;
}
