// /quality/ in a real browser: it lists what needs a reader's attention (failed or repaired
// checks, every restatement, files that could not be read cleanly), links each to its
// department-year page, counts the rest, offers the full table as a CSV whose rows are the
// site's department-years, and reads on a 360 px screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { builtYears, DIST, startPortal, type Portal } from './portal-browser.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

interface YearChecks { slug: string; year: number; fail: number; repaired: number; rounding: number; restatedBy: number }

/** Every department-year's check counts, from the build's bulk download. */
function yearChecks(): YearChecks[] {
  const all = JSON.parse(readFileSync(join(DIST, 'data', 'all.json'), 'utf8')) as { departments: { years: any[] }[] };
  return all.departments.flatMap((d) => d.years).map((y) => {
    const count = (status: string) => y.checks.filter((c: { status: string }) => c.status === status).length;
    return { slug: y.department.slug, year: y.year, fail: count('fail'), repaired: count('repaired'), rounding: count('rounding'), restatedBy: (y.restatedBy ?? []).length };
  });
}

describe('/quality/', () => {
  it('lists every department-year with a failed or repaired check, linked to its checks, and no other', async () => {
    const { page, errors } = await portal.open('quality/');
    const listed = await page.locator('#problems + ul > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const expected = yearChecks().filter((y) => y.fail + y.repaired > 0).map((y) => `departments/${y.slug}/${y.year}/#checks`);
    expect(listed.map((h) => h.replace(/^\/+/, ''))).toEqual(expect.arrayContaining(expected));
    expect(listed).toHaveLength(expected.length);
    // Rounding-only department-years are counted, not listed.
    const roundingOnly = yearChecks().filter((y) => y.rounding > 0 && y.fail + y.repaired === 0);
    expect(await page.locator('main, body').first().textContent()).toContain(`另有 ${roundingOnly.length} 个部门年度只有尾数误差`);
    for (const y of roundingOnly) expect(listed.some((h) => h.includes(`${y.slug}/${y.year}/`))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('lists every restatement with both figures and links to both department-years and both reports\' lines', async () => {
    const { page } = await portal.open('quality/');
    const items = page.locator('#restated ~ ul.restatements > li');
    expect(await items.count()).toBe(yearChecks().reduce((n, y) => n + y.restatedBy, 0));
    const fixture = items.filter({ hasText: '岳阳市君山区示例建设局 2022年度' });
    const text = (await fixture.textContent())!;
    expect(text).toContain('本年度报告为 2.63 万元');
    expect(text).toContain('2023年度报告称 3.13 万元');
    const hrefs = await fixture.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => /departments\/[^/]+\/2022\/$/.test(h))).toHaveLength(1);
    expect(hrefs.filter((h) => /departments\/[^/]+\/2023\/#checks$/.test(h))).toHaveLength(1);
    expect(hrefs.filter((h) => /sources\/[0-9a-f]{16}\/#L\d+$/.test(h))).toHaveLength(2);
  });

  it('summarises each year with the department-years the site has', async () => {
    const { page } = await portal.open('quality/');
    const rows = await page.locator('#by-year + .table-scroll tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    const perYear = new Map<number, number>();
    for (const y of builtYears()) perYear.set(y.year, (perYear.get(y.year) ?? 0) + 1);
    expect(rows.map(([year, count]) => [Number(year), Number(count)])).toEqual([...perYear].sort((a, b) => b[0] - a[0]));
  });

  it('offers the full table as a CSV: one row per department-year, its counts as the data say', async () => {
    const { page } = await portal.open('quality/');
    const href = (await page.locator('a[download][href$="quality.csv"]').getAttribute('href'))!;
    const res = await fetch(portal.site.url(href.replace(/^\//, '')));
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParse(new TextDecoder().decode(bytes.slice(3)));
    const years = yearChecks();
    expect(rows).toHaveLength(years.length);
    for (const y of years) {
      const row = rows.find((r) => r['部门标识'] === y.slug && Number(r['年度']) === y.year)!;
      expect([row['未通过'], row['已修正'], row['尾数误差'], row['被后续报告改写']].map(Number)).toEqual([y.fail, y.repaired, y.rounding, y.restatedBy]);
    }
  });

  it('lists the files read with problems by the problem, and not the files read cleanly', async () => {
    const { page } = await portal.open('quality/');
    const group = page.locator('#files ~ section', { has: page.locator('h3', { hasText: '报告中没有部门决算表' }) });
    expect(await group.locator('li', { hasText: 'restated-2023.txt' }).count()).toBe(1);
    const files = await page.locator('#files ~ * code').allTextContents();
    // Seed 000 reads cleanly: counted, not listed.
    expect(files.some((f) => f.includes('000_b2f907220b214ab4.txt'))).toBe(false);
  });

  it('reads on a 360 px screen without sideways scrolling', async () => {
    const { page } = await portal.open('quality/', { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
