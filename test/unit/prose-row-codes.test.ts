// Budget-execution items of a report with function tables resolve against the report's
// own rows first, then the reference catalogue.
import { describe, expect, it } from 'vitest';
import type { FunctionRow } from '../../src/lib/schema.ts';
import { parseProse } from '../../scripts/ingest/prose/index.ts';
import { codeFromRows } from '../../scripts/ingest/prose/row-codes.ts';
import { subjectPath } from '../../scripts/ingest/prose/subject-path.ts';
import { toLines } from '../../scripts/ingest/text.ts';

const row = (code: string, name: string): FunctionRow => ({
  code, name, level: code.length === 3 ? '类' : code.length === 5 ? '款' : '项', total: 1,
});

// A report's 公开05 rows: 2130135 is not in the reference catalogue; 信息化建设 sits under
// two 款 and 行政运行 under three.
const ROWS = [
  row('201', '一般公共服务支出'), row('20103', '政府办公厅（室）及相关机构事务'), row('2010301', '行政运行'),
  row('204', '公共安全支出'), row('20402', '公安'), row('2040201', '行政运行'), row('2040219', '信息化建设'),
  row('20406', '司法'), row('2040601', '行政运行'), row('2040619', '信息化建设'),
  row('213', '农林水支出'), row('21301', '农业农村'), row('2130135', '农业资源保护修复与利用'),
];

describe('codeFromRows', () => {
  it.each<[string, string[], string | undefined]>([
    ['a 项 the catalogue lacks', ['农林水支出', '农业农村', '农业资源保护修复与利用'], '2130135'],
    ['a 类 written without 支出', ['农林水', '农业农村', '农业资源保护修复与利用'], '2130135'],
    ['one name under two 款, told apart by its 款', ['公共安全支出', '司法', '信息化建设'], '2040619'],
    ['ASCII brackets in the text', ['一般公共服务支出', '政府办公厅(室)及相关机构事务', '行政运行'], '2010301'],
    ['a 款 only', ['公共安全支出', '公安'], '20402'],
    ['a 项 the table does not hold', ['公共安全支出', '公安', '执法办案'], undefined],
    ['a 项 under the wrong 款', ['公共安全支出', '司法', '农业资源保护修复与利用'], undefined],
    ['an empty path', [], undefined],
  ])('%s', (_name, path, expected) => {
    expect(codeFromRows(path, ROWS)).toBe(expected);
  });

  it('finds nothing without rows', () => {
    expect(codeFromRows(['公共安全支出', '公安', '信息化建设'], [])).toBeUndefined();
  });
});

describe('budget-execution items with the report rows', () => {
  const text = ['第三部分', '2022年度部门决算情况说明', '五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况',
    '1、农林水支出（类）农业农村（款）农业资源保护修复与利用（项）。', '年初预算为0万元，支出决算为5万元。',
    '2、公共安全支出（类）公安（款）行政运行（项）。', '年初预算为1万元，支出决算为2万元。'].join('\n');
  const items = (rows?: FunctionRow[]) => parseProse({ file: 't.txt', lines: toLines(text) }, { year: 2022, functionRows: rows });

  it('take the code the report prints', () => {
    expect(items(ROWS).budgetExecution?.map((i) => i.code)).toEqual(['2130135', '2040201']);
    expect(items(ROWS).messages).toEqual([]);
  });

  it('fall back on the catalogue without rows, and say which they cannot resolve', () => {
    const facts = items();
    expect(facts.budgetExecution?.map((i) => i.code)).toEqual([undefined, '2040201']);
    expect(facts.messages.map((m) => [m.code, m.line])).toEqual([['prose.unresolvedItem', 5]]);
  });
});

describe('subjectPath', () => {
  it.each<[string, string[]]>([
    ['一般公共服务支出（类）政府办公厅(室)及相关机构事务（款）行政运行（项）。', ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行']],
    ['住房保障(类)住房改革支出(款)住房公积金(项)', ['住房保障', '住房改革支出', '住房公积金']],
    ['科学技术支出（类）其他科学技 术支出（款）其他科学技术支出（项）', ['科学技术支出', '其他科学技术支出', '其他科学技术支出']],
  ])('%s', (text, expected) => {
    expect(subjectPath(text)).toEqual(expected);
  });
});
