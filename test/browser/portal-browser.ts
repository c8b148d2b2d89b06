// Shared set-up for the portal's browser tests: the built site on a local server and
// Debian's chromium driven by playwright-core, with console errors collected per page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { normaliseBase } from '../../scripts/build-args.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { TEST_CONTENT, TEST_DIST } from './test-site.ts';

export const DIST = TEST_DIST;
export const BASE = normaliseBase(process.env.PORTAL_BASE ?? '/');

export interface Portal {
  site: StaticSite;
  browser: Browser;
  /** A fresh page; console errors and uncaught exceptions land in `errors`. */
  open: (path: string, options?: BrowserContextOptions) => Promise<{ page: Page; errors: string[] }>;
  close: () => Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  const site = await serveStatic(DIST, BASE);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    site,
    browser,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.url(path));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

export interface BuiltYear {
  slug: string;
  name: string;
  year: number;
  documentTypes: string[];
  functionRows: number;
  tables: number;
}

/** The department-years of the build, read from its own bulk download. */
export function builtYears(): BuiltYear[] {
  const all = JSON.parse(readFileSync(join(DIST, 'data', 'all.json'), 'utf8')) as { departments: { years: any[] }[] };
  return all.departments.flatMap((d) => d.years).map((y) => ({
    slug: y.department.slug,
    name: y.department.name,
    year: y.year,
    documentTypes: y.sources.map((s: { documentType: string }) => s.documentType),
    functionRows: (y.expenditureByFunction ?? []).length,
    tables: (y.tables ?? []).length,
  }));
}

export interface BuiltRegion {
  slug: string;
  names: string[];
  parent?: string;
  children: string[];
  years: { year: number; departments: number }[];
}

/** The regions of the build, as its site index lists them (one a line). */
export function builtRegions(): BuiltRegion[] {
  const text = readFileSync(join(TEST_CONTENT, 'site', 'regions.json'), 'utf8').trim();
  return text.slice(1, -1).split(',\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BuiltRegion);
}

export const regionYearPath = (r: { slug: string }, year: number): string => `regions/${r.slug}/${year}/`;

/** One region-year of each kind: the city with the most department-years in a year (with its districts), and a district. */
export function regionPages(): [string, string][] {
  const regions = builtRegions();
  const busiest = regions.filter((r) => !r.parent).flatMap((r) => r.years.map((y) => ({ r, ...y }))).sort((a, b) => b.departments - a.departments)[0];
  const district = regions.find((r) => r.parent);
  return [
    ['regions', 'regions/'],
    ...(busiest ? [[`region-year ${busiest.r.names.join('/')} ${busiest.year}`, regionYearPath(busiest.r, busiest.year)] as [string, string]] : []),
    ...(district ? [[`region-year ${district.names.join('/')}`, regionYearPath(district, district.years[0].year)] as [string, string]] : []),
  ];
}

/** The department-year with the most function rows: the richest treemap. */
export function richestYear(): BuiltYear {
  return [...builtYears()].sort((a, b) => b.functionRows - a.functionRows || a.slug.localeCompare(b.slug))[0];
}

export const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  });
}
