import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

describe('seed 004: 平顶山市工业和信息化局 2023年度部门决算, markdown', () => {
  const file = seed('004');
  const input = { file, lines: toLines(seedText(file)) };
  const facts = parseProse(input, { year: 2023, tables: parseTables(input).tables });
  const at = (line: number) => ({ file, line });

  it('reads the totals ("收、支总计均为2,175.87万元")', () => {
    expect(facts.summary).toEqual({
      grandTotal: 2175.87, incomeTotal: 2175.87, expenditureTotal: 2175.87, basicExpenditure: 1806.7, projectExpenditure: 369.17,
    });
    expect(facts.budgetExecutionTotal).toEqual({ budget: 858.9, actual: 2175.87, rate: 253.33 });
  });

  it('reads the 类 structure only (the report has tables)', () => {
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.total, r.statedShare])).toEqual([
      ['201', 5.09, 0.23], ['206', 183.72, 8.44], ['208', 275.32, 12.65],
      ['210', 53.9, 2.48], ['215', 1567.62, 72.05], ['221', 90.22, 4.15],
    ]);
  });

  it('reads all 16 items, item and figures on one line, names wrapped over a page break', () => {
    expect(facts.budgetExecution?.map((i) => [i.code, i.budget, i.actual, i.rate])).toEqual([
      ['2010305', 0, 4, undefined],
      ['2010404', 0, 1.09, undefined],
      ['2069999', 0, 183.72, undefined],
      ['2080501', 31.5, 150.89, 479.02],
      ['2080505', 67.3, 75.21, 111.75],
      ['2080601', 0, 48, undefined],
      ['2089999', 1.1, 1.21, 110],
      ['2101101', 46.5, 40.63, 87.38],
      ['2101102', 11.8, 13.27, 112.46],
      ['2150102', 0, 1.1, undefined],
      ['2150501', 446.9, 1089.47, 243.78],
      ['2150517', 0, 30, undefined],
      ['2150599', 203.4, 294.96, 145.01],
      ['2150899', 0, 122.1, undefined],
      ['2159999', 0, 30, undefined],
      ['2210201', 50.4, 90.22, 179.01],
    ]);
    expect(facts.budgetExecution![2]).toMatchObject({
      path: ['科学技术支出', '其他科学技术支出', '其他科学技术支出'], source: at(512),
    });
    expect(facts.budgetExecution![7].reason).toBe('缴费基数变动，医疗保险以实际参保人员结算');
    expect(facts.messages).toEqual([]);
  });

  it('reads 三公 from bold-labelled paragraphs', () => {
    expect(facts.threePublic).toEqual({
      budget: { total: 29.59, abroad: 0, vehicle: 28.94, reception: 0.66 },
      actual: { total: 29.59, abroad: 0, vehicle: 28.94, reception: 0.66, vehiclePurchase: 17.98, vehicleOperation: 10.96 },
    });
  });

  it('derives 2022 figures ("与上年度相比，收、支总计各减少1,746.16万元")', () => {
    expect(facts.history).toEqual([
      { year: 2022, field: 'summary.grandTotal', value: 3922.03, derivedFrom: '与上年度相比，收、支总计各减少1,746.16万元', source: at(480) },
      { year: 2022, field: 'budgetExecutionTotal.actual', value: 3922.03, derivedFrom: '与上年度相比，一般公共预算财政拨款支出减少1,746.16万元', source: at(498) },
      { year: 2022, field: 'operatingCosts', value: 298.64, derivedFrom: '与上年度相比，减少17.47万元', source: at(584) },
    ]);
  });

  it('reads 机关运行经费, 政府采购, 车辆 and the stated self-evaluation score', () => {
    expect(facts.operatingCosts).toBe(281.17);
    expect(facts.procurement).toEqual({ total: 36.86, goods: 21.23, works: 0, services: 15.63, smeAwarded: 18.88 });
    expect(facts.vehicles).toEqual({ total: 4, source: at(592) });
    expect(facts.performance).toEqual({ score: 93.7 });
  });

  it('keeps 13 sections without markdown marks', () => {
    expect(facts.narrative?.map((s) => s.title)).toEqual([
      '收入支出决算总体情况说明', '收入决算情况说明', '支出决算情况说明', '财政拨款收入支出决算总体情况说明',
      '一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款基本支出决算情况说明',
      '政府性基金预算财政拨款支出决算情况说明', '国有资本经营预算财政拨款支出决算情况说明',
      '财政拨款“三公”经费支出决算情况说明', '机关运行经费支出情况说明', '政府采购支出情况说明',
      '国有资产占用情况说明', '预算绩效情况说明',
    ]);
    expect(facts.narrative![12].text).toContain('（二）项目绩效自评结果。');
    expect(facts.narrative!.some((s) => /\*\*|#/.test(s.text))).toBe(false);
  });
});
