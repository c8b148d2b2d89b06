// Hostile text: test/fixtures/reports/hostile-2020.txt is seed 000 with HTML, script,
// javascript: URLs and path characters in the department name, the reasons and the prose.
// Every page showing it renders it as text (no script runs, no element is injected), its
// slug and file names stay inside dist/, and the downloads keep the text as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { normaliseDepartmentName } from '../../scripts/ingest/identity.ts';
import { DIST, startPortal, type Portal } from './portal-browser.ts';
import { openGuarded, scriptableMarkup } from './guarded-page.ts';
import { FIXTURE_REPORTS } from './test-site.ts';

const FIXTURE = readFileSync(join(FIXTURE_REPORTS, 'hostile-2020.txt'), 'utf8');
/** The department name as the report writes it (部门：… on every table). */
const NAME_AS_WRITTEN = '株洲市"><svg onload=alert(1)>../../etc/passwd/测试局';
/** Markup in the reasons and prose, as written; each must reach the JSON unchanged. */
const TEXT_AS_WRITTEN = [
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">链接</a>javascript:alert(3)',
  '<style>body{display:none}</style>',
];

interface Download { department: { slug: string; name: string }; years: { year: number; sources: { file: string }[] }[] }

function hostileDownload(): Download {
  const all = JSON.parse(readFileSync(join(DIST, 'data', 'all.json'), 'utf8')) as { departments: Download[] };
  const found = all.departments.find((d) => d.years.some((y) => y.sources.some((s) => s.file.endsWith('hostile-2020.txt'))));
  if (!found) throw new Error(`${DIST} was built without ${FIXTURE_REPORTS} (see test/browser/global-setup.ts)`);
  return found;
}

/** Every string in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('the fixture', () => {
  it('carries the hostile name and text', () => {
    expect(FIXTURE).toContain(`部门：${NAME_AS_WRITTEN}`);
    for (const text of TEXT_AS_WRITTEN) expect(FIXTURE).toContain(text);
  });
});

describe('downloads keep the text as written', () => {
  it('the department JSON holds the name (identity-normalised only) and every snippet verbatim', () => {
    const d = hostileDownload();
    const file = JSON.parse(readFileSync(join(DIST, 'data', 'departments', `${d.department.slug}.json`), 'utf8'));
    // The identity layer folds brackets to full width and drops spaces (scripts/ingest/identity.ts);
    // the markup characters themselves survive untouched.
    expect(file.department.name).toBe(normaliseDepartmentName(NAME_AS_WRITTEN));
    expect(file.department.name).toContain('"><svg');
    expect(file.department.name).toContain('../../etc/passwd/');
    const texts = strings(file);
    for (const text of TEXT_AS_WRITTEN) expect(texts.some((t) => t.includes(text)), text).toBe(true);
  });

  it('the CSV has the name as a plain field', () => {
    const csv = readFileSync(join(DIST, 'data', 'expenditure.csv'), 'utf8');
    const name = hostileDownload().department.name;
    expect(csv).toContain(`"${name.replace(/"/g, '""')}"`);
  });
});

describe('file names stay inside dist/', () => {
  it('the slug is plain ASCII and every path in dist/ is an ordinary name inside it', () => {
    expect(hostileDownload().department.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const root = resolve(DIST);
    const odd: string[] = [];
    for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
      const full = join(e.parentPath, e.name);
      const path = relative(root, full);
      if (e.isSymbolicLink()) odd.push(`${path}: symbolic link`);
      if (!/^[A-Za-z0-9_][A-Za-z0-9._@-]*$/.test(e.name)) odd.push(`${path}: odd name`);
      if (!resolve(full).startsWith(root + sep)) odd.push(`${path}: outside dist`);
    }
    expect(odd).toEqual([]);
    // Nothing was written where "../../etc/passwd/" would have led from dist/ or its pages.
    for (const up of ['..', '../..']) expect(existsSync(join(root, up, 'etc', 'passwd', '测试局'))).toBe(false);
  });
});

describe('pages render it as text', () => {
  let portal: Portal;
  beforeAll(async () => { portal = await startPortal(); });
  afterAll(async () => { await portal?.close(); });

  const pagesShowingIt = () => {
    const d = hostileDownload();
    return [
      `departments/${d.department.slug}/`,
      `departments/${d.department.slug}/${d.years[0].year}/`,
      'departments/',
      '',
      'subjects/2150510/',
      'quality/',
      'data/',
      `search/?q=${encodeURIComponent('测试局')}`,
      `search/?q=${encodeURIComponent('<img src=x onerror=window.__pwned=9>')}`,
    ];
  };

  it('no script runs, no dialog opens, no element is injected, no javascript: link exists', async () => {
    const problems: string[] = [];
    for (const path of pagesShowingIt()) {
      const guarded = await openGuarded(portal, path);
      const { page } = guarded;
      await page.waitForLoadState('networkidle');
      if (path.startsWith('search/')) await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-search-state') !== 'idle', null, { timeout: 20_000 }).catch(() => {});
      if (await page.evaluate(() => '__pwned' in window)) problems.push(`${path}: window.__pwned was set`);
      for (const m of await scriptableMarkup(page)) problems.push(`${path}: ${m}`);
      for (const d of guarded.dialogs) problems.push(`${path}: dialog ${d}`);
      for (const v of await guarded.violations()) problems.push(`${path}: CSP ${v}`);
      if (!(await page.locator('h1').isVisible())) problems.push(`${path}: the page is hidden`);
      await guarded.close();
    }
    expect(problems).toEqual([]);
  });

  it('the checks do catch injected markup (on a page without the policy)', async () => {
    const context = await portal.browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<main>${TEXT_AS_WRITTEN.join('')}<svg onload="1"></svg><iframe></iframe></main>`);
    expect(await scriptableMarkup(page)).toEqual([
      '<img onerror="window.__pwned=2">', '<svg onload="1">', '<style>', '<iframe>', '<script src="">window.__pwned=1', '<a href="javascript:window.__pwned=3">',
    ]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(2);
    await context.close();
  });

  it('shows the markup as the visible text it is', async () => {
    const d = hostileDownload();
    const guarded = await openGuarded(portal, `departments/${d.department.slug}/${d.years[0].year}/`);
    const { page } = guarded;
    expect(await page.textContent('h1')).toContain(d.department.name);
    expect(await page.title()).toContain(d.department.name);
    const main = (await page.locator('main').textContent())!;
    for (const text of TEXT_AS_WRITTEN.slice(0, 2)) expect(main).toContain(text);
    expect(await page.locator('main a', { hasText: '链接' }).count()).toBe(0);
    await guarded.close();
  });

  it('a search for the hostile department finds it and shows its name as text', async () => {
    const guarded = await openGuarded(portal, `search/?q=${encodeURIComponent('测试局')}`);
    const results = guarded.page.locator('[data-search-results] li');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await results.allTextContents()).join('\n')).toContain('"><svg');
    expect(await scriptableMarkup(guarded.page)).toEqual([]);
    await guarded.close();
  });
});
