// The journalist's path through the portal, on a desktop (1366 px) and a phone (360 px):
// home → department → year → treemap drill and Back → 三公 → a source link opens the published
// source at the cited line (or the PDF at its page) → JSON and CSV downloads → search 2150501,
// 平顶山, 疫情防控 → subject page. Every page on the way has no accessibility violation at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, builtYears, startPortal, type Portal } from './portal-browser.ts';
import { realPdfAvailable } from './test-site.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

const DEPARTMENT = '株洲市工业和信息化局';
const PDF_DEPARTMENT = '上海市普陀区规划和自然资源局';

/** Every axe violation, whatever its impact, as one line each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const sitePath = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);

for (const width of [1366, 360]) {
  const narrow = width < 600;
  describe(`the journalist's path at ${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    const errors: string[] = [];
    const check = async (where: string) => problems.push(...(await axeProblems(page, where)));

    beforeAll(async () => {
      context = await portal.browser.newContext({ viewport: { width, height: narrow ? 740 : 900 }, acceptDownloads: true });
      page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
    });
    afterAll(async () => { await context?.close(); });

    it('home → region → department → year: the point first', async () => {
      await page.goto(portal.site.url(''));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await check('home');
      // The home page lists the regions; a region's year lists its departments side by side.
      await page.locator('ul.regions > li', { hasText: '株洲市' }).getByRole('link', { name: '2020年度' }).click();
      await page.waitForURL(/\/regions\/[^/]+\/2020\/$/);
      expect(await page.textContent('h1')).toBe('株洲市 2020年度各部门决算对比');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await check('region-year');
      await page.locator('table.region-table tbody th').getByRole('link', { name: DEPARTMENT, exact: true }).click();
      await page.waitForURL(/\/departments\/[^/]+\/2020\/$/);
      await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: DEPARTMENT, exact: true }).click();
      await page.waitForURL(/\/departments\/[^/]+\/$/);
      expect(await page.textContent('h1')).toBe(DEPARTMENT);
      await check('department');
      await page.locator('main table a', { hasText: '2020年度' }).first().click();
      await page.waitForURL(/\/departments\/[^/]+\/2020\/$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // 要点 comes first, then the treemap, then 三公; the detail is collapsed with its count.
      const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
      expect(await top('#key-points')).toBeLessThan(await top('#function'));
      expect(await top('#function')).toBeLessThan(await top('#three-public'));
      expect(await page.locator('#key-points ~ p').first().textContent()).toMatch(/本年支出合计 7,627\.22 万元.*支出最多的是粮油物资储备支出（222）/s);
      expect(await page.locator('section.fold > details[open]').count()).toBe(0);
      expect(await page.locator('section.fold summary', { hasText: '数据核验' }).textContent()).toMatch(/\d+ 项：/);
      await check('department-year');
    });

    it('drills into the treemap, and Back goes up a level', async () => {
      const yearUrl = page.url();
      // On a phone the treemap is a bar list sorted by amount; on a desktop the map itself.
      const drill = narrow ? page.locator('[data-view="root"] .tm-bars a[data-drill]').first() : page.locator('[data-view="root"] svg a[data-drill]').first();
      expect(await drill.isVisible()).toBe(true);
      const code = (await drill.getAttribute('data-drill'))!;
      expect(code).toBe('222');
      await drill.click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#tm-${code}`);
      expect(await page.locator(`[data-view="${code}"]`).isVisible()).toBe(true);
      expect(await page.locator('[data-view="root"]').isVisible()).toBe(false);
      await check('treemap drilled');
      await page.goBack();
      await expect.poll(() => page.locator('[data-view="root"]').isVisible()).toBe(true);
      expect(page.url()).toBe(yearUrl);
      expect(await page.locator(`[data-view="${code}"]`).isVisible()).toBe(false);
      // A leaf opens its subject page.
      const leaves = narrow ? page.locator(`[data-view="root"] .tm-bars a:not([data-drill])`) : page.locator('[data-view="root"] svg a:not([data-drill])');
      if (await leaves.count()) expect(await leaves.first().getAttribute('href')).toMatch(/\/subjects\/\d{3}\/$/);
    });

    it('三公, and a source note that opens the report at its line', async () => {
      await page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '“三公”经费' }).click();
      const total = page.locator('#three-public ~ * tr[data-key="total"], tr[data-key="total"]').first();
      expect(await total.locator('td').first().textContent()).toBe('62.34');
      // On a phone the 出处 column is one tap away.
      const section = page.locator('section[aria-labelledby="three-public"]');
      if (narrow) await section.getByLabel('显示全部列').check();
      const note = total.locator('.src-note a').first();
      expect(await note.isVisible()).toBe(true);
      const cited = (await note.textContent())!;
      expect(cited).toMatch(/^第 \d+ 行$/);
      await note.click();
      await page.waitForURL(/\/sources\/[0-9a-f]{16}\/#L\d+$/);
      const line = new URL(page.url()).hash.slice(1);
      expect(line).toBe(`L${cited.match(/\d+/)![0]}`);
      const row = page.locator(`tr#${line}`);
      expect(await row.isVisible()).toBe(true);
      expect(await row.textContent()).toMatch(/62\.34/);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(line);
      await check('source as read');
      // The file as published, byte for byte.
      const file = page.locator('a', { hasText: '原文件' }).first();
      const response = await page.request.get(new URL((await file.getAttribute('href'))!, page.url()).href);
      expect(response.status()).toBe(200);
      const sha = (await page.locator('.source-doc code.sha').textContent())!.trim();
      expect(createHash('sha256').update(await response.body()).digest('hex')).toBe(sha);
      await page.goBack();
    });

    it.skipIf(!realPdfAvailable())('a PDF figure opens the published PDF at its page, and the text read from it', async () => {
      const y = builtYears().find((b) => b.name === PDF_DEPARTMENT)!;
      await page.goto(portal.site.url(`departments/${y.slug}/${y.year}/#summary`));
      const note = page.locator('[data-figure="summary.expenditureTotal"] .src-note');
      const pdf = note.locator('a').first();
      expect(await pdf.textContent()).toBe('第 7 页');
      const href = new URL((await pdf.getAttribute('href'))!, page.url());
      expect(href.hash).toBe('#page=7');
      const response = await page.request.get(href.href);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await note.locator('a.src-line').click();
      await page.waitForURL(/\/sources\/[0-9a-f]{16}\/#L\d+$/);
      const row = page.locator(':target');
      expect(await row.textContent()).toMatch(/9,?759\.38/);
      // The line sits under its page's marker, which links to the PDF at that page.
      expect(await row.evaluate((r) => r.closest('section')?.querySelector('h2')?.id)).toBe('p7');
      await check('PDF source as read');
    });

    it('downloads the year as JSON and the data as CSV', async () => {
      const y = builtYears().find((b) => b.name === DEPARTMENT && b.year === 2020)!;
      await page.goto(portal.site.url(`departments/${y.slug}/2020/#sources`));
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '本年度数据（JSON）' }).click()]);
      const year = JSON.parse(readFileSync((await json.path())!, 'utf8'));
      expect([year.department.slug, year.year]).toEqual([y.slug, 2020]);
      await page.getByRole('link', { name: '数据说明与其他下载' }).click();
      await page.waitForURL(/\/data\/$/);
      const csvLink = page.locator('main a[href$=".csv"]').first();
      const [csv] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      const bytes = readFileSync((await csv.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain(DEPARTMENT);
    });

    it('searches 2150501, 平顶山 and 疫情防控, and lands on the subject page', async () => {
      const search = async (query: string) => {
        await page.goto(portal.site.url(''));
        const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
        await box.fill(query);
        await box.press('Enter');
        await page.waitForSelector('[data-search][data-search-state="done"]');
        return page.locator('[data-search-results] > li');
      };

      // A department by its city: the department first, once, with its years under it.
      let results = await search('平顶山');
      expect(await results.first().locator(':scope > .search-result-meta .search-kind').getAttribute('data-kind')).toBe('部门');
      expect(await results.first().locator('a').first().textContent()).toBe('平顶山市工业和信息化局');
      const pingdingshan = builtYears().find((b) => b.name === '平顶山市工业和信息化局')!.slug;
      expect(await results.locator(`:scope > .search-result-title a[href*="/departments/${pingdingshan}/"]`).count()).toBe(1);
      expect(await results.first().locator(`.search-also a[href*="/departments/${pingdingshan}/2023/"]`).count()).toBe(1);
      expect(await results.locator(':scope > .search-result-meta .search-kind[data-kind="科目"]').count()).toBe(0);
      await check('search 平顶山');

      // Words from the prose: the year, opened at the matching section with the section open.
      results = await search('疫情防控');
      const hit = results.locator('a[href*="/2020/#"]').first();
      expect(await hit.count()).toBe(1);
      await hit.click();
      await page.waitForURL(/\/2020\/#/);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${target}"]`).evaluate((el) => el.closest('details')?.open ?? true)).toBe(true);

      // A subject by its code: the subject page first, and it is worth landing on.
      results = await search('2150501');
      const first = results.first().locator('a').first();
      expect(await first.textContent()).toBe('2150501 行政运行');
      await check('search 2150501');
      await first.click();
      await page.waitForURL(/\/subjects\/2150501\/$/);
      expect(sitePath(page)).toMatch(/subjects\/2150501\/$/);
      expect(await page.locator('#definition').count()).toBe(1);
      expect(await page.locator('section[aria-labelledby="spending"] svg.chart').count()).toBeGreaterThan(0);
      expect(await page.locator('section[aria-labelledby="spending"] tbody tr', { hasText: DEPARTMENT }).count()).toBe(1);
      expect(await page.locator('a[href$="/subjects/21505/"]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await check('subject');
    });

    it('met no accessibility violation and no console error on the way', () => {
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
