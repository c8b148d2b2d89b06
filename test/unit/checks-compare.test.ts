// compareSum and compareSame: a Chinese sentence for readers, and the figures, their
// difference and the rounding tolerance as data, for a pass, a rounding difference and a failure.
import { describe, expect, it } from 'vitest';
import { compareSame, compareSum, type Comparison } from '../../scripts/ingest/checks/compare.ts';

describe('compareSum', () => {
  const basicSplit = (stated: number, ...parts: number[]): Comparison => ({
    id: 'economic.basicSplit', what: '人员经费合计与公用经费合计', stated, statedLabel: '基本支出', parts,
  });

  it.each([
    ['a pass', basicSplit(3037.10, 2068.89, 968.21), 'pass', '人员经费合计与公用经费合计之和 3,037.10 万元，与基本支出 3,037.10 万元相符', 0],
    ['seed 000: 3,037.10 vs 3,037.09 is rounding', basicSplit(3037.09, 2068.89, 968.21), 'rounding',
      '人员经费合计与公用经费合计之和 3,037.10 万元，与基本支出 3,037.09 万元相差 0.01 万元（尾数误差）', 0.01],
    ['a failure', basicSplit(3047.10, 2068.89, 968.21), 'fail',
      '人员经费合计与公用经费合计之和 3,037.10 万元，与基本支出 3,047.10 万元相差 10.00 万元，超出尾数误差允许范围（0.02 万元）', 10],
  ])('%s', (_name, comparison, status, message, difference) => {
    expect(compareSum(comparison)).toEqual({
      id: 'economic.basicSplit', status, message, kind: 'sum',
      values: [{ label: '基本支出', value: comparison.stated }, { label: '人员经费合计与公用经费合计之和', value: 3037.1 }],
      difference, tolerance: 0.02,
    });
  });

  it('names the table and column both figures are read from, and a code-led label with a space', () => {
    const check = compareSum({
      id: 'expenditure.itemSum', where: '公开03 支出决算表', column: '项目支出', what: '21505 工业和信息产业监管下属各项',
      stated: 263.81, statedLabel: '21505 工业和信息产业监管', parts: [5.13, 258.69], field: 'expenditureByFunction.21505',
    });
    expect(check.message).toBe('公开03 支出决算表“项目支出”栏：21505 工业和信息产业监管下属各项之和 263.82 万元，与 21505 工业和信息产业监管 263.81 万元相差 0.01 万元（尾数误差）');
    expect(check.values).toEqual([
      { label: '公开03 支出决算表 21505 工业和信息产业监管（项目支出）', value: 263.81 },
      { label: '公开03 支出决算表 21505 工业和信息产业监管下属各项之和（项目支出）', value: 263.82 },
    ]);
  });

  it('allows 0.01 per stated addend; a blank part is no addend', () => {
    expect(compareSum({ id: 's', what: '各类', stated: 1, statedLabel: '合计', parts: [0.5, undefined, 0.47] })).toMatchObject({
      status: 'fail', difference: 0.03, tolerance: 0.02,
      message: '各类之和 0.97 万元，与合计 1.00 万元相差 0.03 万元，超出尾数误差允许范围（0.02 万元）',
    });
  });
});

describe('compareSame', () => {
  const totals = (a: number, b: number) => compareSame({
    id: 'totals.income', kind: 'cross-table', what: '本年收入合计',
    a: { label: '公开01 收入支出决算总表', value: a }, b: { label: '公开02 收入决算表', value: b }, field: 'summary.incomeTotal',
  });

  it.each([
    ['a pass', 7630.15, 'pass', '本年收入合计：公开01 收入支出决算总表 7,630.15 万元，公开02 收入决算表 7,630.15 万元，两者相符', 0],
    ['a rounding difference', 7630.14, 'rounding', '本年收入合计：公开01 收入支出决算总表 7,630.15 万元，公开02 收入决算表 7,630.14 万元，两者相差 0.01 万元（尾数误差）', 0.01],
    ['a failure', 7620.15, 'fail', '本年收入合计：公开01 收入支出决算总表 7,630.15 万元，公开02 收入决算表 7,620.15 万元，两者相差 10.00 万元，超出尾数误差允许范围（0.01 万元）', 10],
  ])('%s', (_name, b, status, message, difference) => {
    expect(totals(7630.15, b)).toEqual({
      id: 'totals.income', status, message, field: 'summary.incomeTotal', kind: 'cross-table',
      values: [{ label: '公开01 收入支出决算总表 本年收入合计', value: 7630.15 }, { label: '公开02 收入决算表 本年收入合计', value: b }],
      difference, tolerance: 0.01,
    });
  });
});
