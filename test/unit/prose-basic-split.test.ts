// 六、基本支出决算情况说明: 人员经费 and 公用经费 totals, the only economic figures a
// report without tables states (seed 003: 225.24 + 31.84 = 257.08).
import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';

function basicSplit(body: string[]) {
  const text = ['第三部分', '2023年度部门决算情况说明', ...body].join('\n');
  return parseProse({ file: 'test.txt', lines: toLines(text) }, { year: 2023 }).basicByEconomic;
}

const TITLE = '六、一般公共预算财政拨款基本支出决算情况说明';

describe('人员经费 and 公用经费 from the prose', () => {
  it.each<[string, string[], unknown]>([
    ['seed 003: one line each',
      [TITLE, '2023年度财政拨款基本支出257.08万元，其中：', '人员经费225.24万元，占基本支出的87.61%,主要包括基本工资。', '公用经费31.84万元，占基本支出的12.39%，主要包括办公费。'],
      { personnelTotal: 225.24, publicTotal: 31.84, rows: [] }],
    ['seed 000: one sentence, thousands separators absent',
      [TITLE, '2020年度一般公共预算财政拨款基本支出3037.09万元，其中：人员经费2068.89万元，占基本支出的68.1%，主要包括基本工资；公用经费968.21万元，占基本支出的31.9%。'],
      { personnelTotal: 2068.89, publicTotal: 968.21, rows: [] }],
    ['in 元, converted exactly',
      [TITLE, '人员经费18,434,721.10元，占基本支出的70.50%。', '公用经费7,713,819.48元，占基本支出的29.50%。'],
      { personnelTotal: 1843.47211, publicTotal: 771.381948, rows: [] }],
    ['only one of the two stated', [TITLE, '其中：人员经费12.5万元。'], { personnelTotal: 12.5, rows: [] }],
    ['no amount next to the words', [TITLE, '基本支出主要用于人员经费和公用经费。'], undefined],
    ['人员经费 outside the 基本支出 section',
      ['五、一般公共预算财政拨款支出决算情况说明', '主要原因是：财政追加的人员经费5万元。'], undefined],
  ])('%s', (_name, body, expected) => {
    expect(basicSplit(body)).toEqual(expected);
  });
});
