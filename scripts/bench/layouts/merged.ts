// Layout (b), after seeds/001: "code name" merged into one cell (02表, 06表), a garbled
// header row (01表, 07表), stray trailing tabs, ASCII brackets in names, OCR-damaged codes.
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
const ascii = (name: string) => name.replace(/（/g, '(').replace(/）/g, ')');

function front(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  const explanations = [...explanationTitles(y).slice(0, 9), '机关运行经费支出说明', '一般性支出情况说明', '政府采购支出说明',
    '国有资产占用情况说明', '重点项目预算的绩效评价结果等情况说明', '其他'];
  return [
    '', '', `${y}年度`, `${d}部门决算`, '', '目录', '',
    `第一部分${d}单位概况`, '', '- 一、部门职责', '- 二、机构设置', '',
    `第二部分${y}年度部门决算表`, '', ...TABLE_TITLES_2020.map((t, i) => `- ${chineseOrdinal(i + 1)}、${t}`), '',
    `第三部分${y}年度部门决算情况说明`, '',
    ...explanations.flatMap((t, i) => [...(i === 7 ? [''] : []), `- ${chineseOrdinal(i + 1)}、${t}`]), '',
    '第四部分名词解释', '', '第五部分附件', '',
    '第一部分', '', d, '', '单位概况', '', '一、 部门职责', '',
    ...duties(ctx).map((t, i) => `- (${chineseOrdinal(i + 1)}) ${t}`), '',
    '二、机构设置', '', '(一) 内设机构设置', '', `${d}内设机构包括：${offices(ctx)}。`, '',
    '(二) 决算单位构成', '', `${d}${y}年度部门决算汇总公开单位仅包括${d}本级。`, '',
  ];
}

/** 20199 → 201999: a digit doubled by OCR, as in seeds/001's 02表. */
function damagedCode(ctx: ReportContext): string | undefined {
  const kuan = ctx.figures.functionRows.filter((r) => r.level === '款');
  return kuan.length > 0 && ctx.rng.chance(0.3) ? ctx.rng.pick(kuan).code : undefined;
}

function incomeTable(ctx: ReportContext): string[] {
  const damaged = damagedCode(ctx);
  return [
    '项 目\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入',
    '栏次\t1\t2\t3\t4\t5\t6\t7',
    row(['合 计', ...incomeTotalsCells(ctx)]),
    ...incomeByFunction(ctx).map((r) => row([`${r.code === damaged ? r.code + r.code.at(-1) : r.code} ${r.name}`, ...r.values])),
  ];
}

/** 06表 with merged cells; a row whose first group is empty loses a cell (seeds/001). */
function economicTable(ctx: ReportContext): string[] {
  const capitalDamaged = ctx.rng.chance(0.3);
  const lines = economicLines(ctx, economicColumns(ctx.figures.economicAmounts)).map((groups) => {
    const cells = groups.flatMap(([code, name, amount]) => {
      if (!code) return ['', '', ''];
      const shown = code === '310' && capitalDamaged ? '310 101' : code;
      return [`${shown} ${name}`, '', amount];
    });
    return groups[0][0] === '' ? row([...cells.slice(1), '']) : row(cells);
  });
  return [
    '人员经费\t\t\t公用经费\t\t\t\t\t', '科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数',
    ...lines,
    row(['人员经费合计', '', cell(ctx, ctx.figures.personnelTotal), '', '', '公用经费合计', '', '', cell(ctx, ctx.figures.publicTotal)]),
  ];
}

function tables(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  const unit = unitLabel(ctx);
  const asciiUnit = unitLabel(ctx, '金额单位: ');
  const zero = cell(ctx, 0);
  return [
    '第二部分', '', '部门决算表', '',
    '收入支出决算总表', '', `部门: ${d}`, '', `${y}年度`, '', '公开01表', asciiUnit, '',
    '收 项 栏\t目 次\t金 额 1\t入 支\t出 项 栏\t目 次\t金 额 2',
    ...[...summaryLines(ctx), ...summaryTotals(ctx, { income: '本年收入合计', expenditure: '本年支出合计', unused: '使用非财政拨款结余', opening: '年初结转和结余', closing: '年末结转和结余', total: '总计' })]
      .map((cells) => row([...cells, ''])),
    '', '注: 本表反映部门本年度的总收入和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。', '',
    '收入决算表', '', '公开02表', unit, '', `部门：${d}`, '', `${y}年度`, '',
    ...incomeTable(ctx),
    '', '注：本表反映部门本年度取得的各项收入情况。', '',
    '支出决算表', '', '公开03表', '', asciiUnit, '', `部门: ${d}`, '', `${y}年度`, '',
    '项 目 功能分类 科目编码\t科 目 名 称\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出',
    '\t\t栏次 1\t2\t3\t4\t5\t6',
    row(['合 计', '', ...expenditureCells(ctx, totalRow(ctx))]),
    ...ctx.figures.functionRows.map((r) => row([r.code, ascii(r.name), ...expenditureCells(ctx, r)])),
    '', '注: 本表反映部门本年度各项支出情况。', '',
    '财政拨款收入支出决算总表', '', '公开04表', '', unit, '', `部门：${d}`, '', `${y}年度`, '',
    '收入\t\t\t支出\t\t\t\t\t\t\t',
    '项\t目\t行次\t金额\t项\t目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款',
    '栏\t次\t\t1\t栏\t次\t\t2\t3\t4\t5',
    ...fiscalLines(ctx).map((cells) => row([...cells, zero, zero])),
    ...fiscalTotals(ctx, '总计').map((cells) => row([...cells, cells[8] === '' ? '' : zero, cells[8] === '' ? '' : zero])),
    '', '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。', '',
    '一般公共预算财政拨款支出决算表', '', `部门: ${d}`, '', `${y}年度`, '', '公开05表', asciiUnit, '',
    '项 目\t功能分类科目编码\t科目名称\t本年支出\t\t', '\t\t\t小计\t基本支出\t项目支出', '栏次\t\t\t1\t2\t3',
    row(['合', '', '计', cell(ctx, ctx.figures.expenditureTotal), cell(ctx, ctx.figures.basic), cell(ctx, ctx.figures.project)]),
    ...ctx.figures.functionRows.map((r) => row([r.code, ascii(r.name), '', cell(ctx, r.total), cell(ctx, r.basic), cell(ctx, r.project)])),
    '', '注: 本表反映部门本年度一般公共预算财政拨款支出情况。', '',
    '一般公共预算财政拨款基本支出决算表', '', '公开06表', unit, '', `部门：${d}`, '',
    ...economicTable(ctx),
    '', '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。', '',
    '一般公共预算财政拨款“三公”经费支出决算表', '', '预算代码：', '', `部门：${d}`, '', '公开07表', '', unit, '',
    '合计\t因公出国（境）费\t预算数\t\t\t\t公务接待费\t合计\t决算数\t\t\t\t公务接待费',
    '\t\t公务用车购置及运行费\t\t\t小计\t\t\t公务用车购置及运行费\t\t\t公务接待费\t',
    '\t\t小计\t公务用车购置费\t公务用车运行费\t6\t小计\t\t公务用车购置费\t公务用车运行费\t\t\t',
    '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t', row([...threePublicCells(ctx), '']),
    '', '注：本表反映部门本年度“三公”经费支出预算决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。', '',
    '政府性基金预算财政拨款收入支出决算表', '', '公开08表', '', unit, '', `部门：${d}`, '', `${y}年度`, '',
    '项 目\t科 目 名 称\t年初结转和结余\t本年收入\t本年支出\t\t\t年 末 结 转 和 结 余', '\t\t\t\t小计\t基本支出\t项目支出\t',
    '栏次\t1\t2\t3\t4\t5\t6\t', '合 计\t\t\t\t\t\t\t', '',
    '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', '',
    '国有资本经营预算财政拨款支出决算表', '', `部门: ${d}\t\t${y}年度\t公开09表 ${asciiUnit}\t\t`,
    '项 目\t功能分类科目编码\t科目名称\t本年支出\t\t', '\t\t\t合计\t基本支出\t项目支出', '栏次\t\t\t1\t2\t3', '合 计\t\t\t\t\t', '',
    '注: 本表反映部门本年度国有资本经营预算财政拨款支出情况。本单位没有使用国有资本经营预算安排的支出, 故本表无数据。', '',
  ];
}

export function renderMerged(ctx: ReportContext): string[] {
  return [
    ...front(ctx), ...tables(ctx), ...classicNarrative(ctx, 'merged'),
    '第四部分', '', '名词解释', '', ...GLOSSARY_SHORT.flatMap((t, i) => [`${chineseOrdinal(i + 1)}、${ascii(t)}`, '']),
    ...classicAppendix(ctx),
  ];
}
