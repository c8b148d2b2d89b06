import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, generateReports, type CorpusSpec } from '../../scripts/bench/corpus.ts';
import { formatCents } from '../../scripts/bench/money-format.ts';
import type { LayoutName } from '../../scripts/bench/model/types.ts';
import type { GeneratedReport } from '../../scripts/bench/report.ts';
import { foldWidth } from '../../scripts/ingest/text.ts';
import { compareTruth } from '../../scripts/bench/truth-compare.ts';
import { arithmeticProblems } from '../../scripts/bench/truth-arithmetic.ts';

const SPEC: CorpusSpec = { departments: 12, years: 3, seed: 20240601 };
const reports = [...generateReports(SPEC)];

function text(report: GeneratedReport): string {
  return new TextDecoder(report.truth.source.encoding).decode(report.bytes);
}

function lines(report: GeneratedReport): string[] {
  return text(report).split(/\r?\n/);
}

function firstOf(layout: LayoutName, where: (r: GeneratedReport) => boolean = () => true): GeneratedReport {
  const found = reports.find((r) => r.truth.source.layout === layout && where(r));
  if (!found) throw new Error(`no ${layout} report in the test corpus`);
  return found;
}

const seed = (file: string) => readFileSync(join(import.meta.dirname, '../../seeds', file), 'utf8');

describe('determinism', () => {
  it('gives byte-identical reports and truth for the same seed', () => {
    const again = [...generateReports(SPEC)];
    expect(again.map((r) => r.file)).toEqual(reports.map((r) => r.file));
    again.forEach((r, i) => {
      expect(Buffer.compare(r.bytes, reports[i].bytes)).toBe(0);
      expect(JSON.stringify(r.truth)).toBe(JSON.stringify(reports[i].truth));
    });
  });

  it('gives other reports for another seed', () => {
    const other = [...generateReports({ ...SPEC, seed: SPEC.seed + 1 })];
    expect(other.map((r) => r.truth.department.name)).not.toEqual(reports.map((r) => r.truth.department.name));
  });

  it('keeps a department-year the same however many departments are generated', () => {
    const few = [...generateReports({ ...SPEC, departments: 2 })];
    few.forEach((r, i) => expect(Buffer.compare(r.bytes, reports[i].bytes)).toBe(0));
  });

  it('keeps each department name across its years, and names are unique', () => {
    const names = reports.map((r) => r.truth.department.name);
    for (let d = 0; d < SPEC.departments; d++) {
      expect(new Set(names.slice(d * SPEC.years, (d + 1) * SPEC.years)).size).toBe(1);
    }
    expect(new Set(names).size).toBe(SPEC.departments);
    expect(reports.map((r) => r.truth.year).slice(0, 3)).toEqual([2021, 2022, 2023]);
  });
});

describe('truth arithmetic (decimal.js)', () => {
  const many = [...generateReports({ departments: 80, years: 4, seed: 7 })];

  it.each(['tabs', 'merged', 'markdown', 'prose', 'performance'])('holds for every %s report', (layout) => {
    const ofLayout = many.filter((r) => r.truth.source.layout === layout);
    expect(ofLayout.length).toBeGreaterThan(50);
    for (const r of ofLayout) expect(arithmeticProblems(r.truth), r.file).toEqual([]);
  });

  it('catches a broken total', () => {
    const broken = structuredClone(firstOf('tabs').truth);
    broken.summary.basicExpenditure += 0.01;
    expect(arithmeticProblems(broken)[0]).toMatch(/^basic \+ project = expenditure/);
  });

  it('states budget-execution actuals equal to the 项 totals', () => {
    const { expenditureByFunction, budgetExecution } = firstOf('tabs').truth;
    expect(budgetExecution!.map((i) => i.actual)).toEqual(expenditureByFunction!.filter((r) => r.level === '项').map((r) => r.total));
  });
});

describe('layouts', () => {
  it('rotates all five layouts across department-years', () => {
    const counts = new Map<string, number>();
    for (const r of reports) counts.set(r.truth.source.layout, (counts.get(r.truth.source.layout) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['markdown', 'merged', 'performance', 'prose', 'tabs']);
    for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(6); // 36 reports over 5 layouts
  });

  // Each phrase must appear in the seed the layout mimics and in the generated report.
  const PHRASES: [LayoutName, string, (string | RegExp)[]][] = [
    ['tabs', '000_b2f907220b214ab4.txt', [
      '公开01表', '收 入\t\t\t支 出\t\t', '项 目\t行次\t金 额\t项 目\t行次\t金 额', '功能分类科目 编码\t科目名称',
      '人员经费\t\t\t公用经费', '一般公共预算财政拨款“三公”经费支出决算表', '故本表无数据。', '一、收入支出决算总体情况说明',
      '（三）一般公共预算财政拨款支出决算具体情况', /^1、.+（类）.+（款）.+（项）。$/m, /^年初预算为\d+(\.\d+)?万元，支出决算为/m,
      '“三公”经费财政拨款支出预算为', '政府采购支出总额', '第四部分',
    ]],
    ['merged', '001_5d1dd30bc5ab887d.txt', [
      '收 项 栏\t目 次\t金 额 1\t入 支\t出 项 栏\t目 次\t金 额 2', /^20\d 社会保障和就业支出\t/m, /^301 工资福利支出\t\t[\d,]+\.\d\d\t302 商品和服务支出\t\t/m,
      '项 目 功能分类 科目编码\t科 目 名 称', '人员经费合计\t\t', '预算代码：', '十、机关运行经费支出说明', '十五、其他', '部门: ',
    ]],
    ['markdown', '004_29d4d071e588d985.txt', [
      '## 收入支出决算总表', '<b>本年收入合计</b>', '<b>总计</b>', '年末结转与结余', '经济分类科目编码\t科目名称\t决算数',
      '## 财政拨款“三公”经费支出决算表', '### 第三部分', '## （三）具体情况。', '决算数与年初预算数存在差异的主要原因是',
      '年度收、支总计均为', '**公务用车运行维护支出**', '部门整体支出绩效自评结果为',
    ]],
    ['prose', '003_6dac83234b86279a.txt', [
      '（见附表）', '单位概况', '年度收、支总计', '主要用于以下方面：', '（类）支出', /^\d+、 ?.+（类）.+（款）.+（项）。$/m,
      '“三公”经费财政拨款支出预算为', '公务用车运行维护费支出预算为', '机关运行经费支出', '政府采购支出总额',
    ]],
    ['performance', '002_6072ead37e57a340.txt', [
      '年部门整体支出绩效自评报告', '一、部门概况：', '（一）部门职能概述：', '我单位整体支出', '“三公”经费预算',
      '项目综合评分为', '评价等次为“', '部门整体支出绩效自评基础数据表', '3、公务接待\t', '附件 2', /^总分\t\t\t\t\t100\t/m,
    ]],
  ];

  it.each(PHRASES)('%s reports use seed %s\'s wording', (layout, file, phrases) => {
    const generated = text(firstOf(layout));
    const original = seed(file);
    for (const phrase of phrases) {
      const found = (t: string) => (typeof phrase === 'string' ? t.includes(phrase) : phrase.test(t));
      expect(found(original), `seed ${file}: ${phrase}`).toBe(true);
      expect(found(generated), `generated ${layout}: ${phrase}`).toBe(true);
    }
  });

  it('repeats the header block of a markdown table after a page break, as seed 004 does', () => {
    const count = (all: string[]) => all.filter((l) => l === '项目\t行次\t决算数\t项目\t行次\t决算数').length;
    expect(count(seed('004_29d4d071e588d985.txt').split('\n'))).toBe(2);
    for (const r of reports.filter((x) => x.truth.source.layout === 'markdown')) expect(count(lines(r))).toBeGreaterThanOrEqual(2);
  });

  it('prints no tables in a prose report and no 部门决算 tables in a performance report', () => {
    expect(text(firstOf('prose'))).not.toContain('公开01表');
    expect(text(firstOf('performance'))).not.toContain('公开01表');
    expect(firstOf('performance').truth.source.documentType).toBe('performance-evaluation');
  });
});

describe('figures read back from the text', () => {
  const wan = (n: number) => formatCents(Math.round(n * 100), { group: true, trim: false });

  it('prints 03表 合计 = the truth totals (tabs)', () => {
    const r = firstOf('tabs', (x) => x.truth.source.unit === '万元');
    const { expenditureTotal, basicExpenditure, projectExpenditure } = r.truth.summary;
    const line = lines(r).find((l) => l.startsWith('合 计\t\t') && l.split('\t').length === 8);
    expect(line).toBe(`合 计\t\t${wan(expenditureTotal)}\t${wan(basicExpenditure)}\t${wan(projectExpenditure)}\t0.00\t0.00\t0.00`);
  });

  it('states each budget-execution item as the truth has it (markdown)', () => {
    const r = firstOf('markdown', (x) => x.truth.source.unit === '万元');
    const joined = lines(r).join('\n').replace(/\n\n(?!\d+\. |## )/g, ''); // undo page breaks inside items
    for (const item of r.truth.budgetExecution!) {
      expect(joined).toContain(`${item.path[0]}（类）${item.path[1]}（款）${item.path[2]}（项）。`);
      expect(joined).toContain(`支出决算为${wan(item.actual)}万元`);
      expect(joined).toContain(`主要原因是${item.reason}。`);
    }
  });

  it('states the grand total and the score in prose (prose, performance)', () => {
    const prose = firstOf('prose', (x) => x.truth.source.unit === '万元');
    expect(foldWidth(text(prose))).toContain(`年度收、支总计${wan(prose.truth.summary.grandTotal)}万元。`);
    const perf = firstOf('performance');
    expect(foldWidth(text(perf))).toContain(`项目综合评分为 ${perf.truth.performance!.score} 分，评价等次为“${perf.truth.performance!.grade}”`);
  });
});

describe('variants', () => {
  const many = [...generateReports({ departments: 40, years: 3, seed: 99 })];
  const withVariant = (test: (r: GeneratedReport) => boolean) => {
    const found = many.find(test);
    if (!found) throw new Error('variant missing from the test corpus');
    return found;
  };

  it('encodes some reports in GB18030', () => {
    const r = withVariant((x) => x.truth.source.encoding === 'gb18030');
    expect(new TextDecoder('gb18030').decode(r.bytes)).toContain(r.truth.department.name);
    expect(new TextDecoder('utf-8').decode(r.bytes)).not.toContain(r.truth.department.name);
  });

  it('ends some reports\' lines with CRLF, the others with LF only', () => {
    const crlf = text(withVariant((x) => x.truth.source.lineEnding === 'crlf'));
    expect(crlf.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    expect(text(withVariant((x) => x.truth.source.lineEnding === 'lf'))).not.toContain('\r');
  });

  it('publishes some reports in 元, with the truth converted to 万元 without rounding', () => {
    const r = withVariant((x) => x.truth.source.unit === '元' && x.truth.source.layout === 'tabs');
    const t = text(r);
    expect(t).toContain('金额单位：元');
    const yuan = (r.truth.summary.expenditureTotal * 10000).toFixed(2);
    expect(t).toContain(`本年支出合计${yuan.replace(/\.?0+$/, '')}元`);
  });

  it('prints the prose digits of some reports in full width', () => {
    const r = withVariant((x) => x.truth.source.fullWidthDigits && x.truth.source.layout === 'tabs');
    const t = text(r);
    expect(t).toMatch(/收、支总计[０-９]+(．[０-９]+)?万元/);
    expect(t).toContain('公开01表'); // table titles stay ASCII
    expect(foldWidth(t)).toMatch(/收、支总计\d+(\.\d+)?万元/);
  });
});

describe('generateCorpus', () => {
  const out = mkdtempSync(join(tmpdir(), 'generator-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes N × M reports and a truth.json that lists them in order', () => {
    const summary = generateCorpus({ departments: 3, years: 2, seed: 5, outDir: out });
    expect(summary.reports).toBe(6);
    expect(readdirSync(join(out, 'reports'))).toHaveLength(6);
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    expect(truth.generator).toEqual({ version: 1, seed: 5, departments: 3, years: 2, lastYear: 2023, unit: '万元' });
    expect(truth.departmentYears.map((e: { source: { file: string } }) => e.source.file)).toEqual(
      [...generateReports({ departments: 3, years: 2, seed: 5 })].map((r) => r.file),
    );
    const first = truth.departmentYears[0];
    expect(readFileSync(join(out, first.source.file)).length).toBeGreaterThan(5000);
  });
});

describe('compareTruth', () => {
  it('counts every stated field and reports the ones published differently', () => {
    const truth = firstOf('tabs').truth;
    const published = structuredClone(truth) as Record<string, any>;
    expect(compareTruth(truth, published).mismatches).toEqual([]);
    published.summary.grandTotal += 1;
    published.budgetExecution[0].reason = '别的原因';
    delete published.procurement;
    const result = compareTruth(truth, published);
    expect(result.mismatches.map((m) => m.field)).toEqual([
      'summary.grandTotal', `budgetExecution.${truth.budgetExecution![0].code}.reason`,
      'procurement.total', 'procurement.goods', 'procurement.works', 'procurement.services', 'procurement.smeAwarded',
    ]);
    expect(result.matched).toBe(result.fields - 7);
    expect(compareTruth(truth, undefined).matched).toBe(0);
  });
});
