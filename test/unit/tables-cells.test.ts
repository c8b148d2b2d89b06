// The small readers of the table layer: cells, codes, 栏次 rows, titles, line roles, headers.
import { describe, expect, it } from 'vitest';
import { cellAmount, columnNumbers, splitCodeName } from '../../scripts/ingest/tables/cells.ts';
import { deriveColumns, splitHeader } from '../../scripts/ingest/tables/header.ts';
import { titleKind } from '../../scripts/ingest/tables/kinds.ts';
import { labelOf, lineRole, unitOf } from '../../scripts/ingest/tables/lines.ts';
import { findTitles } from '../../scripts/ingest/tables/titles.ts';
import { splitCells, toLines } from '../../scripts/ingest/text.ts';

const rows = (...lines: string[]) => lines.map((text, i) => ({ line: i + 1, cells: splitCells(text) }));

describe('cells', () => {
  it.each([
    ['201\t一般公共服务支出\t5.09', ['201', '一般公共服务支出', '5.09']],
    ['<b>本年收入合计</b>\t27\t<b>2,175.87</b>\t', ['本年收入合计', '27', '2,175.87', '']],
    ['| 201 | **一般公共服务支出** | 5.09 |', ['201', '一般公共服务支出', '5.09']],
  ])('%j splits into %j', (line, cells) => expect(splitCells(line)).toEqual(cells));

  it.each([
    ['201', { code: '201', name: '' }],
    ['201 一般公共服务支出', { code: '201', name: '一般公共服务支出' }],
    ['2010301行政运行', { code: '2010301', name: '行政运行' }],
    ['310 101 资本性支出', { code: '310', name: '101 资本性支出' }],
    ['2,175.87', undefined], ['1 505.01', undefined], ['100%', undefined], ['合计', undefined],
  ])('%s → %j', (cell, expected) => expect(splitCodeName(cell)).toEqual(expected));

  it.each([
    [['栏 次', '', '1', '栏 次', '', '2'], [2, 5]],
    [['', '', '栏次 1', '2', '3'], [2, 3, 4]],
    [['栏', '次', '', '1', '栏', '次', '', '2', '3'], [3, 7, 8]],
    [['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', ''], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    [['', '30', '', '', '61', ''], undefined],
    [['201', '一般公共服务支出', '5.09'], undefined],
  ])('栏次 row %j → %j', (cells, expected) => expect(columnNumbers(cells)).toEqual(expected));
});

describe('titles and lines', () => {
  it.each([
    ['收入支出决算总表', 'summary'], ['## 收入支出决算总表', 'summary'], ['财政拨款收入支出决算总表', 'fiscalSummary'],
    ['收入决算表', 'income'], ['支出决算表', 'expenditure'], ['一般公共预算财政拨款支出决算表', 'generalBudget'],
    ['一般公共预算财政拨款基本支出决算表', 'basicEconomic'], ['一般公共预算财政拨款基本支出决算明细表', 'basicEconomic'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'threePublic'], ['财政拨款"三公"经费支出决算表', 'threePublic'],
    ['政府性基金预算财政拨款收入支出决算表', 'governmentFund'], ['国有资本经营预算财政拨款支出决算表', 'stateCapital'],
    ['- 六、一般公共预算财政拨款基本支出决算明细表', 'basicEconomic'], ['公开03表 支出决算表', 'expenditure'],
    ['六、一般公共预算财政拨款基本支出决算情况说明', undefined], ['第二部分2020年度部门决算表', undefined],
    ['支出决算表（单位：万元）', 'expenditure'], ['收入决算表（2020年度）', 'income'],
    ['株洲市工业和信息化局2020年度收入支出决算总表', 'summary'], ['收入决算表（续）', 'income'],
  ])('%s → %s', (line, kind) => expect(titleKind(line)).toBe(kind));

  it('never takes a table row for a title', () => {
    expect(findTitles(toLines('项目\t支出决算表\n201\t一般公共服务支出\t5.09'))).toEqual([]);
  });

  it.each([
    ['公开01表', 'meta'], ['部门：株洲市工业和信息化局', 'meta'], ['2020年度', 'meta'], ['金额单位：万元', 'meta'],
    ['部门: 某办\t\t2020年度\t公开09表 金额单位: 万元', 'meta'], ['注：本表反映部门本年度各项支出情况。', 'note'],
    ['说明：我部门没有使用国有资本经营预算安排的支出，故本表无数据。', 'note'], ['### 第三部分 2023年度部门决算情况说明', 'part'],
    ['201\t一般公共服务支出\t5.09', 'row'], ['', 'blank'], ['本单位没有独立网站。', 'text'],
  ])('%s is a %s line', (line, role) => expect(lineRole(toLines(line)[0])).toBe(role));

  it.each([
    ['公开01表', '公开01'], ['部门：某局 公开8表', '公开08'], ['公开 09 表 金额单位：万元', '公开09'], ['公开单位构成', undefined],
  ])('label of %s is %s', (line, label) => expect(labelOf(line)).toBe(label));

  it.each([['金额单位：元', '元'], ['单位：万元', '万元'], ['金额单位: 万元', '万元'], ['决算单位构成', undefined]])(
    'unit of %s is %s', (line, unit) => expect(unitOf(line)).toBe(unit));
});

describe('headers', () => {
  it('names grouped columns from the rows above', () => {
    const { header, data } = splitHeader(rows(
      '项目\t\t本年支出\t\t',
      '功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出',
      '栏次\t\t1\t2\t3',
      '合计\t\t10.00\t6.00\t4.00',
    ));
    expect(deriveColumns(header)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(data.map((r) => r.line)).toEqual([4]);
  });

  it('drops a header block repeated after a page break', () => {
    const { data } = splitHeader(rows(
      '经济分类科目编码\t科目名称\t决算数', '301\t工资福利支出\t1.00', '',
      '经济分类 科目编码\t科目名称\t决算数', '30101\t基本工资\t1.00',
    ).filter((r) => r.cells.some((c) => c !== '')));
    expect(data.map((r) => r.cells[0])).toEqual(['301', '30101']);
  });

  it('takes a header without a 栏次 row up to the first data row', () => {
    const { header, data } = splitHeader(rows('收 项 栏\t目 次\t金 额 1', '一、一般公共预算财政拨款收入\t1\t5,531.10'));
    expect([header.length, data.length]).toEqual([1, 1]);
  });
});

describe('cellAmount and splitCells fast paths', () => {
  it.each<[string, number | null, boolean]>([
    ['7,627.22', 7627.22, true], ['0.00', 0, true], ['27', 27, false], ['', null, false], ['合计', null, false], ['1 505.01', 1505.01, true],
  ])('cellAmount(%j)', (cell, value, printed) => {
    expect(cellAmount(cell)).toEqual({ value, printed });
    expect(cellAmount(cell)).toEqual({ value, printed }); // remembered, same answer
  });

  it.each<[string, number, '万元' | '元']>([['5,531.10 万元', 5531.1, '万元'], ['12,500元', 12500, '元']])(
    'cellAmount(%j) keeps the unit the cell states', (cell, value, unit) => {
      expect(cellAmount(cell)).toEqual({ value, printed: true, unit });
    });

  it('a markdown separator row is no row and no text', () => {
    expect(toLines('| a | b |\n|---|:---:|')).toEqual([{ no: 1, text: '| a | b |', cells: ['a', 'b'] }, { no: 2, text: '' }]);
  });

  it.each<[string, string[]]>([
    ['201\t一般公共服务支出 \t 1,234.00', ['201', '一般公共服务支出', '1,234.00']],
    ['<b>合计</b>\t\t**7,627.22**', ['合计', '', '7,627.22']],
    ['| 项目 | <b>金额</b> |', ['项目', '金额']],
  ])('splitCells(%j)', (line, cells) => {
    expect(splitCells(line)).toEqual(cells);
  });
});
