// Layout (d), after seeds/003: no tables at all ("（见附表）"); every figure is in the prose,
// lines follow each other without blank lines, some indented by four spaces.
import { economicColumns } from '../model/economic.ts';
import { grandTotal, incomeTotal, type BudgetItemFigures } from '../model/types.ts';
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { DECREASE_CAUSES, INCREASE_CAUSES, THREE_PUBLIC_CAUSES } from '../text/phrases.ts';
import { change, GROUPED, money, percent, prose, usedNames, type ReportContext } from './context.ts';
import { GLOSSARY_SHORT } from './glossary.ts';
import { shortClassName } from './narrative-classic.ts';
import { duties, offices } from './part-one.ts';

const m = (ctx: ReportContext, fen: number) => money(ctx, fen, GROUPED);
const p = (part: number, whole: number) => percent(part, whole, 2);
const blank = (n: number) => Array<string>(n).fill('');

function moved(ctx: ReportContext, now: number, then: number): string {
  return `${change(ctx, now, then, GROUPED, 2)}，主要是因为${ctx.rng.pick(now >= then ? INCREASE_CAUSES : DECREASE_CAUSES)}`;
}

function item(ctx: ReportContext, it: BudgetItemFigures, n: number): string[] {
  const lei = ctx.rng.chance(0.3) ? shortClassName(it.path[0]) : it.path[0];
  if (lei !== it.path[0]) ctx.writtenPaths.set(it.code, [lei, it.path[1], it.path[2]]);
  const rate = it.budget > 0 ? `完成年初预算的${p(it.actual, it.budget)}，` : '由于预算数为0，无法计算百分比，';
  const indent = ctx.rng.chance(0.1) ? '    ' : '';
  return [
    `${n}、${n > 2 ? ' ' : ''}${lei}（类）${it.path[1]}（款）${it.path[2]}（项）。`,
    `${indent}年初预算为${m(ctx, it.budget)}，支出决算为${m(ctx, it.actual)}，${rate}决算数${it.actual > it.budget ? '大于' : '小于'}年初预算数的主要原因是：${it.reason}。`,
  ];
}

function threePublic(ctx: ReportContext): string[] {
  const { threePublicBudget: b, threePublicActual: a, previous, vehicles, year: y } = ctx.figures;
  const line = (label: string, budget: number, actual: number, before: number, cause: keyof typeof THREE_PUBLIC_CAUSES) => {
    const rate = budget > 0 ? `完成预算的${p(actual, budget)}` : '由于预算数为0，无法计算百分比';
    const moves = change(ctx, actual, before, GROUPED, 2);
    const [down, up] = THREE_PUBLIC_CAUSES[cause];
    const history = moves === '持平' ? '与上年相比无变化' : `与上年相比${moves}，主要原因是${ctx.rng.pick(actual >= before ? up : down)}`;
    return `${label}支出预算为${m(ctx, budget)}，支出决算为${m(ctx, actual)}，${rate}，${history}。`;
  };
  const groups = ctx.rng.int(2, 40);
  return [
    '七、财政拨款三公经费支出决算情况说明',
    '（一）“三公”经费财政拨款支出决算总体情况说明',
    `“三公”经费财政拨款支出预算为${m(ctx, b.total)}，支出决算为${m(ctx, a.total)}，完成预算的${p(a.total, b.total)}，与上年相比${change(ctx, a.total, previous.threePublic.total, GROUPED, 2)}。其中：`,
    line('因公出国（境）费', b.abroad, a.abroad, previous.threePublic.abroad, 'abroad'),
    line('公务接待费', b.reception, a.reception, previous.threePublic.reception, 'reception'),
    line('公务用车购置费', b.vehiclePurchase, a.vehiclePurchase, previous.threePublic.vehiclePurchase, 'vehicle'),
    line('公务用车运行维护费', b.vehicleOperation, a.vehicleOperation, previous.threePublic.vehicleOperation, 'vehicle'),
    '（二）“三公”经费财政拨款支出决算具体情况说明',
    `${y}年度“三公”经费财政拨款支出决算中，公务接待费支出决算${m(ctx, a.reception)}，占${p(a.reception, a.total)},因公出国（境）费支出决算${m(ctx, a.abroad)}，占${p(a.abroad, a.total)},公务用车购置费及运行维护费支出决算${m(ctx, a.vehicle)}，占${p(a.vehicle, a.total)}。其中：`,
    `1、因公出国（境）费支出决算为${m(ctx, a.abroad)}，${a.abroad > 0 ? '全年安排因公出国（境）团组1个' : '未安排因公出国（境）团组'}。`,
    `2、公务接待费支出决算为${m(ctx, a.reception)}，全年共接待来访团组${groups}个、来宾${groups * ctx.rng.int(4, 12)}人次，主要是上级部门来我单位调研指导工作发生的接待支出。`,
    `3、公务用车购置费及运行维护费支出决算为${m(ctx, a.vehicle)}，其中：公务用车购置费${m(ctx, a.vehiclePurchase)}，单位本级更新公务用车${a.vehiclePurchase > 0 ? 1 : 0}辆。公务用车运行维护费${m(ctx, a.vehicleOperation)}，截止${y}年12月31日，我单位开支财政拨款的公务用车保有量为${vehicles}辆。`,
  ];
}

function narrative(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const g = grandTotal(f);
  const i = incomeTotal(f);
  const pr = f.procurement;
  const other = f.otherIncome > 0 ? `；其他收入${m(ctx, f.otherIncome)}，占${p(f.otherIncome, i)}` : '';
  const structure = f.functionRows.filter((r) => r.level === '类')
    .map((c) => `${shortClassName(c.name)}（类）支出${m(ctx, c.total)}，占${p(c.total, f.expenditureTotal)}`).join('；');
  const budgetTotal = f.budgetExecution.reduce((s, it) => s + it.budget, 0);
  const [personnel, goods, capital] = economicColumns(f.economicAmounts);
  const fiscal = f.fiscalIncome + f.fiscalOpening;
  return [
    '一、收入支出决算总体情况说明',
    `${y}年度收、支总计${m(ctx, g)}。与上年相比，${moved(ctx, g, f.previous.grandTotal)}。`,
    '二、收入决算情况说明',
    `${y}年度收入合计${m(ctx, i)}，其中：财政拨款收入${m(ctx, f.fiscalIncome)}，占${p(f.fiscalIncome, i)}${other}。`,
    '三、支出决算情况说明',
    `${y}年度支出合计${m(ctx, f.expenditureTotal)}，其中：基本支出${m(ctx, f.basic)}，占${p(f.basic, f.expenditureTotal)}；项目支出${m(ctx, f.project)}，占${p(f.project, f.expenditureTotal)}。`,
    '四、财政拨款收入支出决算总体情况说明',
    `    ${y}年度财政拨款收、支总计${m(ctx, fiscal)}，与上年相比，${moved(ctx, fiscal, f.previous.fiscalGrandTotal)}。`,
    '五、一般公共预算财政拨款支出决算情况说明',
    '（一）一般公共预算财政拨款支出决算总体情况',
    `${y}年度财政拨款支出${m(ctx, f.expenditureTotal)}，占本年支出合计的100.00%，与上年相比，财政拨款支出${moved(ctx, f.expenditureTotal, f.previous.expenditureTotal)}。`,
    '（二）一般公共预算财政拨款支出决算结构情况',
    `${y}年度财政拨款支出${m(ctx, f.expenditureTotal)}，主要用于以下方面：${structure}。`,
    '（三）一般公共预算财政拨款支出决算具体情况',
    `${y}年度财政拨款支出年初预算数为${m(ctx, budgetTotal)}，支出决算数为${m(ctx, f.expenditureTotal)}，完成年初预算的${p(f.expenditureTotal, budgetTotal)}，其中：`,
    ...f.budgetExecution.flatMap((it, n) => item(ctx, it, n + 1)),
    '六、一般公共预算财政拨款基本支出决算情况说明',
    `${y}年度财政拨款基本支出${m(ctx, f.basic)}，其中：`,
    `人员经费${m(ctx, f.personnelTotal)}，占基本支出的${p(f.personnelTotal, f.basic)},主要包括${usedNames(personnel)}。`,
    `公用经费${m(ctx, f.publicTotal)}，占基本支出的${p(f.publicTotal, f.basic)}，主要包括${usedNames([...goods, ...capital])}。`,
    ...threePublic(ctx),
    '八、政府性基金预算收入支出决算情况',
    `${y}年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出。`,
    '九、关于机关运行经费支出说明',
    `本部门${y}年度机关运行经费支出${m(ctx, f.operatingCosts)}，比上年决算数${change(ctx, f.operatingCosts, f.previous.operatingCosts, GROUPED, 2)}。主要原因是：${f.operatingCosts >= f.previous.operatingCosts ? '本单位人员增加，公用经费相应增加' : '严格落实过“紧日子”要求，压减公用经费'}。`,
    '十、一般性支出情况说明',
    `${y}年本部门开支会议费${m(ctx, f.economicAmounts.get('30215') ?? 0)}，用于召开业务工作会议；开支培训费${m(ctx, f.economicAmounts.get('30216') ?? 0)}，用于业务培训。`,
    '十一、关于政府采购支出说明',
    `本部门${y}年度政府采购支出总额${m(ctx, pr.total)}，其中：政府采购货物支出${m(ctx, pr.goods)}、政府采购工程支出${m(ctx, pr.works)}、政府采购服务支出${m(ctx, pr.services)}。授予中小企业合同金额${m(ctx, pr.smeAwarded)}，占政府采购支出总额的${p(pr.smeAwarded, pr.total)}，其中：授予小微企业合同金额${m(ctx, pr.smeAwarded)}，占授予中小企业合同金额的100.00%。`,
    '十二、关于国有资产占用情况说明',
    `截至${y}年12月31日，部门（单位）共有车辆${f.vehicles}辆，其中，机要通信用车${f.vehicles}辆、其他用车0辆；单位价值100万元以上设备（不含车辆）0台（套）。`,
    `十三、关于${y}年度预算绩效情况的说明`,
    `根据预算绩效管理要求，本单位组织对 ${y}年度部门整体支出开展了绩效自评，从评价情况来看，预算执行及时、有效，绩效目标得到较好实现，绩效管理水平不断提高。`,
    '部门整体支出绩效评价报告详见第五部分。',
  ].map((line) => prose(ctx, line));
}

export function renderProse(ctx: ReportContext): string[] {
  const d = ctx.department.name;
  const y = ctx.year;
  return [
    ' 第一部分 ', '', `${d}单位概况`, ' ', ...blank(6),
    '一、部门职责', ...duties(ctx).map((t, i) => `（${chineseOrdinal(i + 1)}）${t}`),
    '二、机构设置及决算单位构成',
    `（一）内设机构设置。${d}单位内设机构包括：${offices(ctx)}。`,
    `（二）决算单位构成。${d}单位${y}年部门决算汇总公开单位构成包括：${d}单位本级。`,
    ...blank(18), '第二部分', '', '部门决算表', '', '（见附表）', ...blank(12),
    '第三部分', '', `${y}年度部门决算情况说明`, ...blank(6),
    ...narrative(ctx), ...blank(4),
    '第四部分', '', '名词解释', ...blank(4), ...GLOSSARY_SHORT.map((t, i) => `${chineseOrdinal(i + 1)}、${t}`), ...blank(12),
    '第五部分', '', '附 件', '', '（见附件）', ...blank(4),
  ];
}
