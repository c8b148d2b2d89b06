// Layout (c), after seeds/004: markdown headings ("## "), <b> around totals, and tables
// split across pages with their header block repeated.
import { functionSubject } from '../catalogue/functional.ts';
import { CAPITAL_COLUMN_2023 } from '../catalogue/economic.ts';
import { economicColumns } from '../model/economic.ts';
import { chineseOrdinal, chineseYear } from '../text/chinese-numbers.ts';
import { cell, type ReportContext } from './context.ts';
import { TABLE_TITLES_2023 } from './contents.ts';
import { GLOSSARY_LONG } from './glossary.ts';
import { markdownNarrative } from './narrative-markdown.ts';
import { paginate } from './paginate.ts';
import { duties, offices } from './part-one.ts';
import {
  economicLines, expenditureCells, fiscalLines, fiscalTotals, incomeByFunction, incomeTotalsCells,
  summaryLines, summaryTotals, threePublicCells, totalRow,
} from './table-data.ts';

const row = (cells: string[]) => cells.join('\t');

const EXPLANATIONS = [
  '收入支出决算总体情况说明', '收入决算情况说明', '支出决算情况说明', '财政拨款收入支出决算总体情况说明',
  '一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款基本支出决算情况说明', '政府性基金预算财政拨款支出决算情况说明',
  '国有资本经营预算财政拨款支出决算情况说明', '财政拨款“三公”经费支出决算情况说明', '机关运行经费支出情况说明',
  '政府采购支出情况说明', '国有资产占用情况说明', '预算绩效情况说明',
];

function front(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  return [
    '', '', `${y}年度  `, `${d}部门决算`, '', `${chineseYear(y + 1)}年${chineseOrdinal(ctx.rng.int(5, 9))}月`, '',
    '# 目 录', '', `## **第一部分 ${d}概况**`, '', '一、部门职责', '', '二、机构设置', '',
    `## **第二部分 ${y}年度部门决算表**`, '', ...TABLE_TITLES_2023.flatMap((t, i) => [`${chineseOrdinal(i + 1)}、${t}`, '']),
    `## **第三部分 ${y}年度部门决算情况说明**`, '', ...EXPLANATIONS.flatMap((t, i) => [`${chineseOrdinal(i + 1)}、${t}`, '']),
    '#### **第四部分 名词解释**', '', '#### **第五部分 附件**', '',
    `## 第一部分 ${d}概况`, '', '## 一、部门职责', '', `${d}是${ctx.department.region.prefix}人民政府工作部门。主要职责是：`, '',
    ...duties(ctx).flatMap((t, i) => [`（${chineseOrdinal(i + 1)}）${t}`, '']),
    '## 二、机构设置', '', `${d}内设机构包括：${offices(ctx)}。`, '',
    `从决算单位构成看，${d}部门决算包括：本级决算（1个）。`, '',
    `## 第二部分 ${y}年度部门决算表`, '', '', '',
  ];
}

/** A table with its title block: ## title, 公开NN表, 部门, 年度, 单位. */
function titled(ctx: ReportContext, n: number, body: string[], notes: string[]): string[] {
  return [
    `## ${TABLE_TITLES_2023[n - 1]}`, '', `公开${String(n).padStart(2, '0')}表`, '', `部门：${ctx.department.name}`, '',
    `${ctx.year}年度`, '', `单位：${ctx.unit}`, '', ...body, '', ...notes, '',
  ];
}

function tables(ctx: ReportContext): string[] {
  const rng = ctx.rng;
  const rounding = ctx.unit === '万元' ? '本表金额转换为万元时，因四舍五入可能存在尾差。' : '';
  const bold = (s: string) => `<b>${s}</b>`;
  const functionHeader = (first: string) => [first, `功能分类科目编码\t科目名称${'\t'.repeat(first.split('\t').length - 2)}`];
  const zero = cell(ctx, 0);
  const summary = [...summaryLines(ctx), ...summaryTotals(ctx, { income: bold('本年收入合计'), expenditure: bold('本年支出合计'), unused: '使用非财政拨款结余和专用结余', opening: '年初结转和结余', closing: '年末结转与结余', total: bold('总计') })];
  const fiscal = [...fiscalLines(ctx), ...fiscalTotals(ctx, bold('总计'))].map((cells) => (cells[0] === '本年收入合计' ? [bold(cells[0]), cells[1], cells[2], bold(cells[3]), ...cells.slice(4)] : cells));
  const income = incomeByFunction(ctx);
  const economic = economicLines(ctx, economicColumns(ctx.figures.economicAmounts, CAPITAL_COLUMN_2023)).map((g) => row(g.flat()));
  const economicHeader = (space: string) => `经济分类${space}科目编码\t科目名称\t决算数\t经济分类${space}科目编码\t科目名称\t决算数\t经济分类${space}科目编码\t科目名称\t决算数`;
  const economicPages = paginate(rng, [economicHeader('')], economic, [20, 26], [30, 40]);
  let page = 0;
  const economicBody = economicPages.map((line) => (line === economicHeader('') && page++ > 0 ? economicHeader(' ') : line));
  return [
    ...titled(ctx, 1, paginate(rng, ['收入\t\t\t支出\t\t', '项目\t行次\t决算数\t项目\t行次\t决算数', '栏次\t\t1\t栏次\t\t2'], summary.map(row)),
      [`注：本表反映部门本年度的总收支和年末结转结余情况。${rounding}`]),
    ...titled(ctx, 2, paginate(rng, [...functionHeader('项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入'), '\t栏次\t1\t2\t3\t4\t5\t6\t7'],
      [row(['', '合计', ...incomeTotalsCells(ctx)]), ...income.map((r) => row([r.code, r.name, ...r.values]))]), [`注：本表反映部门本年度取得的各项收入情况。${rounding}`]),
    ...titled(ctx, 3, paginate(rng, [...functionHeader('项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出'), '\t栏次\t1\t2\t3\t4\t5\t6'],
      [row(['', '合计', ...expenditureCells(ctx, totalRow(ctx))]), ...ctx.figures.functionRows.map((r) => row([r.code, r.name, ...expenditureCells(ctx, r)]))]),
      [`注：本表反映部门本年度各项支出情况。${rounding}`]),
    ...titled(ctx, 4, paginate(rng, ['收入\t\t\t支出\t\t\t\t\t', '项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款', '栏次\t\t1\t栏次\t\t2\t3\t4\t5'], fiscal.map(row)),
      [`注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。${rounding}`]),
    '',
    ...titled(ctx, 5, paginate(rng, ['项目\t\t本年支出\t\t', '功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出', '\t栏次\t1\t2\t3'],
      [row(['', '合计', cell(ctx, ctx.figures.expenditureTotal), cell(ctx, ctx.figures.basic), cell(ctx, ctx.figures.project)]),
        ...ctx.figures.functionRows.map((r) => row([r.code, r.name, cell(ctx, r.total), cell(ctx, r.basic), cell(ctx, r.project)]))]),
      [`注：本表反映部门本年度一般公共预算财政拨款支出情况。${rounding}`]),
    ...titled(ctx, 6, [...economicBody, row(['', '人员经费合计', cell(ctx, ctx.figures.personnelTotal), '', '', '', '', '公用经费合计', cell(ctx, ctx.figures.publicTotal)])],
      [`注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。${rounding}`]),
    ...titled(ctx, 7, ['项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余', '功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t', '\t栏次\t1\t2\t3\t4\t5\t6', row(['', '合计', zero, zero, zero, zero, zero, zero])],
      ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。  ', ' 说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。']),
    ...titled(ctx, 8, ['项目\t\t本年支出\t\t', '科目代码\t科目名称\t小计\t基本支出\t项目支出', '\t栏次\t1\t2\t3', row(['', '合计', zero, zero, zero])],
      ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', '', '说明：我部门没有使用国有资本经营预算安排的支出，故本表无数据。']),
    ...titled(ctx, 9, ['预算数\t\t\t\t\t\t决算数\t\t\t\t\t',
      '合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费',
      '\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t',
      '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12', row(threePublicCells(ctx))],
    [`注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。${rounding}`]),
  ];
}

/** 名词解释 ends with one entry per 项 the report spends on (seeds/004). */
function itemExplanation(code: string): string {
  const name = functionSubject(code).name;
  if (name === '行政运行') return '反映行政单位（包括实行公务员管理的事业单位）的基本支出。';
  if (name.startsWith('其他')) return `反映除上述项目以外其他用于${functionSubject(code.slice(0, 5)).name}方面的支出。`;
  return `反映${name}方面的支出。`;
}

function glossary(ctx: ReportContext): string[] {
  const items = ctx.figures.budgetExecution.map((i) => `${i.path[0]}（类）${i.path[1]}（款）${i.path[2]}（项）：${itemExplanation(i.code)}`);
  return ['## 第四部分 名词解释', '', ...[...GLOSSARY_LONG, ...items].flatMap((t, i) => [`${chineseOrdinal(i + 1)}、${t}`, ''])];
}

function appendix(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const budget = (f.budgetExecution.reduce((s, i) => s + i.budget, 0) / 1_000_000).toFixed(2);
  const total = (f.expenditureTotal / 1_000_000).toFixed(2);
  const score = f.scoreTenths / 10;
  return [
    '## 第五部分 附件', '', '', '', '附件3', '', '部门整体自评表', '', `(${ctx.year}年度)`, '', `填报单位(公章): ${ctx.department.name}`, '',
    `部门名称\t\t${ctx.department.name}\t\t\t\t\t\t`, '预算执行情况\t\t年初预算数\t全年预算数\t全年执行数\t分值\t预算执行率\t得分\t',
    `\t部门预算总额\t\t${budget}\t${total}\t${total}\t10\t100%\t${score}`,
    '一级指标\t分值\t二级指标\t三级指标\t年度指标值\t指标值说明\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    `分值及得分合计\t\t\t\t\t\t\t\t90\t${(f.scoreTenths - 100) / 10}\t`, '',
  ];
}

export function renderMarkdown(ctx: ReportContext): string[] {
  return [...front(ctx), ...tables(ctx), ...markdownNarrative(ctx), ...glossary(ctx), ...appendix(ctx)];
}
