import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

describe('seed 001: 株洲市人民政府办公室（本级）2020年度部门决算, 第三部分', () => {
  const file = seed('001');
  const input = { file, lines: toLines(seedText(file)) };
  const facts = parseProse(input, { year: 2020, tables: parseTables(input).tables });
  const at = (line: number) => ({ file, line });

  it('reads the totals', () => {
    expect(facts.summary).toEqual({
      grandTotal: 5531.1, incomeTotal: 5531.1, expenditureTotal: 5531.1, basicExpenditure: 5029.13, projectExpenditure: 501.98,
    });
    expect(facts.budgetExecutionTotal).toEqual({ budget: 4900.84, actual: 5531.1, rate: 112.9 });
  });

  it('reads the 类 structure, "一般公共服务（类）" and "社会保障和就业支出（类）" alike', () => {
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.level, r.total, r.statedShare])).toEqual([
      ['201', '类', 4680.26, 84.6], ['208', '类', 495.24, 9], ['210', '类', 229.76, 4.2], ['221', '类', 125.84, 2.2],
    ]);
  });

  it('reads all 13 items, half-width brackets and a space before 信访事务 included', () => {
    expect(facts.budgetExecution?.map((i) => [i.code, i.budget, i.actual, i.rate])).toEqual([
      ['2010301', 3648.21, 3294.56, 90.3],
      ['2010302', 596.64, 997.54, 167.2],
      ['2010308', 0, 5, undefined],
      ['2010399', 0, 168.5, undefined],
      ['2012901', 0, 4.81, undefined],
      ['2012902', 0, 4.1, undefined],
      ['2019999', 0, 205.76, undefined],
      ['2080501', 303.12, 354.5, 116.9],
      ['2080505', 135.08, 120.51, 89.2],
      ['2080801', 0, 20.23, undefined],
      ['2101101', 71.67, 190.8, 266.2],
      ['2101103', 0, 38.96, undefined],
      ['2210201', 141.5, 125.84, 88.9],
    ]);
    expect(facts.budgetExecution![2].path).toEqual(['一般公共服务支出', '政府办公厅（室）及相关机构事务', '信访事务']);
    expect(facts.messages).toEqual([]);
    expect(facts.checks).toEqual([]);
  });

  it('reads 三公 with budgets that differ from actuals', () => {
    expect(facts.threePublic).toEqual({
      budget: { total: 310, abroad: 64, reception: 55, vehicle: 191 },
      actual: { total: 161.33, abroad: 0, reception: 7.44, vehicle: 153.89, vehiclePurchase: 55.55, vehicleOperation: 98.35 },
    });
  });

  it('derives 2019 figures', () => {
    expect(facts.history?.map((h) => [h.field, h.value, h.source?.line])).toEqual([
      ['summary.grandTotal', 7203.15, 388],
      ['budgetExecutionTotal.actual', 6603.89, 406],
      ['threePublic.actual.abroad', 55.2, 478],
      ['threePublic.actual.reception', 7.47, 480],
      ['threePublic.actual.vehicle', 221.39, 482],
      ['operatingCosts', 3619.55, 506],
    ]);
  });

  it('reads 机关运行经费, 政府采购, 车辆 and the 总分 of the attached 部门整体支出绩效自评表', () => {
    expect(facts.operatingCosts).toBe(2883.06);
    expect(facts.procurement).toEqual({ total: 1246.85, goods: 112.96, works: 267.34, services: 866.55, smeAwarded: 1246.85 });
    expect(facts.vehicles).toEqual({ total: 20, source: at(518) });
    expect(facts.performance).toEqual({ score: 99.5, grade: '优' });
  });

  it('keeps 15 sections, the last one 其他', () => {
    expect(facts.narrative).toHaveLength(15);
    expect(facts.narrative!.at(-1)).toEqual({ title: '其他', text: '本单位没有独立网站，因此只在部门决算公开专栏中公开。', source: at(526) });
    expect(facts.narrative![7].text).toBe('本单位没有政府性基金收入，也没有使用政府性基金安排的支出。');
  });
});
