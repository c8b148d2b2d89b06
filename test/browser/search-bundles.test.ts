// The search index in bundles (scripts/search-index.ts): the test site indexed again in bundles
// of a few pages each, merged into one index, must read back as the index of the full build and
// find in the browser exactly the pages that index finds, for every query; a second build with
// nothing changed reuses every bundle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildSearchIndex, type SearchIndex } from '../../scripts/search-index.ts';
import { BASE, DIST } from './portal-browser.ts';
import { folderSnapshot } from '../helpers/folder-snapshot.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { searchPath, showAll } from './search-browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

let work: string;
let split: string;
let first: SearchIndex;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-bundles-'));
  split = join(work, 'dist');
  // The pages, their assets and the search page; not the downloads or the sources.
  cpSync(DIST, split, { recursive: true, filter: (from) => !/[/\\]pagefind$/.test(from) && !/[/\\](data|sources)[/\\].*\.(json|jsonl|csv|pdf|txt)$/.test(from) });
  first = await buildSearchIndex(split, { bundlePages: 4, cache: join(work, 'cache') });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a search index in bundles', () => {
  it('is indexed in many bundles, merged into the index the full build has', () => {
    expect(first.bundles.length).toBeGreaterThan(10);
    const merged = readPagefindIndex(join(split, 'pagefind'));
    expect(merged).toEqual(readPagefindIndex(join(DIST, 'pagefind')));
    // The test site's one earlier year (the restated fixtures' 2022) in the index of its own.
    const earlier = readPagefindIndex(join(split, 'pagefind', 'earlier'));
    expect(earlier).toEqual(readPagefindIndex(join(DIST, 'pagefind', 'earlier')));
    expect(Object.keys(earlier.pages)).toEqual([expect.stringMatching(/^\/departments\/[^/]+\/2022\/$/)]);
    expect(Object.keys(merged.pages).length).toBe(first.pages - 1);
    expect(first.earlierPages).toBe(1);
  });

  it('reuses every bundle when no page changed, and writes the same index byte for byte', async () => {
    const before = folderSnapshot(join(split, 'pagefind'));
    const again = await buildSearchIndex(split, { bundlePages: 4, cache: join(work, 'cache') });
    expect(again.bundles.map((b) => [b.name, b.pages, b.reused])).toEqual(first.bundles.map((b) => [b.name, b.pages, true]));
    expect(folderSnapshot(join(split, 'pagefind'))).toEqual(before);
  }, 120_000);

  // Bundles searched one by one would not: Pagefind leaves out of a bundle's search a word the
  // bundle does not hold at all, so 芦淞区 would match, in a bundle without 芦淞, every page with 区.
  it('finds in the browser exactly the pages the full build\'s index finds', async () => {
    const one = await serveStatic(DIST, BASE);
    const many = await serveStatic(split, BASE);
    try {
      for (const query of ['株洲市工业和信息化局', '芦淞区', '疫情防控', '2150501', '行政运行']) {
        const [a, b] = await Promise.all([found(one, query), found(many, query)]);
        expect(a.length, query).toBeGreaterThan(0);
        // Pages of equal score may come in another order: the pages are numbered by bundle.
        expect([...b].sort(), query).toEqual([...a].sort());
      }
    } finally {
      await one.close();
      await many.close();
    }
  }, 120_000);
});

async function found(site: StaticSite, query: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url(searchPath(query)));
    await showAll(page);
    // Every page found: each department's first result and the pages listed under it.
    return await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  } finally {
    await context.close();
  }
}
