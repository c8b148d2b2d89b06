// What every page says about the site: the data licence and update date, share-card meta, no
// address the site does not own (no canonical link or sitemap unless PORTAL_SITE is set), a
// focus ring that can be seen, and what works with JavaScript off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, richestYear, startPortal, type Portal } from './portal-browser.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('site facts', () => {
  it('every page states the licence and the update date, and carries share-card meta', async () => {
    for (const path of ['', `departments/${richestYear().slug}/`, 'subjects/215/', 'about/']) {
      const { page } = await portal.open(path);
      const footer = (await page.locator('footer').textContent())!;
      expect(footer).toMatch(/数据更新：\d{4}年\d{1,2}月\d{1,2}日/);
      expect(await page.locator('footer a[rel="license"]').getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
      expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBeTruthy();
      await page.context().close();
    }
  });

  it('claims no address without PORTAL_SITE: no canonical link, no og:url, no sitemap, never example.org', async () => {
    const { page } = await portal.open('');
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
    expect(await page.content()).not.toContain('example.org');
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    await page.context().close();
  });

  it('draws the keyboard focus ring at 3:1 or better against the page', async () => {
    const { page } = await portal.open('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const { outline, background } = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { outline: getComputedStyle(el).outlineColor, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(contrast(outline, background)).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('without JavaScript: no filter form that does nothing, no sorting hint, the treemap drills by its anchors', async () => {
    const { page } = await portal.open('departments/', { javaScriptEnabled: false });
    expect(await page.locator('form[data-department-filter]').isVisible()).toBe(false);
    await page.context().close();
    const year = await portal.open(`departments/${richestYear().slug}/${richestYear().year}/#execution`, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await year.page.locator('#execution').click();
    expect(await year.page.locator('.sort-hint').isVisible()).toBe(false);
    const bar = year.page.locator('[data-view="root"] .tm-bars a[data-drill]').first();
    const code = (await bar.getAttribute('data-drill'))!;
    await bar.click();
    expect(await year.page.locator(`[data-view="${code}"] .tm-bars`).isVisible()).toBe(true);
    await year.page.goBack();
    expect(await year.page.locator('[data-view="root"] .tm-bars').isVisible()).toBe(true);
    await year.page.context().close();
  });
});
