// The bench generator's PDF layout (scripts/bench/pdf/): the HTML Chromium prints and the truth
// of what it states. Pure: nothing is printed here (bench-pdf-print.test.ts prints one report).
import { describe, expect, it } from 'vitest';
import { generatePdfReports, generateReports, layoutOf } from '../../scripts/bench/corpus.ts';
import { parseBenchArgs } from '../../scripts/bench/measure-args.ts';
import type { PdfBenchRow } from '../../scripts/bench/measure-pdf.ts';
import { pdfTable } from '../../scripts/bench/measure-table.ts';
import { departmentRoster } from '../../scripts/bench/model/department.ts';
import { departmentYearFigures } from '../../scripts/bench/model/figures.ts';
import { printKey } from '../../scripts/bench/pdf/cache.ts';
import { proseBlocks } from '../../scripts/bench/pdf/document.ts';
import { fitTable, num, type HtmlTable } from '../../scripts/bench/pdf/html-table.ts';
import { variantGroups } from '../../scripts/bench/pdf/traits.ts';
import { pdfVariant, type PdfVariant } from '../../scripts/bench/pdf/variant.ts';
import { renderPdfReport } from '../../scripts/bench/report.ts';
import { compareTruth } from '../../scripts/bench/truth-compare.ts';
import { truthShare } from '../../scripts/bench/truth-share.ts';
import type { TruthSource } from '../../scripts/bench/truth.ts';

const SEED = 20240601;
// 吉安市林业局 2023, in 万元: 2080501 行政单位离退休 681.22 (all basic, project 0); 人员经费
// 6107.15, 公用经费 3302.95; no vehicles, so the 三公 vehicle figures are 0; no opening balance.
const [department] = departmentRoster(SEED, 1);
const { figures } = departmentYearFigures(SEED, department, 2023, '万元');

const BASE: PdfVariant = {
  codes: 'joined', zeros: 'printed', halfRuled: 0, repeatHeader: true, landscape: true, nameWidthEm: 8,
  threePublic: 'alternating', basicPanels: 2, totalFirst: true, lineNumbers: false, columnNumbers: false, grouped: false,
  font: 'serif', tableFontPt: 10, amountAlign: 'middle', departmentLine: false, pageNumbers: false, justify: false,
  inlineItems: false, coverYearFirst: false, cellPaddingPt: 3,
};

function report(variant: Partial<PdfVariant> = {}) {
  const source: TruthSource = {
    file: 'reports/00000_test.pdf', layout: 'pdf', documentType: 'final-accounts', unit: '万元',
    lineEnding: 'lf', encoding: 'utf-8', fullWidthDigits: false, pdf: { ...BASE, ...variant },
  };
  return renderPdfReport(SEED, department, figures, source);
}

/** The <section> of the table with this title. */
function tableSection(html: string, title: string): string {
  const section = html.split('<section').find((s) => s.includes(`<h3 class="table-title">${title}</h3>`));
  if (!section) throw new Error(`no table titled ${title}`);
  return section;
}

/** The cells of the table row whose cells start with `first`, as [class, text] pairs. */
function rowCells(section: string, first: string): [string, string][] {
  const row = section.split('<tr>').find((r) => r.startsWith(first));
  if (!row) throw new Error(`no row starting ${first}`);
  return [...row.matchAll(/<td class="(\w+)"[^>]*>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
}

describe('codes', () => {
  it('prints a 项 row as 类 | 款 | 项 cells when the variant splits codes', () => {
    const section = tableSection(report({ codes: 'split' }).html, '支出决算表');
    expect(rowCells(section, '<td class="code">208</td><td class="code">05</td><td class="code">01</td>').slice(0, 6)).toEqual([
      ['code', '208'], ['code', '05'], ['code', '01'], ['name', '行政单位离退休'], ['num', '681.22'], ['num', '681.22'],
    ]);
    expect(section).toContain('<th class="head">类</th><th class="head">款</th><th class="head">项</th>');
    // A 款 row keeps its 类 and leaves 项 blank.
    expect(rowCells(section, '<td class="code">208</td><td class="code">05</td><td class="code"></td>')[3]).toEqual(['name', '行政事业单位养老支出']);
  });

  it('prints the joined 7-digit code in one cell otherwise', () => {
    const section = tableSection(report({ codes: 'joined' }).html, '支出决算表');
    expect(rowCells(section, '<td class="code">2080501</td>').slice(0, 3)).toEqual([['code', '2080501'], ['name', '行政单位离退休'], ['num', '681.22']]);
    expect(section).not.toContain('<th class="head">类</th>');
  });
});

describe('zeros', () => {
  const cellsOf = (zeros: PdfVariant['zeros']) => rowCells(tableSection(report({ zeros }).html, '支出决算表'), '<td class="code">2080501</td>').map(([, text]) => text);

  it('prints 0.00, leaves every zero blank, or blanks only the columns that hold nothing', () => {
    expect(cellsOf('printed')).toEqual(['2080501', '行政单位离退休', '681.22', '681.22', '0.00', '0.00', '0.00', '0.00']);
    expect(cellsOf('blank')).toEqual(['2080501', '行政单位离退休', '681.22', '681.22', '', '', '', '']);
    expect(cellsOf('mixed')).toEqual(['2080501', '行政单位离退休', '681.22', '681.22', '0.00', '', '', '']);
  });

  it('leaves a blank zero out of the truth, unless the narrative states it', () => {
    const printed = report({ zeros: 'printed' }).truth;
    const blank = report({ zeros: 'blank' }).truth;
    const row = (t: typeof blank) => t.expenditureByFunction!.find((r) => r.code === '2080501');
    expect(row(printed)).toEqual({ code: '2080501', name: '行政单位离退休', level: '项', total: 681.22, basic: 681.22, project: 0 });
    expect(row(blank)).toEqual({ code: '2080501', name: '行政单位离退休', level: '项', total: 681.22, basic: 681.22 });
    expect(printed.summary.openingBalance).toBe(0);
    expect(blank.summary).not.toHaveProperty('openingBalance');
    // The narrative states every 三公 actual and the vehicle budget; not the purchase and running budgets.
    expect(blank.threePublic).toEqual({
      budget: { total: 110.96, abroad: 10.2, vehicle: 0, reception: 100.76 },
      actual: { total: 96.81, abroad: 7.64, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 89.17 },
    });
    // An economic subject left blank is no row at all (the contract's row needs its amount).
    expect(printed.basicByEconomic!.rows.some((r) => r.amount === 0)).toBe(true);
    expect(blank.basicByEconomic!.rows.every((r) => r.amount !== 0)).toBe(true);
  });
});

describe('the same department-year in another layout', () => {
  const spec = { departments: 12, years: 5, seed: SEED };
  const text = [...generateReports(spec)];
  const pdf = [...generatePdfReports(spec)];

  it('keeps its file name, with .pdf, and its figures', () => {
    expect(pdf.map((r) => r.file)).toEqual(text.map((r) => r.file.replace(/\.txt$/, '.pdf')));
    expect(pdf.map((r) => r.truth.source.unit)).toEqual(text.map((r) => r.truth.source.unit));
  });

  it('states every figure the tabs report states for it, equal, and no other', () => {
    let compared = 0;
    text.forEach((t, n) => {
      if (layoutOf(n) !== 'tabs') return;
      const p = pdf[n].truth;
      // Everything the PDF states, the tabs report states the same.
      expect(compareTruth(p, t.truth as never).mismatches, p.source.file).toEqual([]);
      // And the PDF leaves out only zeros it prints blank.
      const missing = compareTruth(t.truth, p as never).mismatches;
      if (p.source.pdf!.zeros !== 'blank') expect(missing).toEqual([]);
      for (const m of missing) expect(m.actual === undefined && /\.(amount|name|level|basic|project|openingBalance|closingBalance|vehiclePurchase|vehicleOperation)$/.test(m.field), m.field).toBe(true);
      compared++;
    });
    expect(compared).toBe(12);
  });

  it('is deterministic', () => {
    const again = [...generatePdfReports(spec)];
    expect(again.map((r) => r.html)).toEqual(pdf.map((r) => r.html));
    expect(JSON.stringify(again.map((r) => r.truth))).toBe(JSON.stringify(pdf.map((r) => r.truth)));
  });

  it('draws every trait of the variant somewhere in a corpus of 60', () => {
    const seen = new Set(pdf.flatMap((r) => variantGroups(r.truth)));
    for (const trait of ['codes=split', 'codes=joined', 'zeros=blank', 'zeros=mixed', 'zeros=printed', 'landscape=true', 'landscape=false',
      'repeatHeader=false', 'threePublic=alternating', 'threePublic=grouped', 'basicPanels=2', 'basicPanels=3', 'halfRuled=1', 'halfRuled=0']) {
      expect(seen, trait).toContain(trait);
    }
  });
});

describe('pages and tables', () => {
  it('puts the wide tables on landscape pages when the variant does', () => {
    const landscape = (html: string, title: string) => tableSection(html, title).startsWith(' class="table-page landscape"');
    const wide = report({ landscape: true }).html;
    expect(wide).toContain('@page landscape { size: A4 landscape;');
    for (const title of ['收入决算表', '支出决算表', '财政拨款收入支出决算总表', '财政拨款“三公”经费支出决算表']) expect(landscape(wide, title), title).toBe(true);
    for (const title of ['收入支出决算总表', '一般公共预算财政拨款支出决算表']) expect(landscape(wide, title), title).toBe(false);
    expect(landscape(report({ landscape: false }).html, '支出决算表')).toBe(false);
  });

  it('repeats the header on every page only when the variant does (thead)', () => {
    expect(tableSection(report({ repeatHeader: true }).html, '支出决算表')).toContain('<thead>');
    expect(tableSection(report({ repeatHeader: false }).html, '支出决算表')).not.toContain('<thead>');
  });

  it('draws half-ruled tables without vertical rules', () => {
    const html = report({ halfRuled: 1 }).html;
    expect(html).toContain('table.grid.half th, table.grid.half td { border-left: none; border-right: none; }');
    expect(tableSection(html, '支出决算表')).toContain('<table class="grid half"');
    expect(tableSection(report({ halfRuled: 0 }).html, '支出决算表')).toContain('<table class="grid"');
  });

  it('prints the 三公 table with 预算数 and 决算数 alternating under each item', () => {
    const section = tableSection(report({ threePublic: 'alternating' }).html, '财政拨款“三公”经费支出决算表');
    expect([...section.matchAll(/<th class="head">(预算数|决算数)<\/th>/g)].map((m) => m[1]).join('')).toBe('预算数决算数'.repeat(6));
    expect(rowCells(section, '<td class="num">').map(([, t]) => t)).toEqual(['110.96', '96.81', '10.20', '7.64', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '100.76', '89.17']);
    const grouped = tableSection(report({ threePublic: 'grouped' }).html, '财政拨款“三公”经费支出决算表');
    expect(rowCells(grouped, '<td class="num">').map(([, t]) => t)).toEqual(['110.96', '10.20', '0.00', '0.00', '0.00', '100.76', '96.81', '7.64', '0.00', '0.00', '0.00', '89.17']);
  });

  it('prints 基本支出 as two panels closed by a merged 人员经费合计 | 公用经费合计 row, or as three', () => {
    const totals = (panels: 2 | 3) => {
      const section = tableSection(report({ basicPanels: panels }).html, '一般公共预算财政拨款基本支出决算表');
      return section.split('<tr>').at(-1)!.split('</tr>')[0];
    };
    expect(totals(2)).toBe('<td class="label" colspan="2">人员经费合计</td><td class="num">6107.15</td><td class="label" colspan="2">公用经费合计</td><td class="num">3302.95</td>');
    expect(totals(3)).toContain('<td class="label" colspan="5">公用经费合计</td>');
  });

  it('widens amount columns to their longest amount, and shrinks a table too wide for its page', () => {
    const table: HtmlTable = {
      title: 't', landscape: false, widths: Array.from({ length: 12 }, () => ({ share: 1 })), head: [], notes: [], halfRuled: false,
      repeatHeader: false, unit: '元', body: [Array.from({ length: 12 }, () => num('12,345,678.90'))],
    };
    // 13 characters and 2 × 3 pt of padding (+ 2 pt for the rules) at 10 pt.
    const one = fitTable({ ...table, widths: [{ share: 1 }, { share: 1 }], body: [[num('12,345,678.90')]] }, 10, 3);
    expect(one.widths).toEqual([{ em: 13 * 0.6 + 0.8 }, { share: 1 }]);
    expect(one.fontPt).toBeUndefined();
    // Twelve such columns are 103 em or more: at most 470 pt wide, 6 pt is the floor.
    const fitted = fitTable(table, 10, 3);
    expect(fitted.fontPt).toBe(6);
    expect(fitted.widths[0]).toEqual({ em: 13 * 0.6 + 8 / 6 });
    expect(fitTable({ ...table, body: [[num('1.00')]], widths: [{ share: 1 }] }, 10, 3).fontPt).toBeUndefined();
  });
});

describe('narrative', () => {
  it('states 机关运行经费, 政府采购 and each item\'s budget execution as whole paragraphs', () => {
    const html = report().html;
    const paragraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);
    const costs = (figures.operatingCosts / 1e6).toFixed(2).replace(/\.?0+$/, '');
    expect(paragraphs.some((p) => p.startsWith(`2023年度机关运行经费支出${costs}万元，`) && p.endsWith('。'))).toBe(true);
    const procurement = (figures.procurement.total / 1e6).toFixed(2).replace(/\.?0+$/, '');
    expect(paragraphs.some((p) => p.startsWith(`2023年度政府采购支出总额${procurement}万元，`))).toBe(true);
    expect(paragraphs.filter((p) => /^年初预算为.+万元，支出决算为.+万元，/.test(p))).toHaveLength(figures.budgetExecution.length);
    expect(html).toContain('<h4>一、收入支出决算总体情况说明</h4>');
  });

  it('puts an item\'s heading and its figures in one paragraph when the variant does', () => {
    expect(proseBlocks(['1、住房保障支出（类）住房改革支出（款）住房公积金（项）。', '', '年初预算为1万元，支出决算为2万元。'], true))
      .toEqual(['<p>1、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为1万元，支出决算为2万元。</p>']);
    expect(proseBlocks(['第三部分', '（一）“三公”经费财政拨款支出决算总体情况说明', '本年收入合计1万元。'], false))
      .toEqual(['<h2>第三部分</h2>', '<h5>（一）“三公”经费财政拨款支出决算总体情况说明</h5>', '<p>本年收入合计1万元。</p>']);
  });
});

describe('print cache and bench arguments', () => {
  it('keys a print by its HTML and footer', () => {
    const job = { html: report().html, pageNumbers: false };
    expect(printKey(job)).toBe(printKey({ ...job }));
    expect(printKey({ ...job, pageNumbers: true })).not.toBe(printKey(job));
    expect(printKey({ ...job, html: report({ codes: 'split' }).html })).not.toBe(printKey(job));
  });

  it('takes a PDF corpus of 100 by default, 1,000 with --full, none with --pdf 0', () => {
    expect(parseBenchArgs([]).pdf).toBe(100);
    expect(parseBenchArgs(['--full']).pdf).toBe(1000);
    expect(parseBenchArgs(['--pdf', '0', '--sizes', 'none'])).toMatchObject({ pdf: 0, sizes: [] });
    expect(() => parseBenchArgs(['--pdf', '12'])).toThrow(/multiple of 5/);
  });

  it('breaks the truth share down by category and by variant trait', () => {
    const entry = report({ codes: 'split' }).truth;
    const published = { ...structuredClone(entry), sources: [{ file: entry.source.file }], operatingCosts: 0 };
    const share = truthShare([entry], [published], 5, variantGroups);
    expect(share.categories.operatingCosts).toEqual({ fields: 1, matched: 0, share: 0 });
    expect(share.categories.summary.share).toBe(1);
    expect(share.groups['codes=split']).toMatchObject({ reports: 1, fields: share.fields, matched: share.fields - 1 });
  });
});

describe('the PDF bench table', () => {
  it('gives pages/s and reports/s of both steps, their ratios, and the truth by category', () => {
    const step = { ok: true, reports: 1000, pages: 21872, workers: 2, peakRssBytes: 1.5e9, load: [2.1, 3.3] as [number, number] };
    const row = {
      corpus: 'pdf-1000', departments: 200, years: 5, seed: 1, loadAverageBefore: [2.1, 3, 5], loadAverageAfter: [3, 4, 5], errors: [],
      generate: { seconds: 1.8, reports: 1000, printed: 0, bytes: 703e6 },
      ingest: { ...step, seconds: 373.7, cpuSeconds: 402.3, reportsPerSecond: 2.68, pagesPerSecond: 58.5, errors: 0, warnings: 0, failedChecks: 0, machine: { computeMs: 520, firstWriteMs: 140, rewriteMs: 25 } },
      pdfjs: { ...step, seconds: 223.3, cpuSeconds: 350.4, reportsPerSecond: 4.48, pagesPerSecond: 98 },
      pdfjsRuns: [
        { ...step, seconds: 220, cpuSeconds: 350, reportsPerSecond: 0, pagesPerSecond: 0, machine: { computeMs: 515, firstWriteMs: 120, rewriteMs: 22 } },
        { ...step, seconds: 226.6, cpuSeconds: 350.8, reportsPerSecond: 0, pagesPerSecond: 0, machine: { computeMs: 518, firstWriteMs: 610, rewriteMs: 80 } },
      ],
      ratio: 1.674, cpuRatio: 1.148,
      truth: { fields: 100, matched: 84, share: 0.84, categories: { summary: { fields: 10, matched: 9, share: 0.9 } }, traits: {}, mismatches: [] },
    } satisfies PdfBenchRow;
    const table = new Map(pdfTable([row]).map(([label, cell]) => [label, cell]));
    expect(table.get('pages')).toBe('21872');
    expect(table.get('ingest pages/s')).toBe('58.5');
    expect(table.get('bare pdfjs s (mean of the runs before and after the ingest)')).toBe('223.3 (220.0, 226.6)');
    expect(table.get('ingest time ÷ bare pdfjs time')).toBe('1.67');
    expect(table.get('ingest CPU ÷ bare pdfjs CPU')).toBe('1.15');
    expect(table.get('  truth: summary %')).toBe('90.00');
    expect(table.get('ingest load average (1 min) at start, end')).toBe('2.1, 3.3');
    expect(table.get('machine before the ingest: compute, 256 MB first write, rewrite ms')).toBe('520, 140, 25');
    expect(table.get('machine before each bare pdfjs run: compute, 256 MB first write, rewrite ms')).toBe('515, 120, 22; 518, 610, 80');
    // A run from before the probe: a dash for each bare run, or one for none.
    const unprobed = new Map(pdfTable([{ ...row, pdfjsRuns: row.pdfjsRuns.map(({ machine: _, ...run }) => run) }]).map(([label, cell]) => [label, cell]));
    expect(unprobed.get('machine before each bare pdfjs run: compute, 256 MB first write, rewrite ms')).toBe('—; —');
    const noRuns = new Map(pdfTable([{ ...row, pdfjsRuns: [] }]).map(([label, cell]) => [label, cell]));
    expect(noRuns.get('machine before each bare pdfjs run: compute, 256 MB first write, rewrite ms')).toBe('—');
  });
});

describe('pdfVariant', () => {
  it('is drawn from the seed, department and year', () => {
    expect(pdfVariant(1, '某局', 2022)).toEqual(pdfVariant(1, '某局', 2022));
    const many = Array.from({ length: 40 }, (_, i) => pdfVariant(1, '某局', 1990 + i));
    expect(new Set(many.map((v) => JSON.stringify(v))).size).toBe(40);
  });
});
