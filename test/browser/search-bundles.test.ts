// A search index in bundles (scripts/search-index.ts, --search-bundle-pages): the test site
// indexed again with bundles of a few pages each must find what the one-bundle index finds, and
// a second build with nothing changed copies every bundle from the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildSearchIndex, type SearchIndex } from '../../scripts/search-index.ts';
import { BASE, DIST } from './portal-browser.ts';
import { bundleFolders, indexedPages } from './pagefind-fragments.ts';
import { searchPath, showAll } from './search-browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

const DEPARTMENT_YEAR = /\/departments\/[^/]+\/\d{4}\/$/;
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
  it('holds the department-years by year in bundles of their own, the other pages in the main one', () => {
    const { bundles } = JSON.parse(readFileSync(join(split, 'pagefind', 'bundles.json'), 'utf8')) as { bundles: string[] };
    expect(first.bundles[0].name).toBe('');
    expect(bundles).toEqual(first.bundles.slice(1).map((b) => `${b.name}/`));
    expect(bundles.length).toBeGreaterThan(1);
    for (const b of first.bundles.slice(1)) expect(b.pages).toBeLessThanOrEqual(4);
    const [main, ...years] = bundleFolders(split);
    const urls = (folder: string) => readdirSync(join(folder, 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(join(folder, 'fragment', f))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(urls(main).filter((u) => DEPARTMENT_YEAR.test(u))).toEqual([]);
    for (const folder of years) {
      const name = folder.split(/[/\\]/).at(-1)!;
      for (const url of urls(folder)) {
        expect(url).toMatch(DEPARTMENT_YEAR);
        const year = url.match(/\/(\d{4})\/$/)![1];
        expect(name.startsWith(year) || (name.includes('-') && name.split('-')[0] <= year && year <= name.split('-')[1])).toBe(true);
      }
    }
  });

  it('indexes the same pages with the same text as the one-bundle index', () => {
    const text = (dist: string) => indexedPages(dist).map((p) => [p.url, p.content, p.meta, p.filters]);
    expect(text(split)).toEqual(text(DIST));
  });

  it('copies every bundle from the cache when no page changed, byte for byte', async () => {
    const before = snapshot(join(split, 'pagefind'));
    const again = await buildSearchIndex(split, { bundlePages: 4, cache: join(work, 'cache') });
    expect(again.bundles.map((b) => [b.name, b.pages, b.reused])).toEqual(first.bundles.map((b) => [b.name, b.pages, true]));
    expect(snapshot(join(split, 'pagefind'))).toEqual(before);
  }, 120_000);

  // At least: Pagefind leaves out of a bundle's search a word that bundle does not hold at all,
  // so a query of two words (疫情防控 is 疫情 + 防控) matches, in a bundle without one of them,
  // pages with the other (the reason bundles are not the default).
  it('finds in the browser every page the one-bundle index finds', async () => {
    const one = await serveStatic(DIST, BASE);
    const many = await serveStatic(split, BASE);
    try {
      for (const query of ['株洲市工业和信息化局', '芦淞区', '疫情防控', '2150501', '行政运行']) {
        const [a, b] = await Promise.all([found(one, query), found(many, query)]);
        expect(a.length, query).toBeGreaterThan(0);
        for (const href of a) expect(b, query).toContain(href);
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

/** Every file under `dir` and its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => [relative(dir, file), readFileSync(file).toString('base64')]));
}
