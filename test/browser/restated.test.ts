// Restatements in a real browser: the fixture department 岳阳市君山区示例建设局, whose 2023
// report says its 2022 “三公” total was 3.13 万元 where the 2022 report publishes 2.63
// (test/fixtures/reports/restated-2022.txt, restated-2023.txt). Both figures are shown, each
// with a link to the line of the report that states it; neither replaces the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtYears, startPortal, type Portal } from './portal-browser.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

const NAME = '岳阳市君山区示例建设局';
const slug = () => builtYears().find((y) => y.name === NAME)!.slug;

/** Where a link leads, and the text of the line it opens on /sources/<id>/. */
async function lineText(href: string): Promise<string> {
  const { page } = await portal.open(href.replace(/^\//, ''));
  const anchor = new URL(href, 'http://x').hash.slice(1);
  const text = await page.locator(`[id="${anchor}"]`).textContent();
  await page.context().close();
  return text ?? '';
}

describe('a figure a later report restates', () => {
  it('the earlier year says so, with both figures and a link to each report\'s line', async () => {
    const { page, errors } = await portal.open(`departments/${slug()}/2022/`);
    const note = page.locator('aside.restated');
    await expect.poll(() => note.isVisible()).toBe(true);
    const text = (await note.textContent())!;
    expect(text).toContain('2022年度“三公”经费决算数：本报告为 2.63 万元');
    expect(text).toContain('2023年度报告由“与上年相比增加1.06万元”推算为 3.13 万元');
    expect(text).toContain('两者相差 0.50 万元');
    const links = await note.locator('a[href*="sources/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(2);
    expect(await lineText(links[0])).toContain('2.63');
    expect(await lineText(links[1])).toContain('增加1.06万元');
    // The page still shows the 2022 report's own figure.
    expect(await page.locator('section:has(#three-public)').textContent()).toContain('2.63');
    expect(errors).toEqual([]);
  });

  it('the later year fails the check history.restated once, naming both figures and both reports\' lines', async () => {
    const { page, errors } = await portal.open(`departments/${slug()}/2023/`);
    const failed = page.locator('.check-item.fail', { hasText: '上年数字' });
    expect(await failed.count()).toBe(1);
    const text = (await failed.textContent())!;
    expect(text).toContain('推算为 3.13 万元');
    expect(text).toContain('所列为 2.63 万元');
    const figureLinks = await failed.locator('.check-figures a[href*="sources/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(figureLinks).toHaveLength(2);
    expect(new Set(figureLinks.map((h) => h.split('#')[0])).size).toBe(2);
    expect(errors).toEqual([]);
  });

  it('the trend chart keeps the reported bar and marks the later figure beside it, with a legend and both figures in the table', async () => {
    const { page, errors } = await portal.open(`departments/${slug()}/`);
    const section = page.locator('section:has(#three-public-trend)');
    const markers = section.locator('svg .restated-marker');
    expect(await markers.count()).toBe(1);
    const title = (await markers.first().locator('title').textContent())!;
    expect(title).toContain('本年度报告为 2.63 万元');
    expect(title).toContain('2023年度报告称 3.13 万元');
    // The bar is the 2022 report's figure: the marker, at the higher 3.13, sits above the bar's top.
    const bar = markers.first().locator('xpath=..').locator('rect').first();
    const barTop = Number(await bar.getAttribute('y'));
    const markerY = Number(await markers.first().locator('line').getAttribute('y1'));
    expect(markerY).toBeLessThan(barTop);
    expect(await section.locator('.legend').textContent()).toContain('后续年度报告所称的不同数字');
    await section.locator('details summary').first().click();
    expect(await section.locator('.restated-note').first().textContent()).toContain('2022年“三公”经费合计决算数：2022年度报告为 2.63 万元，2023年度报告称 3.13 万元');
    expect(errors).toEqual([]);
  });
});
