// 第三部分 in the wording of seeds/004: "## " headings, grouped amounts ("2,175.87万元"),
// shares with two decimals, one line per budget-execution item (page breaks included).
import { economicColumns } from '../model/economic.ts';
import { fiscalGrandTotal, grandTotal, incomeTotal } from '../model/types.ts';
import { DECREASE_CAUSES, INCREASE_CAUSES } from '../text/phrases.ts';
import { change, GROUPED, money, moneyOrZero, percent, prose, usedNames, type ReportContext } from './context.ts';
import { shortClassName } from './narrative-classic.ts';
import { pageBreak } from './page-break.ts';

const m = (ctx: ReportContext, fen: number) => moneyOrZero(ctx, fen, GROUPED);
const p = (part: number, whole: number) => percent(part, whole, 2);

function moved(ctx: ReportContext, now: number, then: number): string {
  return `${change(ctx, now, then, GROUPED, 2, '下降')}，主要原因是：${ctx.rng.pick(now >= then ? INCREASE_CAUSES : DECREASE_CAUSES)}`;
}

function section(title: string, ...paragraphs: string[]): string[] {
  return [`## ${title}`, '', ...paragraphs.flatMap((t) => [t, ''])];
}

function generalBudget(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const structure = f.functionRows.filter((r) => r.level === '类')
    .map((c) => `${shortClassName(c.name)}（类）支出${m(ctx, c.total)}，占${p(c.total, f.expenditureTotal)}`).join('；');
  const budgetTotal = f.budgetExecution.reduce((s, i) => s + i.budget, 0);
  const items = f.budgetExecution.flatMap((item, i) => {
    const rate = item.budget > 0 ? `，完成年初预算的${p(item.actual, item.budget)}` : '';
    const text = `${i + 1}. ${item.path[0]}（类）${item.path[1]}（款）${item.path[2]}（项）。年初预算为${m(ctx, item.budget)}，支出决算为${money(ctx, item.actual, GROUPED)}${rate}。决算数与年初预算数存在差异的主要原因是${item.reason}。`;
    return [...pageBreak(ctx.rng, text, 0.12), ''];
  });
  return [
    ...section('五、一般公共预算财政拨款支出决算情况说明'),
    '### （一）总体情况。', '',
    `${y}年度一般公共预算财政拨款支出${m(ctx, f.expenditureTotal)}，占支出合计的100.00%。与上年度相比，一般公共预算财政拨款支出${moved(ctx, f.expenditureTotal, f.previous.expenditureTotal)}。`, '',
    '## （二）结构情况。', '', `${y}年度一般公共预算财政拨款支出${m(ctx, f.expenditureTotal)}，主要用于以下方面：${structure}。`, '',
    '## （三）具体情况。', '',
    `${y}年度一般公共预算财政拨款支出年初预算为${m(ctx, budgetTotal)}，支出决算为${m(ctx, f.expenditureTotal)}，完成年初预算的${p(f.expenditureTotal, budgetTotal)}。其中：`, '',
    ...items,
  ];
}

function threePublic(ctx: ReportContext): string[] {
  const { threePublicBudget: b, threePublicActual: a, vehicles, year: y } = ctx.figures;
  const done = (actual: number, budget: number) => (budget > 0 ? `，完成预算的${p(actual, budget)}` : '');
  const groups = ctx.rng.int(3, 60);
  return [
    ...section('九、财政拨款“三公”经费支出决算情况说明'),
    '### （一）“三公”经费财政拨款支出决算总体情况说明。', '',
    `${y}年度“三公”经费财政拨款支出预算为${m(ctx, b.total)}，支出决算为${m(ctx, a.total)}${done(a.total, b.total)}。`, '',
    '### （二）“三公”经费财政拨款支出决算具体情况说明。', '',
    `${y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算${m(ctx, a.abroad)}，占${p(a.abroad, a.total)}；公务用车购置及运行维护费支出决算${m(ctx, a.vehicle)}${done(a.vehicle, b.vehicle)}，占${p(a.vehicle, a.total)}；公务接待费支出决算${m(ctx, a.reception)}${done(a.reception, b.reception)}，占${p(a.reception, a.total)}。具体情况如下：`, '',
    `1. **因公出国（境）费** 预算为${m(ctx, b.abroad)}，支出决算为${m(ctx, a.abroad)}${done(a.abroad, b.abroad)}。全年因公出国（境）团组${a.abroad > 0 ? 1 : 0}个，累计${a.abroad > 0 ? ctx.rng.int(2, 5) : 0}人次。`, '',
    `2. **公务用车购置及运行维护费** 预算为${m(ctx, b.vehicle)}，支出决算为${m(ctx, a.vehicle)}${done(a.vehicle, b.vehicle)}。其中：`, '',
    `**公务用车购置支出** ${m(ctx, a.vehiclePurchase)}，购置车辆${a.vehiclePurchase > 0 ? 1 : 0}台。`, '',
    `**公务用车运行维护支出** ${m(ctx, a.vehicleOperation)}。主要用于按规定保留的公务用车燃料费、维修费、过桥过路费、保险费等支出。${y}年期末，部门开支财政拨款的公务用车保有量为${vehicles}辆。`, '',
    `**3. 公务接待费** 预算为${m(ctx, b.reception)}，支出决算为${m(ctx, a.reception)}${done(a.reception, b.reception)}。其中：`, '',
    `**外宾接待支出** 0万元。${y}年共接待国（境）外来访团组0个、来访外宾0人次（不包括陪同人员）。`, '',
    `**其他国内公务接待支出** ${m(ctx, a.reception)}，主要用于与有关单位交流工作情况及接受相关部门检查指导工作发生的接待支出。${y}年共接待国内来访团组${groups}个、来宾${groups * ctx.rng.int(4, 10)}人次（不包括陪同人员）。`, '',
  ];
}

function lastSections(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const pr = f.procurement;
  const score = (f.scoreTenths / 10).toString();
  const projects = ctx.rng.int(2, 12);
  return [
    ...section('十、机关运行经费支出情况说明', `${y}年度机关运行经费为${m(ctx, f.operatingCosts)}，与上年度相比，${moved(ctx, f.operatingCosts, f.previous.operatingCosts)}。`),
    ...section('十一、政府采购支出情况说明', `${y}年度政府采购支出总额${m(ctx, pr.total)}，其中：政府采购货物支出${m(ctx, pr.goods)}、政府采购工程支出${m(ctx, pr.works)}、政府采购服务支出${m(ctx, pr.services)}。授予中小企业合同金额${m(ctx, pr.smeAwarded)}，占政府采购支出总额的${p(pr.smeAwarded, pr.total)}，其中：授予小微企业合同金额${m(ctx, pr.smeAwarded)}，占授予中小企业合同金额的100.00%。`),
    ...section('十二、国有资产占用情况说明', `${y}年期末，我部门共有车辆${f.vehicles}辆，其中：主要领导干部用车0辆、机要通信用车${f.vehicles}辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）0台（套）。`),
    ...section('十三、预算绩效情况说明'),
    '### （一）绩效管理工作开展情况。', '',
    `根据预算绩效管理要求，我部门纳入预算绩效管理的支出总额为${m(ctx, f.expenditureTotal)}，其中基本支出${m(ctx, f.basic)}，项目支出${m(ctx, f.project)}。按照“谁用款、谁评价”的原则，对${y}年度预算项目支出进行全面自评，涵盖项目${projects}个。`, '',
    `组织开展部门整体支出绩效自评，部门整体支出绩效自评结果为${score}分。从自评情况来看，部门履职效能进一步提升，各项工作基本完成，资产管理比较规范。`, '',
    '## **（二）项目绩效自评结果。**', '',
    `通过科学、规范的方法，基于项目的预算执行情况、目标实现程度等，我部门${y}年度${projects}个项目支出绩效自评中，${projects}个项目自评等级为优，0个项目自评等级为良。`, '',
    '## **（三）重点绩效评价结果。**', '', '我部门无重点绩效。', '',
  ];
}

export function markdownNarrative(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const g = grandTotal(f);
  const i = incomeTotal(f);
  const fg = fiscalGrandTotal(f);
  const other = f.otherIncome > 0 ? `；其他收入${m(ctx, f.otherIncome)}，占${p(f.otherIncome, i)}` : '';
  const [personnel, goods, capital] = economicColumns(f.economicAmounts);
  const lines = [
    `### 第三部分 ${y}年度部门决算情况说明`, '', '', '',
    ...section('一、收入支出决算总体情况说明', `${y}年度收、支总计均为${m(ctx, g)}。与上年度相比，收、支总计各${moved(ctx, g, f.previous.grandTotal)}。`),
    ...section('二、收入决算情况说明', `${y}年度收入合计${m(ctx, i)}，其中：财政拨款收入${m(ctx, f.fiscalIncome)}，占${p(f.fiscalIncome, i)}${other}。`),
    ...section('三、支出决算情况说明', `${y}年度支出合计${m(ctx, f.expenditureTotal)}，其中：基本支出${m(ctx, f.basic)}，占${p(f.basic, f.expenditureTotal)}；项目支出${m(ctx, f.project)}，占${p(f.project, f.expenditureTotal)}。`),
    ...section('四、财政拨款收入支出决算总体情况说明', `${y}年度财政拨款收、支总计均为${m(ctx, fg)}。与上年度相比，财政拨款收、支总计各${moved(ctx, fg, f.previous.fiscalGrandTotal)}。`),
    ...generalBudget(ctx),
    ...section('六、一般公共预算财政拨款基本支出决算情况说明', `${y}年度一般公共预算财政拨款基本支出${m(ctx, f.basic)}，其中：人员经费${m(ctx, f.personnelTotal)}，主要包括：${usedNames(personnel)}；公用经费${m(ctx, f.publicTotal)}，主要包括：${usedNames([...goods, ...capital])}。`),
    ...section('七、政府性基金预算财政拨款支出决算情况说明', `${y}年度政府性基金预算财政拨款支出年初预算为0万元，支出决算为0万元，我部门没有政府性基金收入，也没有使用政府性基金安排的支出。`),
    ...section('八、国有资本经营预算财政拨款支出决算情况说明', `${y}年度国有资本经营预算财政拨款支出年初预算为0万元，支出决算为0万元，我部门没有国有资本经营预算财政拨款收入，也没有国有资本经营预算财政拨款的支出。`),
    ...threePublic(ctx),
    ...lastSections(ctx),
  ];
  return lines.map((line) => (line === '' ? line : prose(ctx, line)));
}
