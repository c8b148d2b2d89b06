import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { lineAt, toParagraphs } from '../../scripts/ingest/prose/paragraphs.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { ProseFacts } from '../../scripts/ingest/types.ts';

/** A minimal report: 第三部分 on line 1, its title on line 2, then `body` from line 3. */
function report(body: string[], options: { year?: number } = { year: 2020 }): ProseFacts {
  const text = ['第三部分', '部门决算情况说明', ...body].join('\n');
  return parseProse({ file: 'test.txt', lines: toLines(text) }, options);
}

const STRUCTURE = ['五、一般公共预算财政拨款支出决算情况说明', '（二）一般公共预算财政拨款支出决算结构情况'];
const DETAIL = ['五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况'];

describe('parseProse on messy text', () => {
  it.each<[string, string[], (f: ProseFacts) => unknown, unknown]>([
    ['an amount split from its 万元 by a page break',
      [...STRUCTURE, '2020年度一般公共预算财政拨款支出381.5万元，主要用于以下方面：科学技术（类）支出381.5', '', '万元，占100%。'],
      (f) => f.expenditureByFunction?.map((r) => [r.code, r.total, r.statedShare, r.source?.line]),
      [['206', 381.5, 100, 5]]],
    ['full-width digits', ['二、收入决算情况说明', '本年收入合计７６３０．１５万元。'],
      (f) => f.summary?.incomeTotal, 7630.15],
    ['a full-width thousands separator', ['一、收入支出决算总体情况说明', '2023年度收、支总计１，４５２．６１万元。'],
      (f) => f.summary?.grandTotal, 1452.61],
    ['an ASCII thousands separator and spaces before 万元', ['三、支出决算情况说明', '本年支出合计 2,175.87 万元，其中：基本支出 1,806.70万元。'],
      (f) => f.summary, { expenditureTotal: 2175.87, basicExpenditure: 1806.7 }],
    ['"0.0万元" is zero, not absent',
      [...DETAIL, '1、一般公共服务（类）财政事务（款）行政运行（项）。', '年初预算为0.0万元，支出决算为65.02万元。'],
      (f) => f.budgetExecution?.map((i) => [i.code, i.budget, i.actual]), [['2010601', 0, 65.02]]],
    ['a 项 name wrapped over a blank line',
      [...DETAIL, '1. 科学技术支出（类）其他科学技术支出（款）其他科学技', '', '术支出（项）。年初预算为0万元，支出决算为5万元。'],
      (f) => f.budgetExecution?.map((i) => [i.code, i.path[2], i.source?.line]), [['2069999', '其他科学技术支出', 5]]],
    ['a reason wrapped over lines',
      [...DETAIL, '1、住房保障支出（类）住房改革支出（款）住房公积金（项）。', '年初预算为1万元，支出决算为2万元，主要原因是：追加、', '', '补发。'],
      (f) => f.budgetExecution?.[0].reason, '追加、补发'],
    ['三公 labels in bold with spaced amounts',
      ['七、三公经费支出决算情况说明', '1. **因公出国（境）费** 预算为0万元，支出决算为0万元。', '**公务用车购置支出** 17.98 万元。'],
      (f) => f.threePublic, { budget: { abroad: 0 }, actual: { abroad: 0, vehiclePurchase: 17.98 } }],
    ['markdown headings',
      ['## 一、收入支出决算总体情况说明', '', '2023年度收、支总计均为2,175.87万元。'],
      (f) => [f.narrative?.[0].title, f.summary?.grandTotal], ['收入支出决算总体情况说明', 2175.87]],
  ])('%s', (_name, body, pick, expected) => {
    expect(pick(report(body))).toEqual(expected);
  });

  it.each<[string, string[], string, number | undefined]>([
    ['an item whose names are unknown',
      [...DETAIL, '1、虚构支出（类）不存在（款）乱写（项）。', '年初预算为0万元，支出决算为1万元。'], 'prose.unresolvedItem', 5],
    ['an amount the parser cannot read', ['二、收入决算情况说明', '本年收入合计1,2345.6万元。'], 'prose.unreadableAmount', 4],
    ['an item without figures', [...DETAIL, '1、住房保障支出（类）住房改革支出（款）住房公积金（项）。', '情况另见附表。'], 'prose.itemFigures', 5],
    ['a 类 the classification does not know',
      [...STRUCTURE, '主要用于以下方面：星际航行（类）支出1万元，占100%。'], 'prose.unknownSubject', 5],
    ['no 第三部分 at all', [], 'prose.noExplanation', undefined],
  ])('reports %s and goes on', (_name, body, code, line) => {
    const text = body.length ? ['第三部分', '部门决算情况说明', ...body].join('\n') : '第一部分\n概况';
    const facts = parseProse({ file: 'test.txt', lines: toLines(text) }, { year: 2020 });
    expect(facts.messages).toContainEqual({ code, message: expect.any(String), file: 'test.txt', line, severity: 'warning' });
  });

  it('keeps an unresolved item, without a code', () => {
    const facts = report([...DETAIL, '1、虚构支出（类）不存在（款）乱写（项）。', '年初预算为0万元，支出决算为1万元。']);
    expect(facts.budgetExecution).toEqual([{
      path: ['虚构支出', '不存在', '乱写'], budget: 0, actual: 1, source: { file: 'test.txt', line: 5 },
    }]);
  });

  it('leaves 款 rows out when the items do not add up to their 类', () => {
    const facts = report([
      ...STRUCTURE, '主要用于以下方面：科学技术（类）支出100万元，占100%。',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '1、科学技术支出（类）基础研究（款）自然科学基金（项）。', '年初预算为0万元，支出决算为60万元。',
    ]);
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.total])).toEqual([['206', 100], ['2060203', 60]]);
    expect(facts.messages.map((m) => m.code)).toEqual(['prose.incompleteItems']);
  });

  it('records no history without a fiscal year, and says so', () => {
    const facts = report(['一、收入支出决算总体情况说明', '收、支总计10万元。与上年相比，增加1万元。'], {});
    expect(facts.history).toBeUndefined();
    expect(facts.messages.map((m) => m.code)).toEqual(['prose.noYear']);
  });

  it('turns a decrease into a larger prior value with exact decimals', () => {
    const facts = report(['一、收入支出决算总体情况说明', '收、支总计0.1万元。与上年相比，减少0.2万元。']);
    expect(facts.history?.[0]).toMatchObject({ year: 2019, field: 'summary.grandTotal', value: 0.3 });
  });
});

describe('toParagraphs', () => {
  const lines = toLines([
    '一、收入支出决算总体情况说明', '本年收入合计381.5', '', '万元，其中：', '1、因公出国（境）费支出决算为0万元，团组', '0个。',
    '（二）结构情况', '正文。',
  ].join('\n'));
  const paragraphs = toParagraphs(lines);

  it('joins wrapped lines, never a title, and starts anew at a numbered item', () => {
    expect(paragraphs.map((p) => [p.text, p.line, p.heading])).toEqual([
      ['一、收入支出决算总体情况说明', 1, true],
      ['本年收入合计381.5万元，其中：', 2, false],
      ['1、因公出国（境）费支出决算为0万元，团组0个。', 5, false],
      ['（二）结构情况', 7, true],
      ['正文。', 8, false],
    ]);
  });

  it('maps an offset back to its source line', () => {
    const [, wrapped] = paragraphs;
    expect(lineAt(wrapped, 0)).toBe(2);
    expect(lineAt(wrapped, wrapped.text.indexOf('万元'))).toBe(4);
  });
});
