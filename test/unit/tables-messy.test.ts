// Variants real reports have that the seeds do not: amounts in 元, CRLF, tables cut off,
// garbage, other numbering and label positions, markdown pipes, fallbacks. Never a throw.
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { TableFacts } from '../../scripts/ingest/types.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const row = (...cells: string[]) => cells.join('\t');
const parse = (text: string, file = 'test/report.txt'): TableFacts => parseTables({ file, lines: toLines(text) });
const codes = (facts: TableFacts, code: string) => facts.messages.filter((m) => m.code === code);

const summaryTable = (unit: string, amounts: Record<string, string>) => [
  '收入支出决算总表', '', '公开01表', `金额单位：${unit}`, '',
  row('收入', '', '', '支出', '', ''),
  row('项目', '行次', '金额', '项目', '行次', '金额'),
  row('栏次', '', '1', '栏次', '', '2'),
  row('一、一般公共预算财政拨款收入', '1', amounts.fiscal, '一、一般公共服务支出', '32', amounts.general),
  row('本年收入合计', '27', amounts.income, '本年支出合计', '58', amounts.expenditure),
  row('年初结转和结余', '29', amounts.opening, '年末结转和结余', '60', amounts.closing),
  row('总计', '31', amounts.grand, '总计', '62', amounts.grand),
  '', '注：本表反映部门本年度的总收支和年末结转结余情况。', '',
];

const expenditureTable = (label: string, title = '支出决算表', rows = [
  row('201', '一般公共服务支出', '10.00', '6.00', '4.00'),
  row('20103', '政府办公厅（室）及相关机构事务', '10.00', '6.00', '4.00'),
  row('2010301', '行政运行', '10.00', '6.00', '4.00'),
]) => [
  title, '', `${label}`, '金额单位：万元', '',
  row('项目', '', '本年支出合计', '基本支出', '项目支出'),
  row('功能分类科目编码', '科目名称', '', '', ''),
  row('栏次', '', '1', '2', '3'),
  row('合计', '', '10.00', '6.00', '4.00'),
  ...rows,
  '', '注：本表反映部门本年度各项支出情况。', '',
];

const threePublicRows = [
  row('预算数', '', '', '', '', '', '决算数', '', '', '', '', ''),
  row('合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'),
  row('', '', '小计', '公务用车购置费', '公务用车运行费', '', '', '', '小计', '公务用车购置费', '公务用车运行费', ''),
  row('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'),
  row('10.00', '1.00', '6.00', '2.00', '4.00', '3.00', '9.00', '0.00', '5.00', '1.00', '4.00', '4.00'),
];

describe('amounts published in 元', () => {
  const facts = parse(summaryTable('元', {
    fiscal: '76,272,200.00', general: '1,234.00', income: '76,301,500.50', expenditure: '76,272,200.00',
    opening: '9,972,500.00', closing: '10,001,800.50', grand: '86,274,000.50',
  }).join('\n'));
  it('converts every amount to 万元 without rounding and records the unit', () => {
    const t = facts.tables[0];
    expect(t.publishedUnit).toBe('元');
    expect(t.rows[0].cells).toEqual(['一、一般公共预算财政拨款收入', '1', 7627.22, '一、一般公共服务支出', '32', 0.1234]);
    expect(facts.summary).toEqual({ incomeTotal: 7630.15005, expenditureTotal: 7627.22, openingBalance: 997.25, closingBalance: 1000.18005, grandTotal: 8627.40005 });
  });
});

describe('line endings and number forms', () => {
  const lines = [...summaryTable('万元', {
    fiscal: '７，６２７．２２', general: '1 505.01', income: '7,630.15', expenditure: '7,627.22',
    opening: '997.25', closing: '1,000.18', grand: '<b>8,627.40</b>',
  }), ...expenditureTable('公开03表')];
  const lf = parse(lines.join('\n'));
  it('reads full-width digits, spaces inside numbers and bold cells', () => {
    expect(lf.tables[0].rows[0].cells).toEqual(['一、一般公共预算财政拨款收入', '1', 7627.22, '一、一般公共服务支出', '32', 1505.01]);
    expect(lf.summary?.grandTotal).toBe(8627.4);
  });
  it('reads CRLF and CR files exactly like LF files', () => {
    expect(parse(lines.join('\r\n'))).toEqual(lf);
    expect(parse(lines.join('\r'))).toEqual(lf);
  });
});

describe('a report cut off inside a table', () => {
  const file = seed('000');
  const text = seedText(file).split('\n').slice(0, 230).join('\n');
  const facts = parse(text, file);
  it('keeps what was read and reports the cut with its line', () => {
    expect(facts.tables.map((t) => t.id)).toEqual(['公开01', '公开02', '公开03']);
    expect(facts.tables[2].rows.at(-1)?.source.line).toBe(230);
    expect(codes(facts, 'table-truncated')).toEqual([expect.objectContaining({ line: 230, file, severity: 'warning' })]);
    // the report's 目录 lists nine tables: each of the six it lacks is named, at its 目录 line
    const missing = codes(facts, 'table-missing');
    expect(missing).toHaveLength(6);
    expect(missing[2]).toEqual(expect.objectContaining({ file, severity: 'warning', message: `目录列有一般公共预算财政拨款基本支出决算表（第 ${missing[2].line} 行），但报告中没有这张表` }));
    expect(facts.summary?.basicExpenditure).toBe(3037.09);
  });
});

describe('garbage', () => {
  it('reports a stray line between rows, with its line, and reads on', () => {
    const lines = expenditureTable('公开03表');
    lines.splice(11, 0, '@@## 扫描件污损 ~~', '');
    const facts = parse(lines.join('\n'));
    expect(codes(facts, 'table-stray-line')).toEqual([expect.objectContaining({ line: 12 })]);
    expect(facts.expenditureByFunction?.map((r) => r.code)).toEqual(['201', '20103', '2010301']);
  });

  it('reports a titled table with no readable rows at its title; the report is still read (a warning)', () => {
    const facts = parse(['收入决算表', '公开02表', '金额单位：万元', '这一页是图片 无法识别', '注：本表反映部门本年度取得的各项收入情况。'].join('\n'));
    expect(codes(facts, 'table-unreadable')).toEqual([expect.objectContaining({
      line: 1, severity: 'warning', message: '公开02 收入决算表：有标题，但标题下读不出表格行',
    })]);
    expect(facts.tables[0]).toMatchObject({ id: '公开02', rows: [] });
  });

  it('leaves an unprovable damaged code as published, with a message', () => {
    const facts = parse(expenditureTable('公开03表', '支出决算表', [row('2013', '一般公共服务支出', '10.00', '6.00', '4.00')]).join('\n'));
    expect(codes(facts, 'table-code')).toEqual([expect.objectContaining({ line: 10 })]);
    expect(facts.checks).toEqual([]);
    expect(facts.tables[0].rows[1].cells[0]).toBe('2013');
  });

  it.each([
    ['empty text', ''],
    ['binary noise', '\u0000\u0001\uFFFD\t\t\t\u0007'.repeat(50)],
    ['titles only', '收入支出决算总表\n支出决算表\n“三公”经费支出决算表'],
    ['a title and tabs of nothing', '支出决算表\n公开03表\n\t\t\t\n\t\n注：'],
    ['a huge row', `支出决算表\n公开03表\n${row('201', '一般公共服务支出', ...Array(5000).fill('1.00'))}`],
    ['shuffled seed lines', seedText(seed('001')).split('\n').reverse().join('\n')],
  ])('never throws: %s', (_, text) => {
    const facts = parse(text);
    expect(Array.isArray(facts.tables)).toBe(true);
    expect(Array.isArray(facts.messages)).toBe(true);
  });
});

describe('titles, labels and numbering', () => {
  it('does not take the table of contents for tables', () => {
    const facts = parse(['目录', '- 一、收入支出决算总表', '- 二、收入决算表', '六、一般公共预算财政拨款基本支出决算明细表', '第三部分 情况说明'].join('\n'));
    expect(facts.tables).toEqual([]);
    expect(codes(facts, 'table-none')).toHaveLength(1);
  });

  it.each([
    ['label on the 部门 line, after the title', ['财政拨款“三公”经费支出决算表', row('部门：某局', '', '2020年度', '', '公开09表 金额单位：万元')], '公开09'],
    ['label before the title', ['公开07表', '', '一般公共预算财政拨款“三公”经费支出决算表', '金额单位：万元'], '公开07'],
    ['label on the title line', ['## 公开08表 一般公共预算财政拨款三公经费支出决算表', '单位：万元'], '公开08'],
  ])('finds the 三公 table with its %s', (_, head, id) => {
    const facts = parse([...head, '', ...threePublicRows, '注：本表反映部门本年度“三公”经费支出预决算情况。'].join('\n'));
    expect(facts.tables.map((t) => t.id)).toEqual([id]);
    expect(facts.threePublic).toEqual({
      budget: { total: 10, abroad: 1, vehicle: 6, vehiclePurchase: 2, vehicleOperation: 4, reception: 3 },
      actual: { total: 9, abroad: 0, vehicle: 5, vehiclePurchase: 1, vehicleOperation: 4, reception: 4 },
    });
    expect(facts.checks).toEqual([]);
  });

  it('recognises tables by title when they are renumbered', () => {
    const general = expenditureTable('公开03表', '一般公共预算财政拨款支出决算表', [row('201', '一般公共服务支出', '8.00', '8.00', '0.00')]);
    const facts = parse([...general, ...expenditureTable('公开05表')].join('\n'));
    expect(facts.tables.map((t) => [t.id, t.title])).toEqual([['公开03', '一般公共预算财政拨款支出决算表'], ['公开05', '支出决算表']]);
    expect(facts.expenditureByFunction?.[0]).toMatchObject({ code: '201', total: 10, basic: 6, project: 4 });
  });

  it('falls back to 05, then to 02 (total only), for the function rows', () => {
    const from05 = parse(expenditureTable('公开05表', '一般公共预算财政拨款支出决算表').join('\n'));
    expect(from05.expenditureByFunction?.[2]).toEqual({ code: '2010301', name: '行政运行', level: '项', total: 10, basic: 6, project: 4, source: { file: 'test/report.txt', line: 12 } });
    const from02 = parse(expenditureTable('公开02表', '收入决算表').join('\n'));
    expect(from02.expenditureByFunction?.[0]).toEqual({ code: '201', name: '一般公共服务支出', level: '类', total: 10, source: { file: 'test/report.txt', line: 10 } });
  });

  it('merges a table continued under a repeated title into one table', () => {
    const lines = expenditureTable('公开03表');
    const continued = ['', '支出决算表（续）', ...lines.slice(5, 8), row('208', '社会保障和就业支出', '1.00', '1.00', '0.00'), '注：完'];
    const facts = parse([...lines.slice(0, -3), ...continued].join('\n'));
    expect(facts.tables).toHaveLength(1);
    expect(facts.expenditureByFunction?.map((r) => r.code)).toEqual(['201', '20103', '2010301', '208']);
  });

  it('reads markdown pipe tables', () => {
    const facts = parse([
      '## 支出决算表', '公开03表', '单位：万元',
      '| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |', '|---|---|---|---|---|',
      '| 201 | 一般公共服务支出 | **5.09** | 0.00 | 5.09 |', '', '注：本表反映部门本年度各项支出情况。',
    ].join('\n'));
    expect(facts.tables[0].columns).toEqual(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']);
    expect(facts.expenditureByFunction).toEqual([{ code: '201', name: '一般公共服务支出', level: '类', total: 5.09, basic: 0, project: 5.09, source: { file: 'test/report.txt', line: 6 } }]);
  });
});

describe('a 06 table with 人员经费 and 公用经费 as columns', () => {
  it('reads each code once and the totals from the 合计 row', () => {
    const facts = parse([
      '一般公共预算财政拨款基本支出决算表', '公开06表', '金额单位：万元',
      row('科目编码', '科目名称', '合计', '人员经费', '公用经费'),
      row('合计', '', '30.00', '20.00', '10.00'),
      row('301', '工资福利支出', '20.00', '20.00', ''),
      row('30101', '基本工资', '20.00', '20.00', ''),
      row('302', '商品和服务支出', '10.00', '', '10.00'),
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    ].join('\n'));
    expect(facts.basicByEconomic).toEqual({
      personnelTotal: 20, publicTotal: 10,
      rows: [
        { code: '301', name: '工资福利支出', level: '类', amount: 20, source: { file: 'test/report.txt', line: 6 } },
        { code: '30101', name: '基本工资', level: '款', amount: 20, source: { file: 'test/report.txt', line: 7 } },
        { code: '302', name: '商品和服务支出', level: '类', amount: 10, source: { file: 'test/report.txt', line: 8 } },
      ],
    });
  });
});
