// A real published report, dropped in as PDF (../shared/real/putuo_guihua_2024.pdf, added to the
// test site's seeds by test-site.ts), builds into a department-year page whose figures, treemap
// and 三公 come from its tables, with "第 N 页" on every source note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtYears, startPortal, type Portal } from './portal-browser.ts';
import { REAL_PDF, realPdfAvailable } from './test-site.ts';

const DEPARTMENT = '上海市普陀区规划和自然资源局';
const available = realPdfAvailable();
if (!available) console.warn(`real-pdf.test.ts: skipped, ${REAL_PDF} not found (the real report is kept outside the project)`);

describe.skipIf(!available)(`the real PDF report (${REAL_PDF})`, () => {
  let portal: Portal;
  let path: string;
  beforeAll(async () => {
    const year = builtYears().find((y) => y.name === DEPARTMENT && y.year === 2024);
    if (!year) throw new Error(`${DEPARTMENT} 2024 is not in the test site: was it built with PORTAL_SKIP_BUILD before the PDF was added?`);
    path = `departments/${year.slug}/2024/`;
    portal = await startPortal();
  });
  afterAll(async () => { await portal?.close(); });

  it('shows 本年支出合计 9,759.38 万元, read from the 收入支出决算总表 on page 7', async () => {
    const { page, errors } = await portal.open(path);
    const card = page.locator('[data-figure="summary.expenditureTotal"]');
    expect(await card.locator('dt').textContent()).toBe('本年支出合计');
    expect(await card.locator('dd').textContent()).toContain('9,759.38 万元');
    expect(await card.locator('.src-note a').first().textContent()).toBe('第 7 页');
    expect(await card.locator('.src-note a').first().getAttribute('href')).toMatch(/\/sources\/[0-9a-f]{16}\.pdf#page=7$/);
    expect(await card.locator('.src-note a.src-line').getAttribute('href')).toMatch(/\/sources\/[0-9a-f]{16}\/#L\d+$/);
    // 基本支出 is the all-funds figure of the 支出决算表 (page 10), not the fiscal-only 5,364.75.
    expect(await page.locator('[data-figure="summary.basicExpenditure"] dd').textContent()).toMatch(/5,377\.64 万元[\s\S]*出处：第 10 页/);
    expect(errors).toEqual([]);
  });

  it('draws a treemap tile for 220 自然资源海洋气象等支出, and 2200150 事业运行 cites page 11', async () => {
    const { page } = await portal.open(path);
    const tile = page.locator('[data-view="root"] [data-code="220"]');
    expect(await tile.getAttribute('data-total')).toBe('4461.67');
    expect(await tile.locator('title').textContent()).toContain('自然资源海洋气象等支出');
    const row = page.locator('#tm-table tr[data-code="2200150"]');
    expect(await row.locator('th').textContent()).toContain('事业运行');
    expect(await row.locator('.src-note a').first().textContent()).toBe('第 11 页');
  });

  it('gives the 三公 决算 0.39 of the 三公 table on page 17', async () => {
    const { page } = await portal.open(path);
    const total = page.locator('tr[data-key="total"]');
    const cells = await total.locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2.85', '0.39']);
    expect(await total.locator('.src-note a').first().textContent()).toBe('第 17 页');
  });

  it('cites the 基本支出 table on page 16, and reads its two panels and the 12 columns of the 三公 table', async () => {
    const { page } = await portal.open(`${path}#tables`);
    const basic = page.locator('details[data-table-kind="basicEconomic"]');
    expect(await basic.locator('summary').textContent()).toBe('一般公共预算财政拨款基本支出决算表（39 行，第 16 页）');
    await basic.locator('summary').click();
    const merged = basic.locator('tbody tr').last();
    expect(await merged.locator('td').allTextContents()).toEqual(['16', '人员经费合计', '', '4,884.09', '公用经费合计', '', '480.66']);
    expect(await merged.locator('td.panel-start').textContent()).toBe('公用经费合计');

    const tp = page.locator('details[data-table-kind="threePublic"]');
    await tp.locator('summary').click();
    expect(await tp.locator('thead tr').count()).toBe(4);
    expect(await tp.locator('thead th[colspan="2"]', { hasText: '公务接待费' }).count()).toBe(1);
    expect(await tp.locator('tbody td').allTextContents()).toEqual(['17', '2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '2.85', '0.39']);
  });

  it('says 第 N 页 in every source note, never a line of the text rendering, and lists the PDF with its pages', async () => {
    const { page } = await portal.open(path);
    const notes = await page.locator('.src-note').allTextContents();
    expect(notes.length).toBeGreaterThan(50);
    // "第 11 页" opens the PDF at that page; "文字" beside it, the line read there.
    for (const note of notes) expect(note).toMatch(/^(出处：)?第 \d+ 页 文字$/);
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toMatch(/第 \d+ 行/);
    expect(await page.locator('table[data-sortable] tbody tr', { hasText: '事业运行' }).locator('.src-note a').first().textContent()).toBe('第 23 页');
    // 核验明细: the repaired budget-execution item 住房公积金 is on page 24.
    expect(await page.locator('#checks').locator('xpath=ancestor::details').locator('.check-item.repaired', { hasText: '住房公积金' }).locator('.check-text .src-note a').first().textContent()).toBe('第 24 页');
    expect(await page.locator('ul.sources li').textContent()).toContain('putuo_guihua_2024.pdf（PDF，30 页）');
  });

  it('reads on a 360 px screen without sideways scrolling, and has no serious accessibility violations with every table open', async () => {
    const { page, errors } = await portal.open(path, { viewport: { width: 360, height: 740 } });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
