import { describe, expect, it } from 'vitest';
import type { DepartmentYear, Table } from '../../src/lib/schema.ts';
import { runChecks } from '../../scripts/ingest/checks/index.ts';

const src = (line: number) => ({ file: 'seeds/x.txt', line });
const row = (line: number, ...cells: (string | number | null)[]) => ({ cells, source: src(line) });

// Seed 000's 公开03, 科学技术 and 住房保障 classes only, as published.
const expenditure03 = (override?: number): Table => ({
  id: '公开03', title: '支出决算表', columns: ['功能分类科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
  rows: [
    row(10, '合计', null, 664.12, 474.47, 189.65),
    row(11, '206', '科学技术支出', 544.05, 354.40, 189.65),
    row(12, '20604', '技术与开发', 295.00, 295.00, 0),
    row(13, '2060499', '其他技术与开发支出', override ?? 295.00, 295.00, 0),
    row(14, '20699', '其他科学技术支出', 249.05, 59.40, 189.65),
    row(15, '2069999', '其他科学技术支出', 249.05, 59.40, 189.65),
    row(16, '221', '住房保障支出', 120.07, 120.07, 0),
    row(17, '22102', '住房改革支出', 120.07, 120.07, 0),
    row(18, '2210201', '住房公积金', 120.07, 120.07, 0),
  ],
});

const entry = (extra: Partial<DepartmentYear>): DepartmentYear => ({
  schemaVersion: 1, department: { name: '测试局', slug: 'ce-shi-ju' }, year: 2020, unit: '万元',
  sources: [{ file: 'seeds/x.txt', sha256: '0'.repeat(64), documentType: 'final-accounts' }], checks: [], ...extra,
});

const ids = (checks: { id: string; status: string }[]) => checks.map((c) => `${c.id}:${c.status}`);

describe('runChecks', () => {
  it('passes a consistent function table and names the rule', () => {
    const checks = runChecks(entry({ tables: [expenditure03()] }), { documents: [] });
    expect(ids(checks)).toEqual(['expenditure.hierarchy:pass', 'expenditure.rowSplit:pass']);
  });

  it('reports the 项 that does not add up, with both figures and the field it concerns', () => {
    const checks = runChecks(entry({ tables: [expenditure03(296)] }), { documents: [] });
    const failed = checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.field)).toContain('expenditureByFunction.20604');
    expect(failed.find((c) => c.field === 'expenditureByFunction.20604')!.message).toMatch(/296\.00.*295\.00/);
    expect(failed.some((c) => c.id === 'expenditure.rowSplit' && c.field === 'expenditureByFunction.2060499')).toBe(true);
  });

  it('treats 0.01 tail differences as rounding (seed 000: 2,068.89 + 968.21 = 3,037.10 vs 3,037.09; 类 rows 2,068.88 vs 2,068.89)', () => {
    const checks = runChecks(entry({
      summary: { basicExpenditure: 3037.09 },
      basicByEconomic: {
        personnelTotal: 2068.89, publicTotal: 968.21,
        rows: [
          { code: '301', name: '工资福利支出', level: '类', amount: 1627.74 },
          { code: '302', name: '商品和服务支出', level: '类', amount: 919.37 },
          { code: '303', name: '对个人和家庭的补助', level: '类', amount: 441.14 },
          { code: '307', name: '债务利息及费用支出', level: '类', amount: 0 },
          { code: '310', name: '资本性支出', level: '类', amount: 48.84 },
        ],
      },
    }), { documents: [] });
    expect(ids(checks)).toEqual(['economic.basicSplit:rounding', 'economic.personnelClasses:rounding', 'economic.publicClasses:pass']);
  });

  it.each<[string, number, string[]]>([
    ['agree', 257.08, ['economic.basicSplit:pass']],
    ['disagree', 257.5, ['economic.basicSplit:fail']],
  ])('checks prose-only 人员经费 + 公用经费 (seed 003: 225.24 + 31.84) without 类 sums when they %s', (_name, basic, expected) => {
    const checks = runChecks(entry({
      summary: { basicExpenditure: basic }, basicByEconomic: { personnelTotal: 225.24, publicTotal: 31.84, rows: [] },
    }), { documents: [] });
    expect(ids(checks).filter((id) => id.startsWith('economic.'))).toEqual(expected);
  });

  // putuo_guihua 2024: 基本支出 5,377.64 (all funds) against 06's fiscal-only 4,884.09 + 480.66 = 5,364.75.
  const t06: Table = { id: '公开06', title: '一般公共预算财政拨款基本支出决算表', kind: 'basicEconomic', columns: [], rows: [] };
  const economic = { personnelTotal: 4884.09, publicTotal: 480.66, rows: [] };
  it('does not hold 06 (fiscal funds) against the all-funds 基本支出 when no 05 states the fiscal one', () => {
    const checks = runChecks(entry({ summary: { basicExpenditure: 5377.64 }, tables: [t06], basicByEconomic: economic }), { documents: [] });
    const basis = checks.find((c) => c.id === 'economic.basicSplit.basis')!;
    expect(ids(checks).filter((id) => id.startsWith('economic.'))).toEqual(['economic.basicSplit.basis:pass']);
    expect(basis.message).toBe('公开06 一般公共预算财政拨款基本支出决算表分的是一般公共预算财政拨款基本支出（人员经费合计与公用经费合计之和 5,364.75 万元），报告没有一般公共预算财政拨款支出决算表给出这一数字；基本支出（全部资金）为 5,377.64 万元：两者口径不同，不作比较');
    // The same split against an all-funds figure it matches is checked as before.
    expect(ids(runChecks(entry({ summary: { basicExpenditure: 5364.75 }, tables: [t06], basicByEconomic: economic }), { documents: [] })).filter((id) => id.startsWith('economic.'))).toEqual(['economic.basicSplit:pass']);
  });

  it('checks 三公 arithmetic on both sides (seed 001: budget 310 = 64 + 191 + 55; 191 = 91 + 100)', () => {
    const figures = { total: 310, abroad: 64, vehicle: 191, vehiclePurchase: 91, vehicleOperation: 100, reception: 55 };
    const checks = runChecks(entry({ threePublic: { budget: figures, actual: { ...figures, total: 320 } } }), { documents: [] });
    expect(ids(checks)).toEqual(['threePublic.budget.total:pass', 'threePublic.budget.vehicle:pass', 'threePublic.actual.total:fail', 'threePublic.actual.vehicle:pass']);
  });

  it('checks budget-execution items against the 项 rows and the stated totals', () => {
    const checks = runChecks(entry({
      tables: [expenditure03()],
      budgetExecution: [
        { code: '2060499', path: ['科学技术支出', '技术与开发', '其他技术与开发支出'], budget: 0, actual: 295 },
        { code: '2210201', path: ['住房保障支出', '住房改革支出', '住房公积金'], budget: 123.95, actual: 120.70 },
        { path: ['未知（类）', '未知（款）', '未知（项）'], budget: 1, actual: 1 },
      ],
      budgetExecutionTotal: { budget: 124.95, actual: 416.7 },
    }), { documents: [], tableFacts: { tables: [expenditure03()], checks: [], messages: [] } });
    expect(ids(checks).filter((id) => id.startsWith('budgetExecution'))).toEqual([
      'budgetExecution.matchesTable:fail', 'budgetExecution.unresolved:fail', 'budgetExecution.actualSum:pass', 'budgetExecution.budgetSum:pass',
    ]);
  });

  it('checks the 01 identities: income side and expenditure side both reach 总计', () => {
    const summary = { incomeTotal: 7630.15, expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13, openingBalance: 997.25, closingBalance: 1000.18, grandTotal: 8627.40 };
    const t01: Table = { id: '公开01', title: '收入支出决算总表', columns: [], rows: [row(1, '本年收入合计', '27', 7630.15, '本年支出合计', '58', 7627.22), row(2, '年初结转和结余', '29', 997.25, '年末结转和结余', '60', 1000.18)] };
    const checks = runChecks(entry({ summary, tables: [t01] }), { documents: [] });
    expect(ids(checks)).toEqual(['summary.basicPlusProject:pass', 'summary.incomeSide:pass', 'summary.expenditureSide:pass']);
  });
});
