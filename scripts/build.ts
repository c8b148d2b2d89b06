// npm run build: seeds/ → content/ (ingest) → content/site/ (the site's index of it) → dist/ (astro build), while
// dist/sources/ (the reports as published) and dist/data/ (the downloads) are written beside it → dist/pagefind/
// (search index) → link check.
import { rm } from 'node:fs/promises';
import { buildAstro } from './astro-build.ts';
import { parseBuildArgs } from './build-args.ts';
import { ingestFolder } from './ingest/ingest-folder.ts';
import { summaryLine } from './ingest/progress.ts';
import { buildSearchIndex, describeSearchIndex } from './search-index.ts';
import { checkLinks, describeLinkCheck } from './check-links.ts';
import { describePublishedSources, publishSources } from './publish-sources.ts';
import { describeDownloads, writeDownloads } from './write-downloads.ts';
import { describeSiteIndex, writeSiteIndex } from './site-index.ts';
import { dataUpdated } from '../src/lib/site-facts.ts';
import { moveInto, setAside, stagingFolder } from './move-into.ts';

const options = parseBuildArgs(process.argv.slice(2));
// Vite's BASE_URL (set by test runners or a user's shell) would override Astro's base: drop it.
const { BASE_URL: _ignored, ...inherited } = process.env;
const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_CONTENT: options.content, PORTAL_DIST: options.dist, PORTAL_BASE: options.base };

const step = (name: string) => { const t = performance.now(); return () => console.log(`build: ${name} ${((performance.now() - t) / 1000).toFixed(1)} s`); };

let done = step('ingest');
const started = performance.now();
const { report } = await ingestFolder({ seeds: options.seeds, out: options.content, ...(options.fresh ? { cache: false } : {}) });
console.log(summaryLine(report.summary, (performance.now() - started) / 1000));
done();

// What the lists show of every department-year, so no page needs them all (scripts/site-index.ts).
done = step('site index');
console.log(describeSiteIndex(await writeSiteIndex(options.content, options.fresh ? { cache: false } : {})));
done();

// `astro build` (one per core, each rendering its share of the pages: scripts/astro-build.ts)
// empties dist/ when it starts. Meanwhile this process writes the reports as published and the
// downloads into a folder beside dist/, and moves them in once all are done
// (scripts/move-into.ts); the last build's dist/ is moved aside first and removed meanwhile too.
done = step('astro build, with sources and downloads beside it');
const staging = stagingFolder(options.dist);
await rm(staging, { recursive: true, force: true });
const { removed: removingOld } = await setAside(options.dist);
const astro = buildAstro({ dist: options.dist, env, ...(options.fresh ? { fresh: true } : {}), ...(options.astroBuilds ? { shards: options.astroBuilds } : {}) });
const beside = (async () => {
  // The files the source notes open: each report as published, beside its text as read.
  const sources = step('sources');
  const published = await publishSources(options.content, staging);
  console.log(describePublishedSources(published));
  sources();
  if (published.problems.length) return 'build: source documents could not be published';
  // The downloads, streamed from content/ one department at a time (scripts/write-downloads.ts).
  const downloads = step('downloads');
  console.log(describeDownloads(await writeDownloads(options.content, staging, dataUpdated(), options.fresh ? { cache: false } : {})));
  downloads();
  return undefined;
})();
// Both run to their end before either failure stops the build.
const [astroRun, besideRun] = await Promise.allSettled([astro, beside, removingOld]);
if (astroRun.status === 'rejected') {
  console.error(`build: ${astroRun.reason instanceof Error ? astroRun.reason.message : astroRun.reason}`);
  process.exit(1);
}
if (besideRun.status === 'rejected' || besideRun.value) {
  console.error(besideRun.status === 'rejected' ? besideRun.reason : besideRun.value);
  process.exit(1);
}
await moveInto(staging, options.dist);
done();

done = step('pagefind');
console.log(describeSearchIndex(await buildSearchIndex(options.dist, { ...(options.fresh ? { cache: false } : {}), ...(options.searchBundlePages ? { bundlePages: options.searchBundlePages } : {}) })));
done();

// Last: every internal link, asset and download in dist/ must exist (scripts/check-links.ts).
done = step('link check');
const links = await checkLinks(options.dist, options.base, options.fresh ? { cache: false } : {});
console.log(describeLinkCheck(links));
if (links.broken.length) {
  console.error('build: broken internal links');
  process.exit(1);
}
done();
