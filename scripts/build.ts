// npm run build: seeds/ → content/ (ingest) → content/site/ (the site's index of it) → dist/ (astro build) →
// dist/pagefind/ (search index), while dist/sources/ (the reports as published) and dist/data/ (the downloads)
// are written beside it → link check.
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
import { besideStep, setAside } from './move-into.ts';

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
// empties dist/ when it starts: the last build's dist/ is moved aside first and removed meanwhile
// (scripts/move-into.ts).
done = step('astro build');
const { removed: removingOld } = await setAside(options.dist);
try {
  await buildAstro({ dist: options.dist, env, ...(options.fresh ? { fresh: true } : {}), ...(options.astroBuilds ? { shards: options.astroBuilds } : {}) });
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
done();

// Pagefind indexes the pages; meanwhile this process writes the reports as published and the
// downloads into a folder beside dist/, moved in once both are done (besideStep). Not beside
// astro: the astro builds and the downloads at once were the build's largest memory.
done = step('pagefind, with sources and downloads beside it');
const { step: searchRun, beside: besideRun } = await besideStep(options.dist, {
  step: () => buildSearchIndex(options.dist, { ...(options.fresh ? { cache: false } : {}), ...(options.searchBundlePages ? { bundlePages: options.searchBundlePages } : {}) }),
  beside: async (staging) => {
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
  },
});
if (searchRun.status === 'fulfilled') console.log(describeSearchIndex(searchRun.value));
if (searchRun.status === 'rejected' || besideRun.status === 'rejected' || besideRun.value) {
  if (searchRun.status === 'rejected') console.error(searchRun.reason);
  if (besideRun.status === 'rejected' || besideRun.value) console.error(besideRun.status === 'rejected' ? besideRun.reason : besideRun.value);
  process.exit(1);
}
await removingOld;
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
