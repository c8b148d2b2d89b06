// Index the built site with Pagefind's Node API (the npm package runs the extended
// binary, which segments Chinese text). Each page is read, prepared for the index
// (search/prepare-page.ts: amounts masked, words split as browsers split queries) and
// handed to Pagefind as if it were the file on disk; which parts of a page count is
// decided by the pages' data-pagefind-* attributes.
//
// Pagefind's binary holds about half a megabyte per page until it writes the index (3.5 GB for
// 6,000 pages) and cannot update an index. So the pages are indexed in bundles of about
// `bundlePages` (default 500), each by a child process with a Pagefind binary of its own (as
// many at once as there are cores: preparing pages and indexing them both take CPU), and the bundles are
// merged into one index in dist/pagefind/ (search/merge-index.ts): memory follows the largest
// bundles indexed at once, and the browser searches one index, as if one process had indexed every page.
// A bundle whose pages did not change (the same pages, byte for byte, and the same indexing
// code) is reused from the cache; a rebuild indexes only the bundles holding a changed page.
// Pages are grouped so that what changes together stays together: a department's pages (the
// department and its years) in one bundle, the subjects of one 类 in one, other pages by
// section. Which bundle a group falls in is a hash of its name, so adding a department moves
// no other department (until a family of pages outgrows its number of bundles).
//
// Two indexes come out. dist/pagefind/ holds every page but departments' earlier years: each
// department's page, its latest year, subjects and the rest, and is what a search loads first;
// dist/pagefind/earlier/ holds the earlier years, merged into a search in the browser when the
// visitor asks for them (src/client/search.ts). A first search then loads a third of the pages'
// metadata and word lists at five years a department. Both indexes list every word of both:
// Pagefind leaves a query word out of an index that has no such word at all (芦淞区 would match
// every page with 区), while a word listed with no pages finds none there.
import * as pagefind from 'pagefind';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from './code-version.ts';
import { mergePagefindIndexes } from './search/merge-index.ts';
import { prepareForIndex } from './search/prepare-page.ts';

export const SEARCH_CACHE_DIR = 'node_modules/.cache/portal-search';
/** About the most pages one Pagefind process indexes (its binary holds about 0.5 MB a page), small enough that a rebuild re-indexes little. */
export const BUNDLE_PAGES = 500;

export interface SearchIndexOptions {
  /** Where indexed bundles are kept between builds; false: index every bundle. */
  cache?: string | false;
  /** About the most pages in a bundle (default BUNDLE_PAGES). */
  bundlePages?: number;
}

export interface SearchBundle {
  /** Its family of pages and, when the family needs more than one bundle, its number: "departments-3", "subjects". */
  name: string;
  pages: number;
  /** Reused from the cache: its pages are the ones it was indexed from. */
  reused: boolean;
}

export interface SearchIndex {
  /** Pages in both indexes. */
  pages: number;
  /** Words, the same list in both indexes. */
  words: number;
  /** Departments' earlier years, in the index under EARLIER_INDEX. */
  earlierPages: number;
  bundles: SearchBundle[];
}

/** The index of departments' earlier years, a folder of dist/pagefind/. */
export const EARLIER_INDEX = 'earlier';

export async function buildSearchIndex(dist: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const out = join(dist, 'pagefind');
  const cacheRoot = options.cache === false ? await mkdtemp(join(tmpdir(), 'portal-search-')) : join(options.cache ?? SEARCH_CACHE_DIR, hash(resolve(dist)).slice(0, 16));
  try {
    // The indexing code and Pagefind's version: a change to either indexes every bundle again.
    const version = await codeVersion(new URL(import.meta.url));
    await rm(out, { recursive: true, force: true });
    const { html, indexed } = await indexedFiles(dist);
    if (indexed.size === 0 && html > 0) throw new Error('pagefind: no page is marked data-pagefind-body (src/layouts/BaseLayout.astro marks the pages to index)');
    const groups = bundlesOf([...indexed.keys()], options.bundlePages ?? BUNDLE_PAGES);
    const bundles: SearchBundle[] = [];
    const stale: { name: string; files: string[]; key: string }[] = [];
    for (const [name, files] of groups) {
      const key = bundleKey(files, indexed, version);
      const reused = (await readFile(join(cacheRoot, name, 'key'), 'utf8').catch(() => '')) === key;
      bundles.push({ name, pages: files.length, reused });
      if (!reused) stale.push({ name, files, key });
    }
    // Both halves of indexing take CPU (this process prepares each page, Pagefind's binary indexes
    // it), so the bundles are indexed by child processes, as many at once as there are cores.
    await eachAtOnce(stale, availableParallelism(), async ({ name, files, key }) => {
      const folder = join(cacheRoot, name);
      await rm(folder, { recursive: true, force: true });
      await indexInChild(dist, files, join(folder, 'files'));
      await writeFile(join(folder, 'key'), key);
    });
    // Bundles of an earlier split that this one no longer has can never be read again.
    for (const old of await readdir(cacheRoot).catch(() => [])) if (!groups.has(old)) await rm(join(cacheRoot, old), { recursive: true, force: true });
    if (!bundles.length) return { pages: 0, words: 0, earlierPages: 0, bundles };
    const dirs = (earlier: boolean) => bundles.filter((b) => isEarlier(b.name) === earlier).map((b) => join(cacheRoot, b.name, 'files'));
    const [latest, earlier] = [dirs(false), dirs(true)];
    const merged = await mergePagefindIndexes(latest, out, { vocabulary: earlier });
    const past = earlier.length ? await mergePagefindIndexes(earlier, join(out, EARLIER_INDEX), { vocabulary: latest, library: false }) : undefined;
    return { pages: merged.pages + (past?.pages ?? 0), words: merged.words, earlierPages: past?.pages ?? 0, bundles };
  } finally {
    if (options.cache === false) await rm(cacheRoot, { recursive: true, force: true });
  }
}

export function describeSearchIndex(index: SearchIndex): string {
  const reused = index.bundles.filter((b) => b.reused);
  const indexed = index.bundles.filter((b) => !b.reused);
  return `search: ${index.pages} pages (${index.earlierPages} earlier years of departments in pagefind/${EARLIER_INDEX}/), ${index.words} words, indexed in ${index.bundles.length} bundles and merged; ${indexed.length ? `indexed: ${indexed.map((b) => `${b.name} (${b.pages})`).join(', ')}` : 'none indexed'}${reused.length ? `; unchanged, reused: ${reused.length}` : ''}`;
}

/**
 * Pages by bundle, in name order. Four families: a department's page and latest year (grouped by
 * department), its earlier years (the same), subjects (grouped by 类, the first three digits) and
 * every other page (grouped by its first two path segments). A family has bundleCount bundles, and
 * a group goes to the bundle its name hashes to, so groups do not move when others are added.
 */
export function bundlesOf(files: string[], most: number): Map<string, string[]> {
  const latest = latestYears(files);
  const families = new Map<string, string[]>();
  for (const file of files) listAt(families, familyOf(file, latest)).push(file);
  const groups = new Map<string, string[]>();
  for (const [family, members] of families) {
    const parts = bundleCount(members.length, most);
    for (const file of members) listAt(groups, parts === 1 ? family : `${family}-${(fnv1a(groupOf(file)) % parts) + 1}`).push(file);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}

function listAt(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * How many bundles a family of n pages gets: the power of two that keeps them at `most` pages or
 * fewer on average. A power of two changes only when the family doubles, so adding pages does not
 * move every group to another bundle each time the family passes a multiple of `most`.
 */
export function bundleCount(pages: number, most: number): number {
  let parts = 1;
  while (pages > parts * most) parts *= 2;
  return parts;
}

/** "earlier" for a department's year before its latest, "departments" or "subjects" for another page below such a folder, else "pages". */
function familyOf(file: string, latest: Map<string, string>): string {
  const [first, second, ...below] = file.split('/');
  if (!below.length || (first !== 'departments' && first !== 'subjects')) return 'pages';
  const year = yearOf(file);
  return year && year < latest.get(second)! ? 'earlier' : first;
}

/** Each department's latest year with a page, by its folder name. */
function latestYears(files: string[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const file of files) {
    const year = yearOf(file);
    if (!year) continue;
    const department = file.split('/')[1];
    const known = latest.get(department);
    if (!known || year > known) latest.set(department, year);
  }
  return latest;
}

/** "2022" for a department-year page ("departments/<slug>/2022/index.html"). */
function yearOf(file: string): string | undefined {
  return /^departments\/[^/]+\/(\d{4})\/index\.html$/.exec(file)?.[1];
}

/** A bundle of departments' earlier years: indexed apart, searched when the visitor asks. */
function isEarlier(bundle: string): boolean {
  return bundle === 'earlier' || bundle.startsWith('earlier-');
}

function groupOf(file: string): string {
  const [first, second = ''] = file.split('/');
  return first === 'subjects' ? second.slice(0, 3) : `${first}/${second}`;
}

/** FNV-1a, 32 bits: a stable, well-spread number for a group's name. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

async function eachAtOnce<T>(items: T[], most: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(most, items.length)) }, worker));
}

/** `node scripts/search-index.ts --bundle <job.json>`: one bundle, in a process of its own. */
async function indexInChild(dist: string, files: string[], target: string): Promise<void> {
  const job = `${target}.job.json`;
  await mkdir(join(target, '..'), { recursive: true });
  await writeFile(job, JSON.stringify({ dist, files, target }));
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--bundle', job], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  await rm(job, { force: true });
  if (code !== 0) throw new Error(`pagefind: indexing ${files.length} pages (${files[0]} …) failed (exit ${code}): ${stderr.trim()}`);
}

/** One Pagefind process per bundle: its memory is returned when the bundle is written. */
export async function indexBundle(dist: string, files: string[], target: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const problems: string[] = [];
    const prepare = async (at: number): Promise<{ at: number; content: string } | undefined> =>
      at < files.length ? { at, content: prepareForIndex(await readFile(join(dist, files[at]), 'utf8')) } : undefined;
    // One page at a time: Pagefind numbers pages in the order they arrive, so concurrent adds
    // give a different index on every build (test/browser/reproducible.test.ts compares two).
    // While Pagefind's binary indexes one page, this process prepares the next.
    let pages = 0;
    for (let next = await prepare(0); next; ) {
      // A relative sourcePath: Pagefind derives the URL from it ("subjects/215/index.html" → "/subjects/215/").
      const adding = index.addHTMLFile({ sourcePath: files[next.at], content: next.content });
      next = await prepare(next.at + 1);
      problems.push(...(await adding).errors);
      pages++;
    }
    if (problems.length) throw new Error(`pagefind: ${problems.join('; ')}`);
    await mkdir(target, { recursive: true });
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** What a bundle is indexed from: its pages' paths and bytes, and the indexing code's version. */
function bundleKey(files: string[], digests: Map<string, string>, version: string): string {
  const h = createHash('sha256').update(version);
  for (const file of files) h.update(file).update('\0').update(digests.get(file)!).update('\0');
  return h.digest('hex');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The pages to index, relative to the build with "/", in a stable order, each with the sha256 of
 * its bytes: Pagefind indexes only the pages marked data-pagefind-body once any page has it, so
 * the others (a report's full text under /sources/) are not even handed over. Pagefind's own
 * output excluded.
 */
async function indexedFiles(dist: string): Promise<{ html: number; indexed: Map<string, string> }> {
  const all = (await readdir(dist, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => f.split(sep).join('/'))
    .sort();
  // /\sdata-pagefind-body(?=[\s=>/])/ on the bytes read as Latin-1, without making that text of every
  // page (970 MB at 5,000 department-years): the attribute found by its bytes, \s before it and [\s=>/] after.
  const attribute = Buffer.from('data-pagefind-body');
  const space = (byte: number | undefined) => byte === 32 || byte === 0xa0 || (byte !== undefined && byte >= 9 && byte <= 13);
  const marksBody = (bytes: Buffer) => {
    for (let at = bytes.indexOf(attribute, 1); at !== -1; at = bytes.indexOf(attribute, at + 1)) {
      const after = bytes[at + attribute.length];
      if (space(bytes[at - 1]) && (space(after) || after === 61 || after === 62 || after === 47)) return true;
    }
    return false;
  };
  const indexed = new Map<string, string>();
  for (const file of all) {
    const bytes = await readFile(join(dist, file));
    if (marksBody(bytes)) indexed.set(file, createHash('sha256').update(bytes).digest('hex'));
  }
  return { html: all.length, indexed };
}

if (import.meta.main && process.argv[2] === '--bundle') {
  const { dist, files, target } = JSON.parse(await readFile(process.argv[3], 'utf8')) as { dist: string; files: string[]; target: string };
  await indexBundle(dist, files, target);
}
