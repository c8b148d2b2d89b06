import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

describe('seed 000: 株洲市工业和信息化局 2020年度部门决算, 第三部分', () => {
  const file = seed('000');
  const input = { file, lines: toLines(seedText(file)) };
  const facts = parseProse(input, { year: 2020, tables: parseTables(input).tables });
  const at = (line: number) => ({ file, line });

  it('reads the totals of sections 一、二、三', () => {
    expect(facts.summary).toEqual({
      grandTotal: 8627.4, openingBalance: 997.25, closingBalance: 1000.18, incomeTotal: 7630.15,
      expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13,
    });
  });

  it('reads the 类 structure with stated shares, 381.5 joined across the page break', () => {
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.name, r.total, r.statedShare, r.source?.line])).toEqual([
      ['206', '科学技术支出', 544.05, 7.1, 456],
      ['208', '社会保障和就业支出', 381.5, 5, 456],
      ['210', '卫生健康支出', 992.42, 13, 458],
      ['211', '节能环保支出', 7.86, 0.1, 458],
      ['215', '资源勘探工业信息等支出', 2243.59, 29.4, 458],
      ['221', '住房保障支出', 120.07, 1.6, 458],
      ['222', '粮油物质储备支出', 3337.72, 43.8, 458],
    ]);
    expect(facts.expenditureByFunction?.every((r) => r.level === '类')).toBe(true); // tables exist: no 款/项 from prose
  });

  it('reads the budget-execution lead sentence', () => {
    expect(facts.budgetExecutionTotal).toEqual({ budget: 2472.3, actual: 7627.22, rate: 308.5 });
  });

  it('reads all 16 budget-execution items', () => {
    expect(facts.budgetExecution?.map((i) => [i.code, i.budget, i.actual, i.rate, i.source?.line])).toEqual([
      ['2060499', 0, 295, undefined, 464],
      ['2069999', 0, 249.05, undefined, 468],
      ['2080501', 226.1, 244.11, 108, 472],
      ['2080502', 0, 0.01, undefined, 476],
      ['2080505', 116.36, 114.66, 98.5, 480],
      ['2080801', 0, 22.72, undefined, 484],
      ['2100410', 0, 791.08, undefined, 488],
      ['2101101', 166.56, 164.9, 99, 492],
      ['2101103', 37.48, 36.44, 97.2, 496],
      ['2119901', 0, 7.86, undefined, 500],
      ['2150501', 1801.85, 1826.22, 101.4, 504],
      ['2150508', 0, 128.69, undefined, 510],
      ['2150510', 0, 30, undefined, 514],
      ['2150599', 0, 258.68, undefined, 518],
      ['2210201', 123.95, 120.07, 96.9, 522],
      ['2220511', 0, 3337.72, undefined, 526],
    ]);
  });

  it('keeps paths and reasons as written, a reason wrapped over lines 506–508 joined', () => {
    const item = facts.budgetExecution![10];
    expect(item.path).toEqual(['资源勘探工业信息等支出', '工业和信息产业监管', '行政运行']);
    expect(item.reason).toBe('追加2019年度绩效考核奖、2019年度安全生产工作考核奖、2019年度“产业项目建设年”活动奖励金、2019年度综治考核奖等');
    expect(facts.budgetExecution![0]).toMatchObject({
      path: ['科学技术支出', '技术与开发', '其他技术与开发支出'], reason: '追加运转经费开支等',
    });
  });

  it('records the repair of item 2, whose 项 is written under the wrong 款', () => {
    expect(facts.budgetExecution![1].path).toEqual(['科学技术支出', '技术与开发', '其他科学技术支出']);
    expect(facts.checks).toEqual([expect.objectContaining({
      id: 'repair.budgetPath', status: 'repaired', field: 'budgetExecution.2069999', source: at(468),
    })]);
    expect(facts.messages).toEqual([]);
  });

  it('reads 三公 budget and actual', () => {
    expect(facts.threePublic).toEqual({
      budget: { total: 62.34, abroad: 0, reception: 12, vehicle: 50.35 },
      actual: { total: 62.34, abroad: 0, reception: 12, vehicle: 50.35, vehiclePurchase: 18.91, vehicleOperation: 31.43 },
    });
  });

  it('derives 2019 figures from the stated changes', () => {
    expect(facts.history).toEqual([
      { year: 2019, field: 'summary.grandTotal', value: 4673.77, derivedFrom: '与上年相比，增加3953.63万元', source: at(434) },
      { year: 2019, field: 'budgetExecutionTotal.actual', value: 3679.87, derivedFrom: '与上年相比，一般公共预算财政拨款支出增加3947.35万元', source: at(452) },
      { year: 2019, field: 'threePublic.actual.abroad', value: 13.65, derivedFrom: '与上年相比减少13.65万元', source: at(542) },
      { year: 2019, field: 'threePublic.actual.reception', value: 18.3, derivedFrom: '与上年相比减少6.3万元', source: at(544) },
      { year: 2019, field: 'threePublic.actual.vehicle', value: 29.71, derivedFrom: '与上年相比增加20.64万元', source: at(546) },
      { year: 2019, field: 'operatingCosts', value: 1161.75, derivedFrom: '比上年决算数减少193.54万元', source: at(578) },
    ]);
  });

  it('reads 机关运行经费, 政府采购 and 车辆', () => {
    expect(facts.operatingCosts).toBe(968.21);
    expect(facts.procurement).toEqual({ total: 3512, goods: 3270.53, works: 11.56, services: 229.91, smeAwarded: 777.9 });
    expect(facts.vehicles).toEqual({ total: 10, source: at(592) });
    expect(facts.performance).toBeUndefined();
  });

  it('keeps the 情况说明 as 11 sections of joined text', () => {
    expect(facts.narrative?.map((s) => [s.title, s.source?.line])).toEqual([
      ['收入支出决算总体情况说明', 432], ['收入决算情况说明', 436], ['支出决算情况说明', 440],
      ['财政拨款收入支出决算总体情况说明', 444], ['一般公共预算财政拨款支出决算情况说明', 448],
      ['一般公共预算财政拨款基本支出决算情况说明', 530], ['一般公共预算财政拨款三公经费支出决算情况说明', 536],
      ['政府性基金预算收入支出决算情况', 560], ['国有资本经营预算支出决算情况', 564],
      ['2020年度预算绩效情况说明', 568], ['其他重要事项情况说明', 574],
    ]);
    expect(facts.narrative![4].text).toContain('社会保障和就业（类）支出381.5万元，占5.0%');
    expect(facts.narrative![6].text).toContain('全年安排因公出国（境）团组0个，累计0人次。');
    expect(facts.narrative![10].text).toContain('主要原因是：减少了从专项资金切块到单位的业务性专项支出。');
  });

  it('reads the fiscal year from the report when not given', () => {
    const again = parseProse(input, { tables: parseTables(input).tables });
    expect(again.history?.[0].year).toBe(2019);
  });
});
