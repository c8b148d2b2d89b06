import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

// Seed 003 publishes no tables ("见附表"): every figure comes from its prose.
describe('seed 003: 株洲市芦淞区科技和工业信息化局 2023年度部门决算, prose only', () => {
  const file = seed('003');
  const facts = parseProse({ file, lines: toLines(seedText(file)) }, { year: 2023 });
  const at = (line: number) => ({ file, line });

  it('reads the totals, with thousands separators', () => {
    expect(facts.summary).toEqual({
      grandTotal: 1452.61, incomeTotal: 1451.29, expenditureTotal: 1451.29, basicExpenditure: 257.08, projectExpenditure: 1194.21,
    });
    expect(facts.budgetExecutionTotal).toEqual({ budget: 192.31, actual: 1451.29, rate: 754.66 });
  });

  it('resolves every budget-execution item to a code', () => {
    expect(facts.budgetExecution?.map((i) => [i.code, i.path.at(-1), i.budget, i.actual, i.rate, i.source?.line])).toEqual([
      ['2010301', '行政运行', 0, 65.02, undefined, 87],
      ['2010601', '行政运行', 28.41, 46.41, 163.36, 89],
      ['2060101', '行政运行', 163.9, 154.8, 94.45, 91],
      ['2060199', '其他科学技术管理事务支出', 0, 21.55, undefined, 93],
      ['2060203', '自然科学基金', 0, 5, undefined, 95],
      ['2060299', '其他基础研究支出', 0, 238.18, undefined, 97],
      ['2060404', '科技成果转化与扩散', 0, 127.79, undefined, 99],
      ['2060499', '其他技术研究与开发支出', 0, 70, undefined, 101],
      ['2060599', '其他科技条件与服务支出', 0, 90, undefined, 103],
      ['2069901', '科技奖励', 0, 20, undefined, 105],
      ['2069999', '其他科学技术支出', 0, 592.76, undefined, 107],
      ['2150599', '其他工业和信息产业监管支出', 0, 15, undefined, 109],
      ['2159999', '其他资源勘探工业信息等支出', 0, 4.78, undefined, 111],
    ]);
    expect(facts.messages).toEqual([]);
  });

  it('builds 类 rows from the structure paragraph and 款/项 rows from the items', () => {
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.level, r.total])).toEqual([
      ['201', '类', 111.43],
      ['20103', '款', 65.02], ['2010301', '项', 65.02],
      ['20106', '款', 46.41], ['2010601', '项', 46.41],
      ['206', '类', 1320.08],
      ['20601', '款', 176.35], ['2060101', '项', 154.8], ['2060199', '项', 21.55],
      ['20602', '款', 243.18], ['2060203', '项', 5], ['2060299', '项', 238.18],
      ['20604', '款', 197.79], ['2060404', '项', 127.79], ['2060499', '项', 70],
      ['20605', '款', 90], ['2060599', '项', 90],
      ['20699', '款', 612.76], ['2069901', '项', 20], ['2069999', '项', 592.76],
      ['215', '类', 19.78],
      ['21505', '款', 15], ['2150599', '项', 15],
      ['21599', '款', 4.78], ['2159999', '项', 4.78],
    ]);
    const rows = facts.expenditureByFunction!;
    expect(rows.find((r) => r.code === '206')).toMatchObject({ statedShare: 90.96, source: at(84) });
    expect(rows.find((r) => r.code === '20604')?.name).toBe('技术研究与开发');
    expect(rows.find((r) => r.code === '2060404')?.source).toEqual(at(99));
  });

  it('reads 三公 including "0.0万元" and 购置费/运行维护费 stated with budgets', () => {
    expect(facts.threePublic).toEqual({
      budget: { total: 3.63, abroad: 0, reception: 3.63, vehiclePurchase: 0, vehicleOperation: 0 },
      actual: { total: 3.63, abroad: 0, reception: 3.63, vehiclePurchase: 0, vehicleOperation: 0, vehicle: 0 },
    });
  });

  it('derives 2022 figures, "与上年相比无变化" as the same value', () => {
    expect(facts.history?.map((h) => [h.field, h.value, h.derivedFrom])).toEqual([
      ['summary.grandTotal', 1320.84, '与上年相比，增加131.77万元'],
      ['budgetExecutionTotal.actual', 1315.08, '与上年相比，财政拨款支出增加136.21万元'],
      ['threePublic.actual.total', 2.56, '与上年相比增加1.07万元'],
      ['threePublic.actual.abroad', 0, '与上年相比无变化'],
      ['threePublic.actual.reception', 2.56, '与上年相比增加1.07万元'],
      ['threePublic.actual.vehiclePurchase', 0, '与上年相比无变化'],
      ['threePublic.actual.vehicleOperation', 0, '与上年相比无变化'],
      ['operatingCosts', 25.3, '比上年决算数增加6.54万元'],
    ]);
    expect(facts.history?.every((h) => h.year === 2022)).toBe(true);
  });

  it('reads 机关运行经费, 政府采购 and "共有车辆0.00辆"', () => {
    expect(facts.operatingCosts).toBe(31.84);
    expect(facts.procurement).toEqual({ total: 97.68, goods: 16.47, works: 0, services: 81.21, smeAwarded: 97.68 });
    expect(facts.vehicles).toEqual({ total: 0, source: at(138) });
  });

  it('keeps 13 sections; title lines with no blank line after them are not joined', () => {
    expect(facts.narrative?.map((s) => s.title)).toHaveLength(13);
    expect(facts.narrative![0]).toEqual({
      title: '收入支出决算总体情况说明',
      text: '2023年度收、支总计1,452.61万元。与上年相比，增加131.77万元，增长9.98%，主要是因为补发2021年基础绩效增量及绩效评估奖金、2022年1-9月基础绩效增量调整。',
      source: at(72),
    });
  });
});
