// What a visitor downloads for a first search: Pagefind's library (JS, worker, WebAssembly)
// and the index, filter and fragment files one query needs, measured in Chromium with an
// empty cache. `npm run bench` reuses this on the benchmark corpora.
import { chromium, type Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './static-server.ts';

export type SearchFileKind = 'library' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

export interface SearchBytes {
  query: string;
  /** Bytes of every response under /pagefind/, as sent (the test server does not compress). */
  total: number;
  /**
   * The same responses as a server that compresses text sends them (gzip, as the page-weight
   * figures count pages): JavaScript gzipped; Pagefind's index, meta, filter, fragment and
   * WebAssembly files are gzip files already and count as they are.
   */
  wire: number;
  byKind: Record<SearchFileKind, number>;
  requests: { path: string; kind: SearchFileKind; bytes: number; wire: number }[];
  /** Results the query found, so a measurement of an empty search is visible as one. */
  results: number;
}

export function searchFileKind(path: string): SearchFileKind {
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_filter$/.test(path)) return 'filter';
  if (/\.pf_fragment$/.test(path)) return 'fragment';
  if (/\.(js|pagefind)$/.test(path)) return 'library';
  return 'other';
}

/**
 * Opens `searchUrl` (the site's /search/?q=… page) in a fresh browser context and sums
 * what it fetched under /pagefind/ by the time the first page of results is shown.
 */
export async function measureSearchBytes(browser: Browser, searchUrl: string): Promise<SearchBytes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<{ path: string; kind: SearchFileKind; bytes: number; wire: number }>[] = [];
    // Context-wide, so the requests of Pagefind's web worker are counted too.
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(response.body().then((body) => ({ path, kind: searchFileKind(path), bytes: body.length, wire: wireBytes(body) })));
    });
    await page.goto(searchUrl);
    await page.waitForSelector('[data-search][data-search-state="done"]', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] .search-result').count();
    const requests = (await Promise.all(pending)).sort((a, b) => a.path.localeCompare(b.path));
    const byKind: Record<SearchFileKind, number> = { library: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 };
    for (const r of requests) byKind[r.kind] += r.bytes;
    const query = new URL(searchUrl).searchParams.get('q') ?? '';
    return { query, total: requests.reduce((sum, r) => sum + r.bytes, 0), wire: requests.reduce((sum, r) => sum + r.wire, 0), byKind, requests, results };
  } finally {
    await context.close();
  }
}

/** A body's size as sent by a compressing server: gzip files as they are, anything else gzipped. */
export function wireBytes(body: Buffer): number {
  const gzipped = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : Math.min(body.length, gzipSync(body).length);
}

/** The same for a built site on disk: serves `dist` at `base`, runs Chromium, cleans up. */
export async function measureSiteSearchBytes(dist: string, base: string, query: string): Promise<SearchBytes> {
  const site = await serveStatic(dist, base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    return await measureSearchBytes(browser, site.url(`search/?q=${encodeURIComponent(query)}`));
  } finally {
    await browser.close();
    await site.close();
  }
}
