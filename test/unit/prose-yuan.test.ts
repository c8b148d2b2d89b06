// Reports whose tables are in 元 (金额单位：元) state their prose in 元 too: every prose
// reader must give the same 万元 figures as the 万元 wording, exactly (元 ÷ 10,000).
import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { wanValue } from '../../scripts/ingest/prose/figures.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { ProseReading } from '../../scripts/ingest/prose/index.ts';

function report(body: string[]): ProseReading {
  const text = ['第三部分', '2022年度部门决算情况说明', ...body].join('\n');
  return parseProse({ file: 'test.txt', lines: toLines(text) }, { year: 2022 });
}

const DETAIL = ['五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况'];

describe('wanValue', () => {
  it.each<[string, string, number | null]>([
    ['7,627.22', '7,627.22万元', 7627.22],
    ['762,722.13', '762,722.13元', 76.272213],
    ['762,722.13', '762,722.13 元', 76.272213],
    ['0.00', '0.00元', 0],
    ['29,446,554.70', '29,446,554.70元', 2944.65547],
    ['1,2345.6', '1,2345.6元', null],
  ])('%s in "%s"', (raw, text, expected) => {
    expect(wanValue(raw, text, raw.length)).toBe(expected);
  });
});

describe('prose amounts in 元', () => {
  it.each<[string, string[], (f: ProseReading) => unknown, unknown]>([
    ['收、支总计 with its balances',
      ['一、收入支出决算总体情况说明', '2022年度收、支总计29,446,554.70元，年初结转和结余1,000.01元，年末结转和结余0.00元。'],
      (f) => f.summary, { grandTotal: 2944.65547, openingBalance: 0.100001, closingBalance: 0 }],
    ['收入合计, 支出合计, 基本 and 项目',
      ['二、收入决算情况说明', '2022年度收入合计29,446,554.70元。', '三、支出决算情况说明',
        '2022年度支出合计29,446,554.70元，其中：基本支出26,148,540.58元，占88.80%；项目支出3,298,014.12元，占11.20%。'],
      (f) => f.summary,
      { incomeTotal: 2944.65547, expenditureTotal: 2944.65547, basicExpenditure: 2614.854058, projectExpenditure: 329.801412 }],
    ['a 类 in the structure paragraph',
      ['五、一般公共预算财政拨款支出决算情况说明', '（二）一般公共预算财政拨款支出决算结构情况',
        '2022年度财政拨款支出916,806.16元，主要用于以下方面：住房保障（类）支出916,806.16元，占100.00%。'],
      (f) => f.expenditureByFunction?.filter((r) => r.level === '类').map((r) => [r.code, r.total, r.statedShare]),
      [['221', 91.680616, 100]]],
    ['a budget-execution item and the lead sentence',
      [...DETAIL, '2022年度财政拨款支出年初预算数为888,385.16元，支出决算数为916,806.16元，完成年初预算的103.20%，其中：',
        '1、住房保障（类）住房改革支出（款）住房公积金（项）。', '年初预算为888,385.16元，支出决算为916,806.16元，完成年初预算的103.20%。'],
      (f) => [f.budgetExecutionTotal, f.budgetExecution?.map((i) => [i.code, i.budget, i.actual, i.rate])],
      [{ budget: 88.838516, actual: 91.680616, rate: 103.2 }, [['2210201', 88.838516, 91.680616, 103.2]]]],
    ['三公 budget, actual and last year from a change',
      ['七、财政拨款三公经费支出决算情况说明', '（一）“三公”经费财政拨款支出决算总体情况说明',
        '公务接待费支出预算为190,639.33元，支出决算为138,848.75元，完成预算的72.83%，与上年相比减少50,547.61元，减少26.69%。'],
      (f) => [f.threePublic, f.history?.map((h) => [h.field, h.year, h.value])],
      [{ budget: { reception: 19.063933 }, actual: { reception: 13.884875 } }, [['threePublic.actual.reception', 2021, 18.939636]]]],
    ['机关运行经费 and 政府采购',
      ['九、关于机关运行经费支出说明', '本部门2022年度机关运行经费支出7,713,819.48元，比上年决算数增加872,822.86元。',
        '十一、关于政府采购支出说明', '政府采购支出总额4,151,964.21元，其中：政府采购货物支出2,499,482.45元、政府采购工程支出0.00元、政府采购服务支出1,652,481.76元。授予中小企业合同金额3,479,346.00元。'],
      (f) => [f.operatingCosts, f.procurement],
      [771.381948, { total: 415.196421, goods: 249.948245, works: 0, services: 165.248176, smeAwarded: 347.9346 }]],
  ])('%s', (_name, body, pick, expected) => {
    expect(pick(report(body))).toEqual(expected);
  });

  it('reads a 元 amount the parser cannot read as unreadable, not as absent', () => {
    const facts = report(['二、收入决算情况说明', '本年收入合计1,2345.6元。']);
    expect(facts.summary).toBeUndefined();
    expect(facts.messages.map((m) => m.code)).toEqual(['prose.unreadableAmount']);
  });

  it('keeps "100万元以上设备" in 万元 within a 元 report', () => {
    const facts = report(['一、收入支出决算总体情况说明', '2022年度收、支总计100万元。']);
    expect(facts.summary?.grandTotal).toBe(100);
  });
});
