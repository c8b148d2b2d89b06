// Layout (a), after seeds/000: tab-separated 公开01–09 tables, then 第三部分 prose.
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { economicColumns } from '../model/economic.ts';
import { classicAppendix } from './appendix.ts';
import { cell, type ReportContext } from './context.ts';
import { explanationTitles, TABLE_TITLES_2020 } from './contents.ts';
import { GLOSSARY_SHORT } from './glossary.ts';
import { classicNarrative } from './narrative-classic.ts';
import { duties, offices } from './part-one.ts';
import {
  economicLines, expenditureCells, fiscalLines, fiscalTotals, incomeByFunction, incomeTotalsCells,
  summaryLines, summaryTotals, threePublicCells, totalRow, unitLabel,
} from './table-data.ts';

const row = (cells: string[]) => cells.join('\t');

function front(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  return [
    '', '', `${y}年度`, '', `${d}部门决算`, '', '目录', '',
    `第一部分${d}概况`, '', '- 一、部门职责', '- 二、机构设置及决算单位构成', '',
    `第二部分${y}年度部门决算表`, '', ...TABLE_TITLES_2020.map((t, i) => `- ${chineseOrdinal(i + 1)}、${t}`), '',
    `第三部分${y}年度部门决算情况说明`, '', ...explanationTitles(y).map((t, i) => `- ${chineseOrdinal(i + 1)}、${t}`), '',
    '第四部分名词解释', '', '第五部分附件', '',
    '第一部分', '', `${d}概况`, '', '一、部门职责', '',
    ...duties(ctx).flatMap((t, i) => [`（${chineseOrdinal(i + 1)}）${t}`, '']),
    '二、机构设置及决算单位构成', '',
    `(一) 内设机构设置。${d}内设机构包括：${offices(ctx)}。`, '',
    `(二) 决算单位构成。${d} ${y} 年部门决算汇总公开单位构成包括：${d}本级。`, '',
  ];
}

function functionTable(ctx: ReportContext, header: string[], cells: (r: { total: number; basic: number; project: number }) => string[]): string[] {
  return [
    ...header,
    row(['合 计', '', ...cells(totalRow(ctx))]),
    ...ctx.figures.functionRows.map((r) => row([r.code, r.name, ...cells(r)])),
  ];
}

function tables(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  const unit = unitLabel(ctx);
  const none = `${d}没有`;
  return [
    '第二部分', '', '部门决算表', '',
    '收入支出决算总表', '', '公开01表', '', `部门：${d}`, '', `${y}年度`, '', unit, '',
    '收 入\t\t\t支 出\t\t', '项 目\t行次\t金 额\t项 目\t行次\t金 额', '栏 次\t\t1\t栏 次\t\t2',
    ...summaryLines(ctx).map(row),
    ...summaryTotals(ctx, { income: '本年收入合计', expenditure: '本年支出合计', unused: '使用非财政拨款结余', opening: '年初结转和结余', closing: '年末结转和结余', total: '总 计' }).map(row),
    '', '注：1. 本表反映部门本年度的总收支和年末结转结余情况。', '2. 本套报表金额单位转换时可能存在尾数误差。', '',
    '收入决算表', '', `部门：${d}`, '', `${y}年度`, '', '公开02表', unit, '',
    '项 目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入',
    '功能分类 科目编码\t科目名称\t\t\t\t\t\t\t', '栏次\t\t1\t2\t3\t4\t5\t6\t7',
    row(['合 计', '', ...incomeTotalsCells(ctx)]),
    ...incomeByFunction(ctx).map((r) => row([r.code, r.name, ...r.values])),
    '', '注：本表反映部门本年度取得的各项收入情况。', '',
    '支出决算表', '', `部门：${d}`, '', `${y}年度`, '', '公开03表', unit, '',
    ...functionTable(ctx, [
      '项 目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出',
      '功能分类科目 编码\t科目名称\t\t\t\t\t\t', '栏次\t\t1\t2\t3\t4\t5\t6',
    ], (r) => expenditureCells(ctx, r)),
    '', '注：本表反映部门本年度各项支出情况。', '',
    '财政拨款收入支出决算总表', '', '公开04表', unit, '', `部门：${d}`, '', `${y}年度`, '',
    '收 入\t\t\t支 出\t\t\t\t\t',
    '项 目\t行次\t金 额\t项 目\t行次\t合 计\t一般公共预算财政 拨款\t政府性基金预算财 政拨款\t国有资本经营预算财 政拨款',
    '栏 次\t\t1\t栏 次\t\t2\t3\t4\t5',
    ...fiscalLines(ctx, ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营财政拨款']).map(row),
    ...fiscalTotals(ctx, '总 计').map(row),
    '', '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。', '',
    '一般公共预算财政拨款支出决算表', '', '公开05表', unit, '', `部门：${d}`, '', `${y}年度`, '',
    ...functionTable(ctx, ['项 目\t\t本年支出\t\t', '功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出', '栏次\t\t1\t2\t3'],
      (r) => [cell(ctx, r.total), cell(ctx, r.basic), cell(ctx, r.project)]),
    '', '注：本表反映部门本年度一般公共预算财政拨款支出情况。', '',
    '一般公共预算财政拨款基本支出决算表', '', '公开06表', '', `部门：${d}`, '', unit, '',
    '人员经费\t\t\t公用经费\t\t\t\t\t', '科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数',
    ...economicLines(ctx, economicColumns(ctx.figures.economicAmounts)).map((cols) => row(cols.flat())),
    row(['', '人员经费合计', cell(ctx, ctx.figures.personnelTotal), '', '公用经费合计', '', '', '', cell(ctx, ctx.figures.publicTotal)]),
    '', '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。', '',
    '一般公共预算财政拨款“三公”经费支出决算表', '', '公开07表', unit, '', `部门：${d}`, '', `${y}年度`, '',
    '预算数\t\t\t\t\t\t决算数\t\t\t\t\t',
    '合计\t因公出国（境） 费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境） 费\t公务用车购置及运行费\t\t\t公务接待费',
    '\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t',
    '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12', row(threePublicCells(ctx)),
    '', '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。', '',
    '政府性基金预算财政拨款收入支出决算表', '', `部门：${d} 公开08表`, ` ${y}年度 ${unit}`, '',
    '项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余', '功能分类 科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t',
    '栏次\t\t1\t2\t3\t4\t5\t6', '合计\t\t\t\t\t\t\t', '',
    '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', ` ${none}政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`, '',
    '国有资本经营预算财政拨款支出决算表', '', `部门：${d}\t\t${y}年度\t\t公开09表 ${unit}`,
    '项 目\t\t本年支出\t\t', '功能分类 科目编码\t科目名称\t合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3', '合 计\t\t\t\t', '',
    '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', ` ${none}使用国有资本经营预算安排的支出，故本表无数据。`, '',
  ];
}

export function renderTabs(ctx: ReportContext): string[] {
  return [
    ...front(ctx), ...tables(ctx), ...classicNarrative(ctx, 'tabs'),
    '第四部分', '', '名词解释', '', ...GLOSSARY_SHORT.flatMap((t, i) => [`${chineseOrdinal(i + 1)}、${t}`, '']),
    ...classicAppendix(ctx),
  ];
}
