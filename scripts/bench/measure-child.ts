// One benchmark step in a process of its own, so its peak memory is its own:
//   node scripts/bench/measure-child.ts <step> <options.json> <result.json>
// run.ts starts it (measure-step.ts); the result file holds seconds, maxRSS and the
// step's own figures. The portal's environment (PORTAL_CONTENT, PORTAL_DIST, PORTAL_BASE)
// is set by the parent. The build steps call what scripts/build.ts calls, in its order:
// ingest → site → astro → sources → downloads → pagefind → links.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAstro } from '../astro-build.ts';
import { ingestFolder } from '../ingest/ingest-folder.ts';
import { writeSiteIndex } from '../site-index.ts';
import { publishSources } from '../publish-sources.ts';
import { writeDownloads } from '../write-downloads.ts';
import { dataUpdated } from '../../src/lib/site-facts.ts';
import { bareExtraction, pdfFiles } from './pdf/bare-pdfjs.ts';
import { buildSearchIndex } from '../search-index.ts';
import { checkLinks } from '../check-links.ts';

export type StepName = 'ingest' | 'site' | 'astro' | 'sources' | 'downloads' | 'pagefind' | 'links' | 'search' | 'pdfjs';

export interface StepOptions {
  /** ingest: the folder of reports, and the folder its file names are relative to. */
  reports?: string;
  root?: string;
  /** ingest: where parsed reports are remembered between builds; without it every report is read (cold). */
  ingestCache?: string;
  content?: string;
  dist?: string;
  base?: string;
  /** astro: the project (astro.config.mjs) and a cache folder of this build's own. */
  project?: string;
  cacheDir?: string;
  /** pagefind: where indexed bundles are kept between builds of this corpus. */
  searchCache?: string;
  /** downloads and links: where outputs and parsed pages are kept between builds of this corpus (without it, none are kept). */
  downloadsCache?: string;
  linksCache?: string;
  /** site: where each content file's record is kept (scripts/site-records.ts). */
  siteCache?: string;
  /** search: the query a visitor types. */
  query?: string;
  /** ingest and pdfjs: worker threads reading reports (default: the pools' own default, every core). */
  pdfWorkers?: number;
}

type Figures = Record<string, number | string | null>;

async function folderBytes(dir: string): Promise<number> {
  const names = await readdir(dir, { recursive: true });
  let total = 0;
  for (const name of names) {
    const info = await stat(join(dir, name));
    if (info.isFile()) total += info.size;
  }
  return total;
}

async function countPages(dist: string): Promise<number> {
  return (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
}

const steps: Record<StepName, (o: StepOptions) => Promise<Figures>> = {
  async ingest(o) {
    // As npm run build ingests (ingest-folder.ts): reports read and parsed in the document
    // pool's worker threads; with the corpus's own cache when given (an empty one the first time).
    const { report } = await ingestFolder({ seeds: o.reports!, out: o.content!, root: o.root!, cache: o.ingestCache ?? false }, o.pdfWorkers);
    const s = report.summary;
    const pages = report.files.reduce((n, f) => n + (f.pages ?? 0), 0);
    return { reports: s.reports, bytes: await folderBytes(o.reports!), pages, departmentYears: s.departmentYears, warnings: s.warnings, errors: s.errors, failedChecks: s.failedChecks };
  },
  async site(o) {
    const written = await writeSiteIndex(o.content!, { cache: o.siteCache ?? false });
    return { departmentYears: written.departmentYears, subjects: written.subjects, changed: written.changed };
  },
  async sources(o) {
    const published = await publishSources(o.content!, o.dist!, (file) => readFile(join(o.root!, file)));
    if (published.problems.length) throw new Error(`sources: ${published.problems.slice(0, 3).join('; ')}`);
    return { files: published.files };
  },
  async downloads(o) {
    const written = await writeDownloads(o.content!, o.dist!, dataUpdated(), { cache: o.downloadsCache ?? false });
    return { files: written.files, bytes: written.bytes, made: written.made, reused: written.reused };
  },
  async pdfjs(o) {
    const result = await bareExtraction(await pdfFiles(o.reports!), o.pdfWorkers);
    if (result.failed.length) throw new Error(`pdfjs could not read ${result.failed.length} file(s): ${result.failed.slice(0, 3).join('; ')}`);
    return { reports: result.reports, pages: result.pages, workers: result.workers };
  },
  async astro(o) {
    // As npm run build renders (scripts/astro-build.ts): one build per core, each its share of
    // the pages. A cache folder per corpus: Astro keeps its content store there, and builds of
    // other corpora must not share it.
    const built = await buildAstro({ project: o.project!, dist: o.dist!, cacheDir: o.cacheDir!, env: process.env });
    return { pages: await countPages(o.dist!), shards: built.shards };
  },
  async pagefind(o) {
    const index = await buildSearchIndex(o.dist!, { cache: o.searchCache ?? false });
    return { pages: index.pages, bundles: index.bundles.length, reused: index.bundles.filter((b) => b.reused).length, indexBytes: await folderBytes(join(o.dist!, 'pagefind')) };
  },
  async links(o) {
    const result = await checkLinks(o.dist!, o.base ?? '/', { cache: o.linksCache ?? false });
    return { pages: result.pages, links: result.links, broken: result.broken.length };
  },
  async search(o) {
    // The search helper's measurement (Chromium, empty cache, responses under /pagefind/).
    const { measureSiteSearchBytes } = await import('../../test/browser/search-bytes.ts');
    const bytes = await measureSiteSearchBytes(o.dist!, o.base ?? '/', o.query!);
    return { query: bytes.query, total: bytes.total, wire: bytes.wire, library: bytes.byKind.library, meta: bytes.byKind.meta, index: bytes.byKind.index, filter: bytes.byKind.filter, fragment: bytes.byKind.fragment, other: bytes.byKind.other, requests: bytes.requests.length, results: bytes.results };
  },
};

/** This process's CPU time, all its threads (Vite's and Astro's workers included). */
function cpuMicros(): number {
  const usage = process.resourceUsage();
  return usage.userCPUTime + usage.systemCPUTime;
}

async function main(): Promise<void> {
  const [name, optionsJson, resultFile] = process.argv.slice(2);
  const run = steps[name as StepName];
  if (!run || !optionsJson || !resultFile) throw new Error(`usage: measure-child.ts <${Object.keys(steps).join('|')}> <options-json> <result-file>`);
  const started = performance.now();
  const cpuBefore = cpuMicros();
  const figures = await run(JSON.parse(optionsJson) as StepOptions);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpuMicros() - cpuBefore) / 1e6;
  // maxRSS is in kilobytes.
  await writeFile(resultFile, JSON.stringify({ seconds, cpuSeconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, figures }));
}

if (import.meta.main) {
  try {
    await main();
    // Astro and Pagefind may leave handles open; the result is written, so end here.
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  }
}
