// The portal in a real browser: treemap drill-down, subject links, downloads against the
// published schema, sorting and filtering, small screens, accessibility and console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { departmentYear } from '../../src/lib/schema.ts';
import { DIST, axeViolations, builtYears, regionPages, richestYear, startPortal, type Portal } from './portal-browser.ts';
import { schemaErrors, unknownKeywords } from './json-schema-check.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

const rich = () => richestYear();
const yearPath = (y: { slug: string; year: number }) => `departments/${y.slug}/${y.year}/`;

describe('department-year page', () => {
  it('has its own title, description and language', async () => {
    const y = rich();
    const { page, errors } = await portal.open(yearPath(y));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain(`${y.name} ${y.year}年度`);
    expect((await page.getAttribute('meta[name="description"]', 'content'))!.length).toBeGreaterThan(20);
    expect(await page.textContent('h1')).toContain(y.name);
    expect(errors).toEqual([]);
  });

  it('drills into the largest class of the treemap and back, and the table beneath agrees', async () => {
    const { page, errors } = await portal.open(yearPath(rich()));
    const root = page.locator('[data-view="root"]');
    await expect.poll(() => root.isVisible()).toBe(true);
    // The largest drillable class: tiles are sorted by area, the first is the largest.
    const tile = root.locator('a[data-drill]').first();
    const code = (await tile.getAttribute('data-drill'))!;
    await tile.click();
    const view = page.locator(`[data-view="${code}"]`);
    expect(await view.isVisible()).toBe(true);
    expect(await root.isVisible()).toBe(false);
    expect(await page.textContent('[data-tm-current]')).toContain(code);
    expect(new URL(page.url()).hash).toBe(`#tm-${code}`);

    // Only this class's rows remain in the table, and every tile matches a row's code and amount.
    const visibleRows = await page.$$eval('#tm-table tbody:not([hidden]) tr', (rows) => rows.map((r) => [r.getAttribute('data-code'), r.getAttribute('data-total')] as [string | null, string | null]));
    expect(visibleRows.length).toBeGreaterThan(1);
    expect(visibleRows.every(([c]) => c!.startsWith(code))).toBe(true);
    const tiles = await view.locator('[data-code]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-code'), n.getAttribute('data-total')]));
    expect(tiles.length).toBeGreaterThan(0);
    const rowMap = new Map(visibleRows);
    for (const [c, total] of tiles) expect(rowMap.get(c), c!).toBe(total);

    // Back to the overview (the browser's Back, since the overview is where we came from): all classes again.
    await view.locator('a[data-drill="root"]').click();
    await expect.poll(() => root.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(await view.isVisible()).toBe(false);
    expect(await page.locator('#tm-table tbody[hidden]').count()).toBe(0);
    const classRows = await page.$$eval('#tm-table tr.lvl-类', (rows) => rows.map((r) => r.getAttribute('data-code')));
    const classTiles = await root.locator('[data-code]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-code')));
    expect(classTiles.every((c) => classRows.includes(c))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('drills down without JavaScript too (anchors and :target)', async () => {
    const { page } = await portal.open(yearPath(rich()), { javaScriptEnabled: false });
    const code = (await page.locator('[data-view="root"] a[data-drill]').first().getAttribute('data-drill'))!;
    await page.locator('[data-view="root"] a[data-drill]').first().click();
    expect(await page.locator(`[data-view="${code}"]`).isVisible()).toBe(true);
    expect(await page.locator('[data-view="root"]').isVisible()).toBe(false);
    await page.close();
  });

  it('switches treemap labels between amounts and shares', async () => {
    const { page } = await portal.open(yearPath(rich()));
    const abs = page.locator('[data-view="root"] .v-abs').first();
    const share = page.locator('[data-view="root"] .v-share').first();
    expect(await abs.isVisible()).toBe(true);
    expect(await share.isVisible()).toBe(false);
    await page.getByLabel('占比').check();
    expect(await abs.isVisible()).toBe(false);
    expect(await share.isVisible()).toBe(true);
    expect(await share.textContent()).toMatch(/%$/);
  });

  it('follows a subject link to the subject page, which lists this department-year with the same amount', async () => {
    const y = rich();
    const { page, errors } = await portal.open(yearPath(y));
    await page.locator('summary', { hasText: '支出功能分类明细' }).click();
    const row = page.locator('#tm-table tr.lvl-项').first();
    const code = (await row.getAttribute('data-code'))!;
    const amount = (await row.locator('td.num').first().textContent())!.trim();
    await row.locator('a').first().click();
    await page.waitForURL(`**/subjects/${code}/`);
    expect(await page.textContent('h1')).toContain(code);
    const use = page.locator('table tbody tr', { has: page.locator(`a[href$="departments/${y.slug}/${y.year}/#function"]`) });
    expect(await use.count()).toBe(1);
    expect((await use.locator('td.num').first().textContent())!.trim()).toBe(amount);
    // and the parent subject is linked
    expect(await page.locator(`a[href$="subjects/${code.slice(0, 5)}/"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('sorts the budget-execution table by budget', async () => {
    const y = builtYears().find((b) => b.functionRows > 0 && b.tables > 0)!;
    // The section is collapsed; a link to it opens it (src/client/open-target.ts).
    const { page } = await portal.open(`${yearPath(y)}#execution`);
    const table = page.locator('table[data-sortable]').first();
    await table.locator('th button.sort', { hasText: '年初预算' }).click();
    expect(await table.locator('th', { hasText: '年初预算' }).getAttribute('aria-sort')).toBe('ascending');
    const values = await table.locator('tbody tr td:nth-child(2)').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')).filter((v) => v !== '').map(Number));
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await table.locator('th button.sort', { hasText: '年初预算' }).click();
    expect(await table.locator('th', { hasText: '年初预算' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('says what is missing for a performance-only or prose-only year instead of drawing empty charts', async () => {
    for (const y of builtYears().filter((b) => b.functionRows === 0 || b.tables === 0)) {
      const { page } = await portal.open(yearPath(y));
      expect(await page.locator('aside.notice[aria-label="本年度缺少的内容"]').textContent(), y.slug).toMatch(/绩效自评报告|文字说明/);
      if (y.functionRows === 0) expect(await page.locator('[data-treemap]').count()).toBe(0);
      await page.close();
    }
  });

  it('reads on a 360 px screen: no sideways scrolling, the treemap as a bar list sorted by amount', async () => {
    const { page } = await portal.open(yearPath(rich()), { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('[data-view="root"] svg.tm-map').isVisible()).toBe(false);
    const bars = page.locator('[data-view="root"] .tm-bars li');
    expect(await bars.first().isVisible()).toBe(true);
    const amounts = (await bars.locator('.v-abs').allTextContents()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(amounts.length).toBeGreaterThan(2);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    // Labels stay readable: the bar list's text is the page's own size.
    expect(await bars.first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize))).toBeGreaterThanOrEqual(14);
    // Every table shows its key columns without scrolling sideways; the others are one tap away.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    for (const scroller of await page.locator('.cols .table-scroll').all()) {
      expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
  });
});

describe('department page', () => {
  it('draws the 三公 trend with derived years marked 推算', async () => {
    const y = builtYears().find((b) => b.tables > 0)!;
    const { page, errors } = await portal.open(`departments/${y.slug}/`);
    const section = page.locator('#three-public-trend').locator('..');
    expect(await section.locator('svg.chart').count()).toBeGreaterThan(0);
    const all = readFileSync(`${DIST}/data/departments/${y.slug}.json`, 'utf8');
    if (all.includes('"threePublic.actual.')) {
      expect(await section.locator('svg text', { hasText: '推算' }).count()).toBeGreaterThan(0);
      expect(await section.locator('rect[fill^="url(#"]').count()).toBeGreaterThan(0);
    }
    expect(await page.locator(`a[href$="departments/${y.slug}/${y.year}/"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('downloads', () => {
  it('a department JSON downloads and validates against /data/schema.json', async () => {
    const y = rich();
    const { page } = await portal.open(`departments/${y.slug}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href$="data/departments/${y.slug}.json"]`).click()]);
    const body = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const schema = await (await page.request.get(portal.site.url('data/schema.json'))).json();
    expect(unknownKeywords(schema)).toEqual([]);
    expect(body.department.slug).toBe(y.slug);
    expect(body.years.length).toBeGreaterThan(0);
    for (const year of body.years) {
      expect(schemaErrors(year, schema)).toEqual([]);
      expect(departmentYear.safeParse(year).success).toBe(true);
    }
    // The walker does catch a broken document.
    expect(schemaErrors({ ...body.years[0], unit: '元' }, schema).length).toBeGreaterThan(0);
  });

  it('the CSV starts with a UTF-8 BOM and has one row per expenditure row', async () => {
    const res = await fetch(portal.site.url('data/expenditure.csv'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split(/\r?\n/);
    expect(lines[0]).toBe('部门,部门标识,地区,年度,科目编码,科目名称,级次,本年支出合计,基本支出,项目支出,来源文件,来源行,来源页,末级');
    expect(lines.length - 1).toBe(builtYears().reduce((n, y) => n + y.functionRows, 0));
  });
});

describe('lists', () => {
  it('filters departments by region', async () => {
    const { page, errors } = await portal.open('departments/');
    const form = page.locator('form[data-department-filter]');
    expect(await form.isVisible()).toBe(true);
    const total = await page.locator('li[data-regions]').count();
    const options = await form.locator('select[name="region"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    const region = options[options.length - 1];
    await form.locator('select[name="region"]').selectOption(region);
    const shown = await page.locator('li[data-regions]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(total);
    for (const regions of await page.locator('li[data-regions]:visible').evaluateAll((n) => n.map((x) => x.getAttribute('data-regions')))) {
      expect(regions!.split('|')).toContain(region);
    }
    expect(await form.locator('[data-filter-count]').textContent()).toContain(String(shown));
    expect(errors).toEqual([]);
  });
});

describe('every page kind', () => {
  const pageKinds = (): [string, string][] => {
    const years = builtYears();
    const full = rich();
    const perf = years.find((y) => y.documentTypes.every((t) => t === 'performance-evaluation'));
    const prose = years.find((y) => y.tables === 0 && !y.documentTypes.every((t) => t === 'performance-evaluation'));
    return [
      ['home', ''],
      ['departments', 'departments/'],
      ['department', `departments/${full.slug}/`],
      ['department-year', yearPath(full)],
      ...(perf ? [['department-year (performance only)', yearPath(perf)] as [string, string]] : []),
      ...(prose ? [['department-year (prose only)', yearPath(prose)] as [string, string]] : []),
      ...regionPages(),
      ['subjects', 'subjects/'],
      ['subject', 'subjects/215/'],
      ['data', 'data/'],
      ['quality', 'quality/'],
      ['about', 'about/'],
      ['glossary', 'glossary/'],
      ['search', 'search/'],
      ['404', 'no-such-page/'],
    ];
  };

  it('has no serious or critical accessibility violations and no console errors', async () => {
    const problems: string[] = [];
    for (const [kind, path] of pageKinds()) {
      const { page, errors } = await portal.open(path);
      const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      for (const v of violations) problems.push(`${kind}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      // The 404 page is served with status 404, which the browser logs as an error itself.
      for (const e of errors.filter((e) => !(kind === '404' && /404/.test(e)))) problems.push(`${kind}: console: ${e}`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('gives every page its own title and description', async () => {
    const seen = new Map<string, string>();
    for (const [kind, path] of pageKinds()) {
      const { page } = await portal.open(path);
      const title = await page.title();
      const description = await page.getAttribute('meta[name="description"]', 'content');
      expect(description, kind).toBeTruthy();
      expect(seen.has(title), `${kind} repeats the title of ${seen.get(title)}`).toBe(false);
      seen.set(title, kind);
      await page.context().close();
    }
  });
});
