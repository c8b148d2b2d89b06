// Content-Security-Policy: every built page carries the strict policy before anything it
// loads, ships no inline script, style or event handler, and in the browser no page kind
// (including a search, which runs Pagefind's WebAssembly) triggers a single violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { startTags } from '../../scripts/links/html-refs.ts';
import { DIST, builtYears, regionPages, richestYear, startPortal, type Portal } from './portal-browser.ts';
import { openGuarded } from './guarded-page.ts';

const htmlPages = () =>
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

/** What in one page's markup the policy would block, or the policy itself missing or late. */
function policyProblems(html: string): string[] {
  const tags = startTags(html);
  const problems: string[] = [];
  const policies = tags.filter((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (policies.length !== 1) problems.push(`${policies.length} CSP meta tags`);
  else if (policies[0].attributes.get('content') !== CONTENT_SECURITY_POLICY) problems.push(`CSP is "${policies[0].attributes.get('content')}"`);
  const loadsBefore = tags.slice(0, Math.max(0, tags.indexOf(policies[0]))).filter((t) => ['script', 'link', 'style', 'img', 'iframe'].includes(t.name));
  if (loadsBefore.length) problems.push(`<${loadsBefore[0].name}> before the CSP meta tag`);
  for (const t of tags) {
    const type = t.attributes.get('type') ?? '';
    if (t.name === 'script' && !t.attributes.has('src') && !/json/.test(type)) problems.push('inline <script>');
    if (t.name === 'style') problems.push('<style> element');
    if (t.attributes.has('style')) problems.push(`style attribute on <${t.name}>`);
    for (const name of t.attributes.keys()) if (/^on/.test(name)) problems.push(`${name} on <${t.name}>`);
  }
  return [...new Set(problems)];
}

describe('the policy in the built pages', () => {
  it('is on every page, first, and nothing in the markup needs an exception', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((p) => policyProblems(readFileSync(join(DIST, p), 'utf8')).map((x) => `${p}: ${x}`));
    expect(problems).toEqual([]);
  });

  it('the audit does catch what the policy would block', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`;
    expect(policyProblems(`<head>${meta}</head><body><p>ok</p></body>`)).toEqual([]);
    expect(policyProblems(`<head><script src="/a.js"></script>${meta}</head>`)).toEqual(['<script> before the CSP meta tag']);
    expect(policyProblems(`<head>${meta}<style>p{}</style></head><body><p style="color:red" onclick="x()">x</p><script>x()</script></body>`))
      .toEqual(['<style> element', 'style attribute on <p>', 'onclick on <p>', 'inline <script>']);
    expect(policyProblems('<head></head>')).toEqual(['0 CSP meta tags']);
  });
});

describe('in the browser', () => {
  let portal: Portal;
  beforeAll(async () => { portal = await startPortal(); });
  afterAll(async () => { await portal?.close(); });

  const yearPath = (y: { slug: string; year: number }) => `departments/${y.slug}/${y.year}/`;
  const pageKinds = (): [string, string][] => {
    const years = builtYears();
    const perf = years.find((y) => y.documentTypes.every((t) => t === 'performance-evaluation'));
    const prose = years.find((y) => y.tables === 0 && !y.documentTypes.every((t) => t === 'performance-evaluation'));
    return [
      ['home', ''], ['departments', 'departments/'], ['department', `departments/${richestYear().slug}/`],
      ['department-year', yearPath(richestYear())],
      ...(perf ? [['department-year (performance only)', yearPath(perf)] as [string, string]] : []),
      ...(prose ? [['department-year (prose only)', yearPath(prose)] as [string, string]] : []),
      ...regionPages(),
      ['subjects', 'subjects/'], ['subject', 'subjects/215/'], ['data', 'data/'], ['quality', 'quality/'],
      ['about', 'about/'], ['glossary', 'glossary/'], ['search', 'search/'], ['404', 'no-such-page/'],
    ];
  };

  it('no page kind triggers a violation', async () => {
    const problems: string[] = [];
    for (const [kind, path] of pageKinds()) {
      const guarded = await openGuarded(portal, path);
      await guarded.page.waitForLoadState('networkidle');
      for (const v of await guarded.violations()) problems.push(`${kind}: ${v}`);
      await guarded.close();
    }
    expect(problems).toEqual([]);
  });

  it('a search runs Pagefind (WebAssembly) under the policy and lists results', async () => {
    const guarded = await openGuarded(portal, `search/?q=${encodeURIComponent('工业和信息化')}`);
    await expect.poll(() => guarded.page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await guarded.page.waitForLoadState('networkidle');
    // A second query from the form, after the engine is loaded.
    await guarded.page.fill('#search-q', '公务接待');
    await guarded.page.press('#search-q', 'Enter');
    await expect.poll(() => guarded.page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('so does Pagefind\'s fallback without Web Workers, which compiles the WebAssembly in the page', async () => {
    // Without 'wasm-unsafe-eval' this is the path that breaks (script-src blocked wasm-eval).
    const guarded = await openGuarded(portal, `search/?q=${encodeURIComponent('工业和信息化')}`, {}, () => {
      (window as unknown as { Worker?: unknown }).Worker = undefined;
    });
    await expect.poll(() => guarded.page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('the treemap, sorting and filter scripts run (they are files, not inline)', async () => {
    const guarded = await openGuarded(portal, yearPath(richestYear()));
    const tile = guarded.page.locator('[data-view="root"] a[data-drill]').first();
    const code = (await tile.getAttribute('data-drill'))!;
    await tile.click();
    expect(await guarded.page.locator(`[data-view="${code}"]`).isVisible()).toBe(true);
    const sortable = guarded.page.locator('table[data-sortable] th button.sort').first();
    if (await sortable.count()) {
      await guarded.page.locator('#execution').click(); // the section is collapsed; its heading opens it
      await sortable.click();
    }
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('the watcher does see a violation when one happens', async () => {
    const guarded = await openGuarded(portal, '');
    await guarded.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect.poll(async () => (await guarded.violations()).filter((v) => /script-src-elem blocked \(?inline/.test(v))).toHaveLength(1);
    expect(await guarded.page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await guarded.close();
  });
});
