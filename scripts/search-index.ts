// Index the built site with Pagefind's Node API (the npm package runs the extended
// binary, which segments Chinese text). Each page is read, prepared for the index
// (search/prepare-page.ts: amounts masked, words split as browsers split queries) and
// handed to Pagefind as if it were the file on disk; which parts of a page count is
// decided by the pages' data-pagefind-* attributes.
//
// An index that did not change since the last build (the same pages, byte for byte, and the
// same indexing code) is copied from the cache instead of being indexed again.
//
// A site too large for one Pagefind process (its binary holds about half a megabyte per page
// until it writes the index: 3.5 GB for 6,000 pages) can be indexed in bundles
// (`npm run build -- --search-bundle-pages N`): dist/pagefind/ then holds every page but the
// department-years (departments, subjects, regions, lists), dist/pagefind/<name>/ the
// department-year pages of one or more consecutive years (at most N pages each; a larger year
// is cut into parts); the search page merges them all (src/client/pagefind-api.ts). Each
// bundle is indexed by a process of its own, so memory follows the largest bundle, and a
// bundle whose pages did not change is copied from the cache. The price, and why it is not
// the default: Pagefind leaves out of a bundle's search a word that bundle does not hold at
// all, so a query with a word missing from a whole bundle (a district that published nothing
// in those years) matches that bundle's pages on its other words (芦淞区 → 区).
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { prepareForIndex } from './search/prepare-page.ts';

const BODY = /\sdata-pagefind-body(?=[\s=>/])/;
const DEPARTMENT_YEAR = /^departments\/[^/]+\/(\d{4})\/index\.html$/;
export const SEARCH_CACHE_DIR = 'node_modules/.cache/portal-search';
/** The bundles the search page merges into the main one, relative to dist/pagefind/. */
export const BUNDLES_FILE = 'bundles.json';


export interface SearchIndexOptions {
  /** Where indexed bundles are kept between builds; false: index every bundle. */
  cache?: string | false;
  /** The most pages in a bundle; by default one bundle holds every page. */
  bundlePages?: number;
}

export interface SearchBundle {
  /** "" for the main bundle (dist/pagefind/), else its years ("2019-2021", "2023", "2023.2"; dist/pagefind/<name>/). */
  name: string;
  pages: number;
  /** Copied from the cache: its pages are the ones it was indexed from. */
  reused: boolean;
}

export interface SearchIndex {
  pages: number;
  bundles: SearchBundle[];
}

export async function buildSearchIndex(dist: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const out = join(dist, 'pagefind');
  const cacheRoot = options.cache === false ? undefined : join(options.cache ?? SEARCH_CACHE_DIR, hash(resolve(dist)).slice(0, 16));
  const version = await codeVersion();
  await rm(out, { recursive: true, force: true });
  const { html, indexed } = await indexedFiles(dist);
  if (indexed.length === 0 && html > 0) throw new Error('pagefind: no page is marked data-pagefind-body (src/layouts/BaseLayout.astro marks the pages to index)');
  const groups = bundlesOf(indexed, options.bundlePages ?? Infinity);
  const bundles: SearchBundle[] = [];
  // The main bundle first: writing it into dist/pagefind/ must not meet the year folders.
  for (const [name, files] of groups) {
    const target = name ? join(out, name) : out;
    if (files.length === 0) continue;
    const key = await bundleKey(dist, files, version);
    const cached = cacheRoot && join(cacheRoot, name || 'main');
    if (cached && (await readFile(join(cached, 'key'), 'utf8').catch(() => '')) === key) {
      await cp(join(cached, 'files'), target, { recursive: true });
      bundles.push({ name, pages: files.length, reused: true });
      continue;
    }
    const pages = await indexBundle(dist, files, target);
    if (cached) {
      await rm(cached, { recursive: true, force: true });
      await cp(target, join(cached, 'files'), { recursive: true });
      await writeFile(join(cached, 'key'), key);
    }
    bundles.push({ name, pages, reused: false });
  }
  const pages = bundles.reduce((n, b) => n + b.pages, 0);
  // Bundles of an earlier split that this one no longer has can never be read again.
  if (cacheRoot) {
    const names = new Set([...groups.keys()].map((name) => name || 'main'));
    for (const old of await readdir(cacheRoot).catch(() => [])) if (!names.has(old)) await rm(join(cacheRoot, old), { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  await writeFile(join(out, BUNDLES_FILE), `${JSON.stringify({ bundles: bundles.filter((b) => b.name).map((b) => `${b.name}/`) })}\n`);
  return { pages, bundles };
}

export function describeSearchIndex(index: SearchIndex): string {
  const reused = index.bundles.filter((b) => b.reused);
  return `search: ${index.pages} pages in ${index.bundles.length} bundles (${index.bundles.map((b) => `${b.name || 'main'} ${b.pages}`).join(', ')}); ${reused.length ? `unchanged, copied from the cache: ${reused.map((b) => b.name || 'main').join(', ')}` : 'all indexed'}`;
}

/**
 * Pages by bundle, "" (main) first. Department-year pages go to bundles of whole consecutive
 * years while they fit in `most` pages; a year of more is cut into equal parts in path order.
 * All pages in one bundle when they fit.
 */
export function bundlesOf(files: string[], most: number): Map<string, string[]> {
  if (files.length <= most) return new Map([['', files]]);
  const main: string[] = [];
  const years = new Map<string, string[]>();
  for (const file of files) {
    const year = DEPARTMENT_YEAR.exec(file)?.[1];
    if (!year) main.push(file);
    else years.set(year, [...(years.get(year) ?? []), file]);
  }
  const groups = new Map<string, string[]>([['', main]]);
  let run: { years: string[]; files: string[] } | undefined;
  const close = () => {
    if (run) groups.set(run.years.length > 1 ? `${run.years[0]}-${run.years.at(-1)}` : run.years[0], run.files);
    run = undefined;
  };
  for (const [year, pages] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
    if (pages.length > most) {
      close();
      const parts = Math.ceil(pages.length / most);
      const size = Math.ceil(pages.length / parts);
      for (let p = 0; p < parts; p++) groups.set(`${year}.${p + 1}`, pages.slice(p * size, (p + 1) * size));
      continue;
    }
    if (run && run.files.length + pages.length > most) close();
    run ??= { years: [], files: [] };
    run.years.push(year);
    run.files.push(...pages);
  }
  close();
  return groups;
}

/** One Pagefind process per bundle: its memory is returned when the bundle is written. */
async function indexBundle(dist: string, files: string[], target: string): Promise<number> {
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
async function bundleKey(dist: string, files: string[], version: string): Promise<string> {
  const h = createHash('sha256').update(version);
  for (const file of files) h.update(file).update('\0').update(await readFile(join(dist, file))).update('\0');
  return h.digest('hex');
}

/** The indexing code and Pagefind's version: a change to either indexes every bundle again. */
async function codeVersion(): Promise<string> {
  const here = new URL('.', import.meta.url);
  const search = (await readdir(new URL('search/', here))).filter((f) => f.endsWith('.ts')).sort();
  const h = createHash('sha256');
  for (const url of [new URL('search-index.ts', here), ...search.map((f) => new URL(`search/${f}`, here))]) h.update(await readFile(url));
  h.update(JSON.parse(await readFile(new URL('../node_modules/pagefind/package.json', here), 'utf8')).version);
  return h.digest('hex');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The pages to index, relative to the build with "/", in a stable order: Pagefind indexes only
 * the pages marked data-pagefind-body once any page has it, so the others (a report's full text
 * under /sources/) are not even handed over. Pagefind's own output excluded.
 */
async function indexedFiles(dist: string): Promise<{ html: number; indexed: string[] }> {
  const all = (await readdir(dist, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => f.split(sep).join('/'))
    .sort();
  const indexed: string[] = [];
  for (const file of all) if (BODY.test((await readFile(join(dist, file))).toString('latin1'))) indexed.push(file);
  return { html: all.length, indexed };
}
