// Searching the built site the way a visitor does: /search/?q=… in Chromium, then the
// results as the page shows them (src/client/search.ts).
import type { Page } from 'playwright-core';

export interface ShownResult {
  /** The link as written in the page, base path included. */
  href: string;
  title: string;
  /** 部门 / 部门年度 / 科目 / 说明 (the filter value; the page shows 部门年度 as 年度决算) */
  kind: string;
  /** The line under the title: kind, years, regions. */
  meta: string;
  excerpt: string;
  /** The words Pagefind highlighted in the excerpt. */
  marks: string[];
}

/** "/search/?q=…&year=…" relative to the site base. */
export function searchPath(query: string, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams({ q: query, ...filters });
  return `search/?${params}`;
}

/** Waits until the page has finished the search it is running, then reads the results shown. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  await page.waitForSelector('[data-search][data-search-state="done"], [data-search][data-search-state="error"]', { timeout: 30_000 });
  return page.$$eval('[data-search-results] .search-result', (items) => items.map((item) => ({
    href: item.querySelector('a')?.getAttribute('href') ?? '',
    title: item.querySelector('a')?.textContent ?? '',
    kind: item.querySelector('.search-kind')?.getAttribute('data-kind') ?? '',
    meta: item.querySelector('.search-result-meta')?.textContent?.trim() ?? '',
    excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
    marks: [...item.querySelectorAll('.search-excerpt mark')].map((m) => (m.textContent ?? '').trim()),
  })));
}

/** How many results the last search found (all of them, not only those shown). */
export async function resultCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-search]', 'data-search-count'));
}

/** Clicks "显示更多结果" until every result is on the page. */
export async function showAll(page: Page): Promise<ShownResult[]> {
  let results = await shownResults(page);
  const total = await resultCount(page);
  while (results.length < total) {
    await page.click('[data-search-more]');
    const before = results.length;
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .search-result').length > n, before);
    results = await shownResults(page);
  }
  return results;
}
