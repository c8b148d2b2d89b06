// npm run build: seeds/ → content/ (ingest) → content/site/ (the site's index of it) → dist/ (astro build) → dist/sources/ (the reports
// as published) → dist/data/ (the downloads) → dist/pagefind/ (search index) → link check.
import { spawnSync } from 'node:child_process';
import { parseBuildArgs } from './build-args.ts';
import { ingestFolder } from './ingest/ingest-folder.ts';
import { summaryLine } from './ingest/progress.ts';
import { buildSearchIndex, describeSearchIndex } from './search-index.ts';
import { checkLinks, describeLinkCheck } from './check-links.ts';
import { describePublishedSources, publishSources } from './publish-sources.ts';
import { describeDownloads, writeDownloads } from './write-downloads.ts';
import { describeSiteIndex, writeSiteIndex } from './site-index.ts';
import { dataUpdated } from '../src/lib/site-facts.ts';

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
console.log(describeSiteIndex(await writeSiteIndex(options.content)));
done();

done = step('astro build');
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', ...(options.fresh ? ['--force'] : [])], { env, stdio: 'inherit' });
if (astro.status !== 0) {
  console.error('build: astro build failed');
  process.exit(astro.status ?? 1);
}
done();

// The files the source notes open: each report as published, beside its text as read.
done = step('sources');
const published = await publishSources(options.content, options.dist);
console.log(describePublishedSources(published));
if (published.problems.length) {
  console.error('build: source documents could not be published');
  process.exit(1);
}
done();

// The downloads, streamed from content/ one department at a time (scripts/write-downloads.ts).
done = step('downloads');
console.log(describeDownloads(await writeDownloads(options.content, options.dist, dataUpdated(), options.fresh ? { cache: false } : {})));
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
