import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePerformanceReport } from '../../scripts/ingest/performance/index.ts';
import { readThreePublicProse } from '../../scripts/ingest/performance/three-public-prose.ts';
import { toLines } from '../../scripts/ingest/text.ts';

function seed(name: string) {
  const file = `seeds/${name}.txt`;
  return { file, lines: toLines(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) };
}

describe('seed 002: 浏阳市工业和信息化局 2021 年部门整体支出绩效自评报告', () => {
  const input = seed('002_6072ead37e57a340');
  const facts = parsePerformanceReport(input, { year: 2021 });
  const at = (line: number) => ({ file: input.file, line });

  it('reads the expenditure totals (line 50)', () => {
    expect(facts.summary).toEqual({ expenditureTotal: 1943.63, basicExpenditure: 1053.98, projectExpenditure: 889.65 });
  });

  it('reads 三公 budget and actual from line 60, line 64 and 附件1, only what is stated', () => {
    expect(facts.threePublic).toEqual({
      budget: { total: 8, reception: 8, vehicleOperation: 0 },
      actual: { total: 6.8, reception: 6.8, vehicle: 0, vehiclePurchase: 0, abroad: 0 },
    });
  });

  it('turns 附件1 "2020 年决算数" into history for 2020', () => {
    expect(facts.history).toEqual([
      { year: 2020, field: 'threePublic.actual.total', value: 8.13, derivedFrom: '部门整体支出绩效自评基础数据表：三公经费 2020 年决算数 8.13', source: at(175) },
      { year: 2020, field: 'threePublic.actual.reception', value: 8.13, derivedFrom: '部门整体支出绩效自评基础数据表：3、公务接待 2020 年决算数 8.13', source: at(180) },
      { year: 2020, field: 'summary.projectExpenditure', value: 1410.5, derivedFrom: '部门整体支出绩效自评基础数据表：项目支出 2020 年决算数 1410.5', source: at(181) },
    ]);
  });

  it('takes the department score 96 (line 164, 附件2 总分), not the project table’s 97', () => {
    expect(facts.performance).toEqual({ score: 96, grade: '优秀' });
  });

  it('reads 附件2 资金来源 财政拨款 as the execution total, 附件1 政府采购金额, and the 0 vehicles', () => {
    expect(facts.budgetExecutionTotal).toEqual({ budget: 1052.59, actual: 1943.63, rate: 184.65 });
    expect(facts.procurement).toEqual({ total: 44.17 });
    expect(facts.vehicles).toEqual({ total: 0, source: at(64) });
  });

  it('keeps the eight numbered sections as narrative', () => {
    expect(facts.narrative?.map((s) => [s.title, s.source?.line])).toEqual([
      ['部门概况', 8],
      ['部门整体支出资金管理及使用情况', 52],
      ['部门项目实施情况', 80],
      ['资产管理情况', 86],
      ['部门整体支出绩效情况', 92],
      ['存在的主要问题', 138],
      ['改进措施和有关建议', 154],
      ['部门整体支出绩效评价等级', 162],
    ]);
    const grade = facts.narrative?.at(-1)?.text ?? '';
    expect(grade).toMatch(/^我单位 2021 年度部门整体支出/);
    expect(grade).not.toContain('附件');
  });

  it('keeps the three attachments as tables, every numeric cell a number', () => {
    // Forms rather than grids: every line is a row (the shared table layer), none taken as a header.
    expect(facts.tables.map((t) => [t.id, t.title, t.kind, t.columns.length, t.rows.length, t.source?.line])).toEqual([
      ['附件1', '部门整体支出绩效自评基础数据表', 'other', 0, 20, 172],
      ['附件2', '2021 年部门整体支出绩效自评表', 'other', 0, 30, 199],
      ['附件3', '2021 年项目支出绩效自评表', 'other', 0, 17, 234],
    ]);
    const [basicData, overall] = facts.tables;
    expect(basicData.rows[0]).toEqual({ cells: ['财政供养人员情况', '编制数', '2021 年实际 在职人数', '控制率'], source: at(172) });
    expect(basicData.rows[1]).toEqual({ cells: [null, 34, 40, '108.33%'], source: at(173) });
    expect(basicData.rows[3]).toEqual({ cells: ['三公经费', 8.13, 8, 6.8], source: at(175) });
    expect(basicData.rows[5]).toEqual({ cells: ['其中：公车购置', '/', '/', '/'], source: at(177) });
    expect(overall.rows.at(-1)).toEqual({ cells: ['总分', null, null, null, null, 100, 96], source: at(228) });
  });

  it('repairs nothing and reports nothing', () => {
    expect(facts.checks).toEqual([]);
    expect(facts.messages).toEqual([]);
  });
});

describe('the 绩效评价报告 inside a final-accounts report (seed 000, 第五部分)', () => {
  const input = seed('000_b2f907220b214ab4');
  const facts = parsePerformanceReport({ file: input.file, lines: input.lines.slice(613) }, { year: 2020 });

  it('reads line 676 and line 684, not the special fund’s 全年支出 6239.87', () => {
    expect(facts.summary).toEqual({ incomeTotal: 7630.15, expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13 });
    expect(facts.threePublic).toEqual({ actual: { total: 62.34, reception: 12, vehicle: 50.35, abroad: 0 } });
  });

  it('says it found no score', () => {
    expect(facts.performance).toBeUndefined();
    expect(facts.messages.map((m) => m.code)).toEqual(['performance.missing']);
  });
});

describe('the 绩效评价报告 inside seed 001 reads the score from its 附件 1-1 总分 row', () => {
  const input = seed('001_5d1dd30bc5ab887d');
  const facts = parsePerformanceReport({ file: input.file, lines: input.lines.slice(549) }, { year: 2020 });
  it('99.5, 等级: 优 (line 671)', () => {
    expect(facts.performance).toEqual({ score: 99.5, grade: '优' });
    expect(facts.budgetExecutionTotal).toEqual({ budget: 5570.58, actual: 5531.1 });
  });
});

describe('三公 sentences', () => {
  const cases: [string, string, object][] = [
    [
      'final-accounts wording with a change on last year (seed 003 line 119)',
      '“三公”经费财政拨款支出预算为3.63万元，支出决算为3.63万元，完成预算的100.00%，决算数与预算数持平，与上年相比增加1.07万元，减少增长41.84%。',
      { budget: { total: 3.63 }, actual: { total: 3.63 }, history: [{ year: 2022, field: 'threePublic.actual.total', value: 2.56 }] },
    ],
    [
      'a decrease gives last year’s figure (seed 000 line 542)',
      '因公出国（境）费支出预算为0万元，支出决算为0万元，与上年相比减少13.65万元，减少100%。',
      { budget: { abroad: 0 }, actual: { abroad: 0 }, history: [{ year: 2022, field: 'threePublic.actual.abroad', value: 13.65 }] },
    ],
    [
      'counts and rates are not money',
      '局机关公车保有量为2辆，三公经费控制率在100%以下。',
      { budget: {}, actual: {}, history: [] },
    ],
    [
      'amounts in 元 become 万元',
      '公务接待费支出决算12,500元。',
      { budget: {}, actual: { reception: 1.25 }, history: [] },
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const read = readThreePublicProse(toLines(text), 'x.txt', 2023);
    expect({ budget: read.budget, actual: read.actual, history: read.history.map(({ year, field, value }) => ({ year, field, value })) }).toEqual(expected);
  });
});

describe('hostile input: the parser says what it could not read', () => {
  const NO_TOTALS = '绩效自评报告中没有找到整体支出数字';
  const NO_SCORE = '绩效自评报告中没有找到自评得分';
  const NO_SECTIONS = '绩效自评报告中没有找到编号的章节（一、二、…）';
  const read = (text: string) => parsePerformanceReport({ file: 'x.txt', lines: toLines(text) }, { year: 2021 });

  it.each([
    ['empty', '', [NO_TOTALS, NO_SCORE, NO_SECTIONS]],
    ['only tabs', '\t\t\n\t', [NO_TOTALS, NO_SCORE, NO_SECTIONS]],
    ['a lone 附件', '附件\n\t1\t2', [NO_TOTALS, NO_SCORE, NO_SECTIONS]],
    // A total is found here, so only the score and the sections are missing.
    ['numbers everywhere', '一、\n整体支出999999999999999999999.99万元\n总分\t\t\t', [NO_SCORE, NO_SECTIONS]],
    ['a pipe table', '附件 1\n数据表\n| a | b |\n|---|---|\n| 三公经费 | 1 |', [NO_TOTALS, NO_SCORE, NO_SECTIONS]],
    ['meeting minutes', '会议纪要\n今天开会。', [NO_TOTALS, NO_SCORE, NO_SECTIONS]],
  ])('%s', (_name, text, missing) => {
    const facts = read(text);
    expect(facts.messages.map((m) => ({ code: m.code, severity: m.severity, file: m.file, message: m.message }))).toEqual(
      missing.map((message) => ({ code: 'performance.missing', severity: 'warning', file: 'x.txt', message })),
    );
    expect(facts.checks).toEqual([]);
    expect(facts.performance).toBeUndefined();
  });
});
