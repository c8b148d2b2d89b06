// Helpers that shape one department-year for its page: coverage, economic breakdown,
// budget execution, 三公 rows, summary figures, checks beside figures, dotted fields.
import { describe, expect, it } from 'vitest';
import { coverage, yearKind } from '../../src/lib/year-coverage.ts';
import { economicBreakdown, groupShares } from '../../src/lib/economic-breakdown.ts';
import { executionRate, executionRows } from '../../src/lib/budget-execution.ts';
import { threePublicBars, threePublicRows } from '../../src/lib/three-public.ts';
import { summaryFigures } from '../../src/lib/summary-view.ts';
import { checksAbout, worstStatus } from '../../src/lib/checks-view.ts';
import { readField, readNumber } from '../../src/lib/field-path.ts';
import type { Check } from '../../src/lib/schema.ts';
import { seed000 } from './site-fixtures.ts';

const table = { id: '公开03', title: '支出决算表', kind: 'expenditure' as const, columns: [], rows: [] };

describe('coverage', () => {
  it.each([
    ['final accounts with tables', seed000({ tables: [table] }), 'final-accounts'],
    ['final accounts, prose only (seed 003)', seed000({ tables: undefined }), 'prose-only'],
    ['performance self-evaluation only (seed 002)', seed000({ sources: [{ file: 'seeds/002.txt', sha256: 'b'.repeat(64), documentType: 'performance-evaluation' }], tables: [{ ...table, id: '附件1', title: '部门整体支出绩效自评基础数据表', kind: 'other' as const }] }), 'performance-only'],
  ] as const)('%s', (_, entry, kind) => {
    expect(yearKind(entry)).toBe(kind);
  });

  it('names what a performance-only year lacks, and draws no treemap without function rows', () => {
    const c = coverage(seed000({ sources: [{ file: 'x', sha256: 'b'.repeat(64), documentType: 'performance-evaluation' }], expenditureByFunction: undefined, basicByEconomic: undefined }));
    expect(c.hasFunction).toBe(false);
    expect(c.missing.join()).toMatch(/绩效自评报告/);
    expect(c.missing.join()).toMatch(/不绘制支出结构图/);
    expect(c.tablesMissing).toEqual([]);
  });

  it('lists the tables present and missing by kind, whatever their 公开NN numbers', () => {
    const c = coverage(seed000({ tables: [table, { ...table, id: '公开09', title: '财政拨款“三公”经费支出决算表', kind: 'threePublic' }] }));
    expect(c.tablesPresent).toEqual(['expenditure', 'threePublic']);
    expect(c.tablesMissing).toEqual(['summary', 'income', 'fiscalSummary', 'generalBudget', 'basicEconomic', 'governmentFund', 'stateCapital']);
  });
});

describe('economic breakdown (公开06, seed 000)', () => {
  const groups = economicBreakdown({
    personnelTotal: 2068.89,
    publicTotal: 968.21,
    rows: [
      { code: '301', name: '工资福利支出', level: '类', amount: 1627.74 },
      { code: '30101', name: '基本工资', level: '款', amount: 414.22 },
      { code: '30107', name: '绩效工资', level: '款', amount: 0 },
      { code: '302', name: '商品和服务支出', level: '类', amount: 919.37 },
      { code: '303', name: '对个人和家庭的补助', level: '类', amount: 441.14 },
      { code: '310', name: '资本性支出', level: '类', amount: 48.84 },
    ],
  });

  it('puts 301 and 303 under 人员经费, the rest under 公用经费', () => {
    expect(groups.map((g) => [g.label, g.total, g.classes.map((c) => c.code)])).toEqual([
      ['人员经费', 2068.89, ['301', '303']],
      ['公用经费', 968.21, ['302', '310']],
    ]);
  });

  it('shows shares of basic expenditure as the report does (68.1% / 31.9%) and drops zero 款', () => {
    expect(groupShares(groups)).toEqual({ personnel: 68.12, public: 31.88 });
    expect(groups[0].classes[0].items.map((i) => i.code)).toEqual(['30101']);
    expect(groups[0].classes[0].share).toBe(53.6);
  });
});

describe('budget execution (seed 000, 第三部分 五(三))', () => {
  const rows = executionRows([
    { code: '2080501', path: ['社会保障和就业支出', '行政事业单位养老支出', '行政单位离退休'], budget: 226.1, actual: 244.11, rate: 108, reason: '追加2019年度离退休人员综治奖。' },
    { code: '2060499', path: ['科学技术支出', '技术与开发', '其他技术与开发支出'], budget: 0, actual: 295 },
    { path: ['住房保障支出', '住房改革支出', '住房公积金'], budget: 123.95, actual: 120.07 },
  ]);

  it('keeps a stated rate, computes a missing one exactly, and has none for a zero budget', () => {
    expect(rows.map((r) => [r.rate, r.rateStated])).toEqual([[108, true], [undefined, false], [96.9, false]]);
  });

  it('computes the change with decimals, not floats', () => {
    expect(rows.map((r) => r.change)).toEqual([18.01, 295, -3.88]);
    expect(rows[2].name).toBe('住房公积金');
  });

  it('computes 三公 execution rates', () => {
    expect(executionRate(62.34, 62.34)).toBe(100);
    expect(executionRate(0, 0)).toBeUndefined();
    expect(executionRate(undefined, 5)).toBeUndefined();
  });
});

describe('三公 rows and bars', () => {
  it('lists stated figures with rates and groups the four categories for the chart', () => {
    const rows = threePublicRows(seed000().threePublic);
    expect(rows.map((r) => [r.label, r.budget, r.actual, r.rate])).toEqual([
      ['合计', 62.34, 62.34, 100],
      ['因公出国（境）费', 0, 0, undefined],
      ['公务用车购置及运行费', 50.35, 50.35, 100],
      ['公务用车购置费', 18.91, 18.91, 100],
      ['公务用车运行（维护）费', 31.43, 31.43, 100],
      ['公务接待费', 12, 12, 100],
    ]);
    expect(threePublicBars(rows).map((g) => [g.label, g.bars.length])).toEqual([['合计', 2], ['出国（境）', 2], ['公务用车', 2], ['公务接待', 2]]);
    expect(threePublicRows({ actual: { total: 6.8 } }).map((r) => r.key)).toEqual(['total']);
  });
});

describe('summary figures', () => {
  it('gives basic and project shares of total expenditure (39.8% / 60.2%) and skips absent figures', () => {
    const figures = summaryFigures({ expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13 });
    expect(figures.map((f) => [f.label, f.value, f.share])).toEqual([
      ['本年支出合计', 7627.22, undefined],
      ['基本支出', 3037.09, 39.82],
      ['项目支出', 4590.13, 60.18],
    ]);
    expect(summaryFigures(undefined)).toEqual([]);
  });
});

describe('checks beside figures', () => {
  const checks: Check[] = [
    { id: 'a', status: 'pass', message: '', field: 'summary.expenditureTotal' },
    { id: 'b', status: 'fail', message: '', field: 'expenditureByFunction.215' },
    { id: 'c', status: 'rounding', message: '', field: 'expenditureByFunction.21505' },
    { id: 'd', status: 'pass', message: '' },
  ];

  it('finds the checks about a figure by its dotted path, not by a shared prefix', () => {
    expect(checksAbout(checks, 'expenditureByFunction.215').map((c) => c.id)).toEqual(['b']);
    expect(checksAbout(checks, 'expenditureByFunction').map((c) => c.id)).toEqual(['b', 'c']);
    expect(checksAbout(checks, 'summary').map((c) => c.id)).toEqual(['a']);
  });

  it('finds them at every level of the path, in their order, the same when asked again', () => {
    const deep: Check[] = [
      { id: 'x', status: 'pass', message: '', field: 'tables.公开01.3' },
      { id: 'y', status: 'fail', message: '', field: 'tables.公开01' },
      { id: 'z', status: 'pass', message: '', field: 'tables.公开010' },
    ];
    expect(checksAbout(deep, 'tables').map((c) => c.id)).toEqual(['x', 'y', 'z']);
    expect(checksAbout(deep, 'tables.公开01').map((c) => c.id)).toEqual(['x', 'y']);
    expect(checksAbout(deep, 'tables.公开01.3').map((c) => c.id)).toEqual(['x']);
    expect(checksAbout(deep, 'tables.公开0')).toEqual([]);
    checksAbout(deep, 'tables').pop();
    expect(checksAbout(deep, 'tables').map((c) => c.id)).toEqual(['x', 'y', 'z']);
  });

  it('reports the worst status', () => {
    expect(worstStatus(checks)).toBe('fail');
    expect(worstStatus([checks[0]])).toBe('pass');
    expect(worstStatus([])).toBeUndefined();
  });
});

describe('dotted field paths', () => {
  const entry = seed000();
  it.each([
    ['threePublic.actual.vehicle', 50.35],
    ['summary.expenditureTotal', 7627.22],
    ['expenditureByFunction.2150501.total', 1826.22],
    ['expenditureByFunction.0.code', '206'],
    ['summary.nothing', undefined],
    ['threePublic.actual.vehicle.deeper', undefined],
  ])('%s', (path, value) => {
    expect(readField(entry, path)).toBe(value);
  });

  it('reads only numbers as numbers', () => {
    expect(readNumber(entry, 'department.name')).toBeUndefined();
    expect(readNumber(entry, 'threePublic.budget.abroad')).toBe(0);
  });
});
