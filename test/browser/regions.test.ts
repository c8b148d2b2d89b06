// Region-year pages (/regions/<region>/<year>/): every department-year of a region and year in one
// table, sub-regions' included; sortable by any column with JavaScript, readable in the server's
// order without it; its CSV download is the same table; failed checks flagged on their rows; the
// home page, the department pages and the region pages link to one another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Page } from 'playwright-core';
import { builtRegions, DIST, regionYearPath, startPortal, type Portal } from './portal-browser.ts';
import { realPdfAvailable } from './test-site.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

interface Built { slug: string; name: string; region?: string[]; year: number; fail: number }

const regions = builtRegions;
const regionOf = (...names: string[]) => regions().find((r) => r.names.join('/') === names.join('/'))!;
function built(): Built[] {
  const all = JSON.parse(readFileSync(join(DIST, 'data', 'all.json'), 'utf8')) as { departments: { years: any[] }[] };
  return all.departments.flatMap((d) => d.years).map((y) => ({
    slug: y.department.slug, name: y.department.name, region: y.department.region, year: y.year,
    fail: y.checks.filter((c: { status: string }) => c.status === 'fail').length,
  }));
}
const inRegion = (b: Built, names: string[]) => names.every((n, i) => b.region?.[i] === n);
const path = regionYearPath;

/** The body rows as the page shows them: slug and every cell's plain value by column key. */
function rowsOf(page: Page): Promise<{ slug: string; values: Record<string, string> }[]> {
  return page.$$eval('table.region-table tbody tr', (trs) => trs.map((tr) => ({
    slug: (tr as HTMLElement).dataset.slug!,
    values: Object.fromEntries([...tr.children].map((cell, i) => [tr.closest('table')!.querySelectorAll('thead th')[i]!.getAttribute('data-column')!, (cell as HTMLElement).dataset.value ?? ''])),
  })));
}

describe('a region-year page', () => {
  it('lists every department-year of its region and year, each linked to its page', async () => {
    for (const r of regions()) {
      for (const { year, departments } of r.years) {
        const { page } = await portal.open(path(r, year));
        const expected = built().filter((b) => b.year === year && inRegion(b, r.names)).map((b) => b.slug).sort();
        expect(expected).toHaveLength(departments);
        expect((await rowsOf(page)).map((row) => row.slug).sort(), `${r.names.join('/')} ${year}`).toEqual(expected);
        for (const slug of expected) expect(await page.locator(`tr[data-slug="${slug}"] th a`).getAttribute('href')).toMatch(new RegExp(`/departments/${slug}/${year}/$`));
        await page.context().close();
      }
    }
  });

  it('株洲市 2020: 7,627.22 万元 and 58.0% for 工业和信息化局, its 三公 per member of staff, the failed check of 人民政府办公室 on its row', async () => {
    const { page, errors } = await portal.open(path(regionOf('株洲市'), 2020));
    const row = page.locator('tr', { hasText: '株洲市工业和信息化局' });
    expect(await row.locator('td[data-column="expenditure"]').textContent()).toBe('7,627.22');
    expect(await row.locator('td[data-column="threePublicPerStaff"]').getAttribute('data-value')).toBe('0.73');
    expect(await row.locator('td[data-column="expenditureShare"] svg.sharebar').count()).toBe(1);
    const office = page.locator('tr', { hasText: '株洲市人民政府办公室（本级）' });
    expect(await office.locator('td[data-column="failed"] a.st-fail').textContent()).toBe('未通过 1');
    expect(await office.locator('td[data-column="failed"] a').getAttribute('href')).toMatch(/\/2020\/#checks$/);
    expect(errors).toEqual([]);
  });

  it('sorts by “三公”经费决算 up and down, departments that state none last', async () => {
    const { page, errors } = await portal.open(path(regionOf('株洲市'), 2020));
    const serverOrder = (await rowsOf(page)).map((r) => r.slug);
    const header = page.locator('thead th[data-column="threePublicActual"] button.sort');
    const column = async () => (await rowsOf(page)).map((r) => r.values.threePublicActual);
    const numbersThenBlanks = (values: string[], sign: 1 | -1) => {
      const stated = values.filter((v) => v !== '').map(Number);
      expect(values.slice(stated.length).every((v) => v === '')).toBe(true);
      expect(stated).toEqual([...stated].sort((a, b) => sign * (a - b)));
    };
    await header.click();
    expect(await page.locator('thead th[data-column="threePublicActual"]').getAttribute('aria-sort')).toBe('ascending');
    numbersThenBlanks(await column(), 1);
    await header.click();
    numbersThenBlanks(await column(), -1);
    expect((await column())[0]).toBe('161.33');
    await header.click();
    expect((await rowsOf(page)).map((r) => r.slug)).toEqual(serverOrder);
    expect(errors).toEqual([]);
  });

  it('without JavaScript: the table in the server\'s order (largest spending first), its bars drawn, no sort buttons', async () => {
    const { page } = await portal.open(path(regionOf('株洲市'), 2020), { javaScriptEnabled: false });
    const spending = (await rowsOf(page)).map((r) => r.values.expenditure).filter((v) => v !== '').map(Number);
    expect(spending).toEqual([...spending].sort((a, b) => b - a));
    expect(await page.locator('td[data-column="expenditureShare"] svg.sharebar').count()).toBeGreaterThan(1);
    expect(await page.locator('button.sort').count()).toBe(0);
    expect(await page.locator('.sort-hint').isVisible()).toBe(false);
  });

  it('offers a CSV that is exactly the table: the same columns, rows and values', async () => {
    for (const [r, year] of [[regionOf('株洲市'), 2020], [regionOf('株洲市'), 2023], [regionOf('浏阳市'), 2021]] as const) {
      const { page } = await portal.open(path(r, year));
      const link = page.locator('a[download][href$=".csv"]');
      const response = await fetch(new URL((await link.getAttribute('href'))!, page.url()));
      expect(response.status).toBe(200);
      const csv = csvParse((await response.text()).replace(/^\uFEFF/, ''));
      const headers = await page.$$eval('table.region-table thead th', (ths) => ths.map((th) => th.textContent!.trim()));
      expect(csv.columns.filter((c) => c !== '部门标识')).toEqual(headers);
      const keys = await page.$$eval('table.region-table thead th', (ths) => ths.map((th) => th.getAttribute('data-column')!));
      const rows = await rowsOf(page);
      expect(csv.map((c) => c['部门标识'])).toEqual(rows.map((row) => row.slug));
      rows.forEach((row, i) => keys.forEach((key, k) => expect(csv[i]![headers[k]!], `${r.names.join('/')} ${year} ${row.slug} ${headers[k]}`).toBe(row.values[key])));
      await page.context().close();
    }
  });

  it('never widens the page: the table scrolls in its own box at 1366 px, and at 360 px with every column shown', async () => {
    for (const width of [1366, 360]) {
      const { page } = await portal.open('regions/', { viewport: { width, height: 900 } });
      for (const r of regions()) {
        for (const { year } of r.years) {
          await page.goto(portal.site.url(path(r, year)));
          if (width === 360) await page.getByLabel('显示全部列').check();
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${r.names.join('/')} ${year} at ${width}`).toBeLessThanOrEqual(width);
        }
      }
      await page.context().close();
    }
  });

  it('shows a missing figure as a dash with its reason, never as 0', async () => {
    const { page } = await portal.open(path(regionOf('浏阳市'), 2021));
    const cell = page.locator('td[data-column="operatingCosts"]').first();
    expect(await cell.getAttribute('data-value')).toBe('');
    expect(await cell.locator('.missing').getAttribute('title')).toBe('只公开了绩效自评报告，其中未写明');
    expect((await cell.textContent())!.startsWith('—')).toBe(true);
  });

  it('takes last year from the department\'s own report of the year before: 岳阳市 2023', async () => {
    const r = regionOf('岳阳市');
    const { page } = await portal.open(path(r, 2023));
    const [row] = await rowsOf(page);
    expect(row.values.threePublicChange).not.toBe('');
    expect(await page.locator('td[data-column="threePublicChange"] .badge.derived').count()).toBe(0);
  });
});

describe('links to and between region pages', () => {
  it('the home page lists the regions with their department counts, each year linked', async () => {
    const { page } = await portal.open('');
    const card = page.locator('ul.regions > li', { hasText: '株洲市' });
    expect(await card.locator('.meta-line').first().textContent()).toMatch(/^4 个部门，含 1 个下级地区$/);
    expect(await card.getByRole('link', { name: '2020年度' }).getAttribute('href')).toMatch(new RegExp(`/${path(regionOf('株洲市'), 2020)}$`));
    // No department is listed on the home page but the latest reports.
    expect(await page.locator('main li[data-regions]').count()).toBe(0);
  });

  it('a department-year page links its region and city to their pages of that year', async () => {
    const lusong = built().find((b) => b.region?.[1] === '芦淞区')!;
    const { page } = await portal.open(`departments/${lusong.slug}/${lusong.year}/`);
    const meta = page.locator('main > p.meta-line').first();
    expect(await meta.getByRole('link', { name: '株洲市', exact: true }).getAttribute('href')).toMatch(new RegExp(`/${path(regionOf('株洲市'), 2023)}$`));
    expect(await meta.getByRole('link', { name: '芦淞区', exact: true }).getAttribute('href')).toMatch(new RegExp(`/${path(regionOf('株洲市', '芦淞区'), 2023)}$`));
  });

  it.skipIf(!realPdfAvailable())('上海市 2024 holds 普陀区\'s department and links to 普陀区\'s page, which leads back', async () => {
    const city = regionOf('上海市');
    const district = regionOf('上海市', '普陀区');
    const { page } = await portal.open(path(city, 2024));
    expect(await page.locator('table.region-table tbody th', { hasText: '上海市普陀区规划和自然资源局' }).count()).toBe(1);
    await page.locator('main').getByRole('link', { name: '普陀区', exact: true }).first().click();
    await page.waitForURL(new RegExp(`/${path(district, 2024)}$`));
    expect(await page.textContent('h1')).toBe('上海市 · 普陀区 2024年度各部门决算对比');
    expect(await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '上海市' }).getAttribute('href')).toMatch(new RegExp(`/${path(city, 2024)}$`));
  });
});
