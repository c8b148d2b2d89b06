// Site search in Chromium against the test build: the right page first for each kind of
// query people type (department names, regions, subject codes and names, words from the
// prose), amounts never matching a code, filters, the search box on every page, and a
// build under a base path. The index itself is read back to check what went into it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { BASE, DIST, axeViolations, builtYears, startPortal, type Portal } from './portal-browser.ts';
import { resultCount, searchPath, showAll, shownResults, type ShownResult } from './search-browser.ts';
import { indexedPages, indexedWords } from './pagefind-fragments.ts';
import { measureSearchBytes } from './search-bytes.ts';
import { serveStatic } from './static-server.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { earlierYears } from '../../src/lib/search-policy.ts';
import { TEST_CONTENT, TEST_ROOT, prepareTestSeeds, runBuild } from './test-site.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

const slugOf = (name: string) => {
  const year = builtYears().find((y) => y.name === name);
  if (!year) throw new Error(`no department ${name} in the build`);
  return year.slug;
};
const department = (name: string) => `departments/${slugOf(name)}/`;
/** The page a result links to (without the section it opens at), relative to the site base, as paths.* write them. */
const sitePath = (r: ShownResult) => { const page = r.href.replace(/#.*$/, ''); return page.startsWith(BASE) ? page.slice(BASE.length) : page; };
const subjectCodes = () => readdirSync(join(DIST, 'subjects')).filter((d) => /^\d+$/.test(d)).sort();

/** Runs one search in a fresh page; with `all`, clicks "显示更多结果" until every result is shown. */
async function search(query: string, filters: Record<string, string> = {}, all = false) {
  const { page, errors } = await portal.open(searchPath(query, filters));
  try {
    const results = all ? await showAll(page) : await shownResults(page);
    if (all) expect(await page.locator('[data-search-more]').isHidden()).toBe(true);
    return { results, errors, url: page.url() };
  } finally {
    await page.context().close();
  }
}

describe('the right page first', () => {
  const cases: { query: string; what: string; first: () => string | ((r: ShownResult) => boolean) }[] = [
    { query: '株洲市工业和信息化局', what: 'a department by its full name', first: () => department('株洲市工业和信息化局') },
    { query: '工业和信息化', what: 'a department by part of its name', first: () => (r) => r.kind === '部门' && r.title.includes('工业和信息化') },
    { query: '株洲', what: 'a department by city', first: () => (r) => r.kind === '部门' && r.meta.includes('株洲市') },
    { query: '平顶山', what: 'a department by city', first: () => department('平顶山市工业和信息化局') },
    { query: '芦淞区', what: 'a department by district', first: () => department('株洲市芦淞区科技和工业信息化局') },
    { query: '人民政府办公室', what: 'a department by part of its name (not the one shared with others)', first: () => department('株洲市人民政府办公室（本级）') },
    { query: '2150501', what: 'a subject by its exact code', first: () => 'subjects/2150501/' },
    { query: '21505', what: 'a 款 by its code', first: () => 'subjects/21505/' },
    { query: '215', what: 'a 类 by its code', first: () => 'subjects/215/' },
    { query: '行政运行', what: 'a subject by name', first: () => (r) => r.kind === '科目' && /^\d{7} 行政运行$/.test(r.title) },
    { query: '公务接待', what: 'a 三公 category: the department pages chart it', first: () => (r) => r.kind === '部门' && r.excerpt.includes('公务接待') },
    { query: '疫情防控', what: 'words from the prose', first: () => (r) => r.kind === '部门年度' && r.excerpt.includes('疫情防控') },
  ];

  for (const c of cases) {
    it(`${c.query}: ${c.what}`, async () => {
      const { results, errors } = await search(c.query);
      expect(results.length).toBeGreaterThan(0);
      const expected = c.first();
      const top = results[0];
      if (typeof expected === 'string') expect(sitePath(top)).toBe(expected);
      else expect(expected(top), `first result: ${JSON.stringify(top)}`).toBe(true);
      // Every result says what it is and shows where the query matched.
      expect(top.kind).toMatch(/^(部门|部门年度|科目|说明)$/);
      expect(top.marks.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }

  it('a result shows the page kind, the year and an excerpt', async () => {
    const { results } = await search('疫情防控');
    const year = results.find((r) => sitePath(r) === `${department('株洲市工业和信息化局')}2020/`);
    expect(year).toBeDefined();
    expect(year!.title).toBe('株洲市工业和信息化局 2020年度部门决算');
    expect(year!.kind).toBe('部门年度');
    expect(year!.meta).toContain('2020年度');
    expect(year!.meta).toContain('株洲市');
    expect(year!.excerpt).toContain('疫情防控');
    expect(year!.excerpt).not.toMatch(/\u200b/);
  });

  it('a place\'s name finds its departments, not the download page\'s field notes that use it as an example', async () => {
    const { results } = await search('芦淞区', {}, true);
    expect(results.map(sitePath)).toContain(department('株洲市芦淞区科技和工业信息化局'));
    expect(results.map(sitePath)).not.toContain('data/');
  });

  it('the results page has no serious or critical accessibility violations', async () => {
    const { page, errors } = await portal.open(searchPath('工业和信息化'));
    await shownResults(page);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('code prefixes', () => {
  it('21505 finds the 款 first, then exactly the 项 under it', async () => {
    const { results } = await search('21505', {}, true);
    const items = subjectCodes().filter((c) => c.length === 7 && c.startsWith('21505'));
    expect(items.length).toBeGreaterThan(2);
    expect(sitePath(results[0])).toBe('subjects/21505/');
    expect(results.slice(1, 1 + items.length).map(sitePath).sort()).toEqual(items.map((c) => `subjects/${c}/`));
  });

  it('215 finds the 类 first and every 款 and 项 under it', async () => {
    const { results } = await search('215', {}, true);
    const under = subjectCodes().filter((c) => c.startsWith('215') && c !== '215');
    expect(sitePath(results[0])).toBe('subjects/215/');
    const found = new Set(results.map(sitePath));
    expect(under.filter((c) => !found.has(`subjects/${c}/`))).toEqual([]);
  });

  it('a 款 code finds every department-year that spent under it', async () => {
    const all = JSON.parse(readFileSync(join(DIST, 'data', 'all.json'), 'utf8')) as { departments: { years: any[] }[] };
    const spent = all.departments.flatMap((d) => d.years)
      .filter((y) => (y.expenditureByFunction ?? []).some((r: { code: string }) => r.code.startsWith('21505')))
      .map((y) => `departments/${y.department.slug}/${y.year}/`);
    expect(spent.length).toBeGreaterThan(1);
    const { results } = await search('21505', { earlier: '1' }, true);
    const found = new Set(results.map(sitePath));
    expect(spent.filter((p) => !found.has(p))).toEqual([]);
  });

  it('the index holds the 类 and 款 of every 项 code as words of their own on the same page', () => {
    const pages = indexedPages(DIST).filter((p) => ['科目', '部门年度'].includes(p.meta.kind));
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.flatMap((p) => {
      const words = new Set(indexedWords(p));
      const items = [...words].filter((w) => /^\d{7}$/.test(w));
      return items.flatMap((c) => [c.slice(0, 3), c.slice(0, 5)].filter((prefix) => !words.has(prefix)).map((prefix) => `${p.url}: ${c} without ${prefix}`));
    });
    expect(missing).toEqual([]);
  });
});

describe('amounts are not searchable', () => {
  // Pagefind would turn 1,505.01 into the word 150501 and 1826.22 into 182622.
  const AMOUNT = /\d+(?:,\d{3})*\.\d+|\d{1,3}(?:,\d{3})+/g;

  it('no amount reaches the index as a word, from tables or from prose, yet excerpts keep them', () => {
    const pages = indexedPages(DIST);
    // An amount is indexed one character per word (scripts/search/mask-amounts.ts).
    const found = pages.flatMap((p) => indexedWords(p).filter((w) => new RegExp(AMOUNT.source).test(w) || /\d[.,]\d/.test(w)).map((a) => `${p.url}: ${a}`));
    expect(found).toEqual([]);
    // The prose of seed 000 says "支出决算为1826.22万元": the excerpt can show it, no word holds it.
    const year = pages.find((p) => p.url === `/${department('株洲市工业和信息化局')}2020/`);
    expect(year?.content.replace(/\u200b/g, '')).toContain('支出决算为1826.22万元');
    expect(indexedWords(year!).filter((w) => /\d\d/.test(w) && /1826|182622/.test(w))).toEqual([]);
  });

  for (const query of ['182622', '150501']) {
    it(`${query} finds no page because of an amount`, async () => {
      const { results, errors } = await search(query);
      // Pagefind may still offer near words (the "15" of a numbered list); never the amount.
      const byAmount = results.flatMap((r) => r.marks.filter((m) => m.replace(/\D/g, '') === query || /\d[.,]\d/.test(m)).map((m) => `${sitePath(r)}: ${m}`));
      expect(byAmount).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('while the code itself is found by its exact word', async () => {
    const { results } = await search('2150501');
    expect(results[0].marks).toContain('2150501');
  });
});

describe('filters', () => {
  it('by year', async () => {
    const { results, url } = await search('工业和信息化', { year: '2023' }, true);
    expect(new URL(url).searchParams.get('year')).toBe('2023');
    expect(results.length).toBeGreaterThan(2);
    expect(results.filter((r) => !r.meta.includes('2023'))).toEqual([]);
    expect(results.map(sitePath)).toContain(`${department('平顶山市工业和信息化局')}2023/`);
  });

  it('by page kind', async () => {
    const { results } = await search('行政运行', { kind: '科目' });
    expect(results.length).toBeGreaterThan(1);
    expect(results.filter((r) => r.kind !== '科目')).toEqual([]);
  });

  it('by region', async () => {
    const { results } = await search('工业和信息化', { region: '芦淞区' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.meta.includes('芦淞区'))).toEqual([]);
    expect(sitePath(results[0])).toBe(department('株洲市芦淞区科技和工业信息化局'));
  });

  it('a filter alone lists its pages: every department', async () => {
    const { results } = await search('', { kind: '部门' }, true);
    const slugs = new Set(builtYears().map((y) => y.slug));
    expect(results.map(sitePath).sort()).toEqual([...slugs].map((s) => `departments/${s}/`).sort());
  });

  it('choosing a filter on the page narrows the results and goes into the address', async () => {
    const { page, errors } = await portal.open(searchPath('工业和信息化'));
    await shownResults(page);
    const before = await resultCount(page);
    // Once the visitor turns to the filters, the option labels count the query's results under each value.
    expect(await page.textContent('select[name="year"] option[value="2023"]')).toBe('2023年度');
    await page.focus('select[name="year"]');
    await expect.poll(() => page.textContent('select[name="year"] option[value="2023"]')).toMatch(/^2023年度（[1-9]\d*）$/);
    await page.selectOption('select[name="year"]', '2020');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2020');
    const after = await showAll(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(after.filter((r) => !r.meta.includes('2020'))).toEqual([]);
    expect(await page.textContent('select[name="year"] option[value="2020"]')).toBe(`2020年度（${after.length}）`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('departments\' earlier years', () => {
  // The test site's one department with two years (the restated fixtures): its 2023 is searched
  // first, its 2022 is in the index of earlier years (scripts/search-index.ts).
  const earlierYear = () => {
    const years = builtYears();
    const slug = years.find((y) => years.filter((o) => o.slug === y.slug).length > 1)!.slug;
    const [first, ...later] = years.filter((y) => y.slug === slug).map((y) => y.year).sort();
    expect(later.length).toBe(1);
    return { slug, name: years.find((y) => y.slug === slug)!.name, path: `departments/${slug}/${first}/`, year: String(first) };
  };
  /** A word of the earlier year's page that no other page has: listed in the first index with no pages. */
  const onlyEarlier = () => {
    const latest = readPagefindIndex(join(DIST, 'pagefind'));
    const earlier = readPagefindIndex(join(DIST, 'pagefind', 'earlier'));
    const { year } = earlierYear();
    // Longest first; not the year itself, which the browser splits from what follows it.
    return Object.keys(latest.words)
      .filter((w) => !w.includes(year) && !Object.keys(latest.words[w].pages).length && Object.keys(earlier.words[w].pages).length)
      .sort((a, b) => b.length - a.length);
  };

  it('are searched when the visitor asks, with the button under the first results', async () => {
    const { path } = earlierYear();
    const words = onlyEarlier();
    expect(words.length).toBeGreaterThan(0);
    const { page, errors } = await portal.open(searchPath(words[0]));
    expect(await shownResults(page)).toEqual([]);
    const button = page.locator('[data-search-earlier-button]');
    expect(await button.textContent()).toBe('同时搜索往年的 1 份年度决算');
    expect(await page.locator('[data-search-scope]').isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('earlier')).toBe('1');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .search-result').length > 0);
    const results = await shownResults(page);
    expect(results.map(sitePath)).toEqual([path]);
    expect(results[0].marks.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-scope]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a linked search with earlier=1 or a chosen year searches them at once', async () => {
    const { path, year, name } = earlierYear();
    const linked = await search(name, { earlier: '1' }, true);
    expect(linked.results.map(sitePath)).toContain(path);
    const byYear = await search(name, { year }, true);
    // The year and its department's page (which covers every year).
    expect(byYear.results.map(sitePath).sort()).toEqual([`departments/${earlierYear().slug}/`, path]);
    expect(new URL(byYear.url).searchParams.get('earlier')).toBe('1');
    // The first search alone finds the department and its latest year, not the earlier one.
    const first = await search(name, {}, true);
    expect(first.results.map(sitePath)).toContain(`departments/${earlierYear().slug}/`);
    expect(first.results.map(sitePath)).not.toContain(path);
  });

  it('a chosen year that is every department\'s latest searches the first index alone', async () => {
    const { slug, name } = earlierYear();
    const built = builtYears();
    const later = Math.max(...built.filter((y) => y.slug === slug).map((y) => y.year));
    expect(earlierYears(built.map((y) => ({ department: { slug: y.slug }, year: y.year }))).years).not.toContain(later);
    const { results, url } = await search(name, { year: String(later) }, true);
    expect(results.map(sitePath)).toContain(`departments/${slug}/${later}/`);
    expect(new URL(url).searchParams.get('earlier')).toBe(null);
  });

  it('a query word the earlier years do not have finds none of them (both indexes list every word)', async () => {
    // 株 is on no page of the earlier year; without it in that index's word list, Pagefind
    // would search it there for 市 alone and find the 岳阳市 department's earlier year.
    const { path } = earlierYear();
    const { results } = await search('株洲市', { earlier: '1' }, true);
    expect(results.length).toBeGreaterThan(3);
    expect(results.map(sitePath)).not.toContain(path);
    expect(Object.keys(readPagefindIndex(join(DIST, 'pagefind', 'earlier')).words['株'].pages)).toEqual([]);
  });
});

describe('the search box', () => {
  it('on any page, submits to /search/ and shows the results there', async () => {
    const { page, errors } = await portal.open('subjects/215/');
    await page.fill('#site-search-q', '2150501');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=2150501/);
    const results = await shownResults(page);
    expect(sitePath(results[0])).toBe('subjects/2150501/');
    // Typing on the search page searches again, without a reload.
    await page.fill('#search-q', '芦淞区');
    await expect.poll(async () => (await shownResults(page))[0]?.href).toBe(`${BASE}${department('株洲市芦淞区科技和工业信息化局')}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('芦淞区');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows names from the reports as text, never as markup', async () => {
    const { page, errors } = await portal.open(searchPath('测试局'));
    const results = await shownResults(page);
    const hostile = results.find((r) => r.title.includes('<svg'));
    expect(hostile, JSON.stringify(results.map((r) => r.title))).toBeDefined();
    expect(await page.locator('[data-search-results] svg, [data-search-results] [onload]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('bytes a first query fetches', () => {
  it('the library and only the index chunks the query needs', async () => {
    for (const query of ['2150501', '株洲市工业和信息化局']) {
      const bytes = await measureSearchBytes(portal.browser, portal.site.url(searchPath(query)));
      console.log(`search bytes "${query}": ${bytes.total} B total, ${bytes.wire} B over the wire`, bytes.byKind, `${bytes.requests.length} requests, ${bytes.results} results`);
      expect(bytes.results).toBeGreaterThan(0);
      expect(bytes.byKind.library).toBeGreaterThan(50_000);
      expect(bytes.byKind.index).toBeGreaterThan(0);
      // Over the wire: the JavaScript gzipped, Pagefind's own files (already gzip) as they are.
      for (const r of bytes.requests) {
        const body = readFileSync(join(DIST, r.path.slice(BASE.length)));
        const gzipFile = body[0] === 0x1f && body[1] === 0x8b;
        expect(r.wire, r.path).toBe(gzipFile ? r.bytes : Math.min(r.bytes, gzipSync(body).length));
        if (r.path.endsWith('.js')) expect(r.wire, r.path).toBeLessThan(r.bytes / 2);
      }
      expect(bytes.wire).toBeLessThan(bytes.total);
      expect(bytes.requests.every((r) => r.path.startsWith(`${BASE}pagefind/`))).toBe(true);
      // Not the whole index: Pagefind fetches only the chunks holding the query's words.
      const indexFiles = readdirSync(join(DIST, 'pagefind', 'index'));
      expect(bytes.requests.filter((r) => r.kind === 'index').length).toBeLessThanOrEqual(indexFiles.length);
    }
  });
});

describe('under a base path', () => {
  const dist = join(TEST_ROOT, 'dist-search-base');
  let browser: Browser;
  beforeAll(() => {
    // Rebuilt once per test run: reuse it only if it is newer than the main test build.
    const fresh = existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))
      && statSync(join(dist, 'pagefind', 'pagefind-entry.json')).mtimeMs > statSync(join(DIST, 'index.html')).mtimeMs;
    if (fresh) return;
    const build = runBuild(['--seeds', prepareTestSeeds(), '--content', `${TEST_CONTENT}-search-base`, '--dist', dist, '--base', '/portal/']);
    if (build.status !== 0) throw new Error(`base-path build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(async () => { await browser?.close(); });

  it('loads Pagefind from /portal/pagefind/ and links results under /portal/', async () => {
    const site = await serveStatic(dist, '/portal/');
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.context().on('request', (r) => { if (r.url().includes('pagefind')) requested.push(new URL(r.url()).pathname); });
      await page.goto(site.url(searchPath('2150501')));
      const results = await shownResults(page);
      expect(results[0].href).toBe('/portal/subjects/2150501/');
      expect(requested.length).toBeGreaterThan(2);
      expect(requested.filter((p) => !p.startsWith('/portal/pagefind/'))).toEqual([]);
      await page.click('[data-search-results] .search-result a');
      await page.waitForURL(/\/portal\/subjects\/2150501\/$/);
      expect(await page.textContent('h1')).toContain('2150501');
      // The index of departments' earlier years, under the base path too.
      requested.length = 0;
      await page.goto(site.url(searchPath('君山区', { earlier: '1' })));
      const withEarlier = await shownResults(page);
      expect(requested).toContain('/portal/pagefind/earlier/pagefind-entry.json');
      expect(withEarlier.map((r) => r.href).filter((h) => /\/2022\/$/.test(h))).toEqual([expect.stringMatching(/^\/portal\/departments\/[^/]+\/2022\/$/)]);
    } finally {
      await site.close();
    }
  });
});
