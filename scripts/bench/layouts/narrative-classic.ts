// 第三部分 情况说明 in the wording of seeds/000 (tabs) and seeds/001 (merged): amounts
// without separators and trailing zeros ("8627.4万元"), shares with one decimal.
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { DECREASE_CAUSES, INCREASE_CAUSES, THREE_PUBLIC_CAUSES } from '../text/phrases.ts';
import { economicColumns } from '../model/economic.ts';
import { fiscalGrandTotal, grandTotal, incomeTotal, type BudgetItemFigures } from '../model/types.ts';
import { change, money, percent, PLAIN, prose, type ReportContext } from './context.ts';
import { breakAfterPunctuation, pageBreak } from './page-break.ts';

type Variant = 'tabs' | 'merged';

const m = (ctx: ReportContext, fen: number) => money(ctx, fen, PLAIN);
const p = (part: number, whole: number) => percent(part, whole, 1);

function cause(ctx: ReportContext, current: number, previous: number): string {
  return ctx.rng.pick(current >= previous ? INCREASE_CAUSES : DECREASE_CAUSES);
}

/** "科学技术" from "科学技术支出": the structure paragraph names 类 without 支出. */
export function shortClassName(name: string): string {
  return name.endsWith('支出') && name.length > 4 ? name.slice(0, -2) : name;
}

function totals(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const prev = f.previous;
  const g = grandTotal(f);
  const i = incomeTotal(f);
  const balance = f.openingBalance > 0 ? `（收入总计含年初结转和结余${m(ctx, f.openingBalance)}，支出总计含年末结转和结余${m(ctx, f.closingBalance)}）` : '';
  const fiscalBalance = f.fiscalOpening > 0 ? `（财政拨款收入总计含年初财政拨款结转和结余${m(ctx, f.fiscalOpening)}，财政拨款支出总计含年末财政拨款结转和结余${m(ctx, f.fiscalClosing)}）` : '';
  const other = f.otherIncome > 0 ? `；其他收入${m(ctx, f.otherIncome)}，占${p(f.otherIncome, i)}` : '';
  const fiscal = fiscalGrandTotal(f);
  return [
    '一、收入支出决算总体情况说明', '',
    `${ctx.year}年度收、支总计${m(ctx, g)}${balance}。与上年相比，${change(ctx, g, prev.grandTotal, PLAIN, 1)}，主要是因为${cause(ctx, g, prev.grandTotal)}。`, '',
    '二、收入决算情况说明', '',
    `本年收入合计${m(ctx, i)}，其中：财政拨款收入${m(ctx, f.fiscalIncome)}，占${p(f.fiscalIncome, i)}${other}。`, '',
    '三、支出决算情况说明', '',
    `本年支出合计${m(ctx, f.expenditureTotal)}，其中：基本支出${m(ctx, f.basic)}，占${p(f.basic, f.expenditureTotal)}；项目支出${m(ctx, f.project)}，占${p(f.project, f.expenditureTotal)}。`, '',
    '四、财政拨款收入支出决算总体情况说明', '',
    `${ctx.year}年度财政拨款收、支总计${m(ctx, fiscal)}${fiscalBalance}，与上年相比，${change(ctx, fiscal, prev.fiscalGrandTotal, PLAIN, 1)}，主要是因为${cause(ctx, fiscal, prev.fiscalGrandTotal)}。`, '',
  ];
}

/** A paragraph, broken as text extracted from a PDF breaks it, when `breaks`. */
function maybeBreak(ctx: ReportContext, breaks: boolean, text: string, probability: number): string[] {
  return breaks ? pageBreak(ctx.rng, text, probability) : [text];
}

function itemHeading(ctx: ReportContext, item: BudgetItemFigures, n: number, variant: Variant): string {
  const lei = variant === 'merged' && ctx.rng.chance(0.3) ? shortClassName(item.path[0]) : item.path[0];
  if (lei !== item.path[0]) ctx.writtenPaths.set(item.code, [lei, item.path[1], item.path[2]]);
  const marker = variant === 'merged' ? ctx.rng.pick(['、', '.', '. ']) : '、';
  return `${n}${marker}${lei}（类）${item.path[1]}（款）${item.path[2]}（项）。`;
}

function itemBody(ctx: ReportContext, item: BudgetItemFigures): string {
  const rate = item.budget > 0 ? `完成年初预算的${p(item.actual, item.budget)}，` : '';
  const direction = item.actual > item.budget ? '大于' : '小于';
  return `年初预算为${m(ctx, item.budget)}，支出决算为${m(ctx, item.actual)}，${rate}决算数${direction}年初预算数的主要原因是：${item.reason}。`;
}

/** Keeps the truth's path and reason as written: the heading names are the standard ones. */
function generalBudget(ctx: ReportContext, variant: Variant, breaks: boolean): string[] {
  const f = ctx.figures;
  const prev = f.previous;
  const classes = f.functionRows.filter((r) => r.level === '类');
  const structure = classes.map((c) => {
    const name = variant === 'merged' && ctx.rng.chance(0.3) ? c.name : shortClassName(c.name);
    return `${name}（类）支出${m(ctx, c.total)}，占${p(c.total, f.expenditureTotal)}`;
  }).join('；');
  const budgetTotal = f.budgetExecution.reduce((s, i) => s + i.budget, 0);
  const open = variant === 'merged' ? '(' : '（';
  const close = variant === 'merged' ? ')' : '）';
  const lines = [
    '五、一般公共预算财政拨款支出决算情况说明', '',
    `${open}一${close}一般公共预算财政拨款支出决算总体情况`, '',
    `${ctx.year}年度一般公共预算财政拨款支出${m(ctx, f.expenditureTotal)}，占本年支出合计的100%，与上年相比，一般公共预算财政拨款支出${change(ctx, f.expenditureTotal, prev.expenditureTotal, PLAIN, 1)}，主要是因为${cause(ctx, f.expenditureTotal, prev.expenditureTotal)}。`, '',
    '（二）一般公共预算财政拨款支出决算结构情况', '',
    ...maybeBreak(ctx, breaks, `${ctx.year}年度一般公共预算财政拨款支出${m(ctx, f.expenditureTotal)}，主要用于以下方面：${structure}。`, 0.3), '',
    '（三）一般公共预算财政拨款支出决算具体情况', '',
    `${ctx.year}年度一般公共预算财政拨款支出年初预算数为${m(ctx, budgetTotal)}，一般公共预算财政拨款支出决算数为${m(ctx, f.expenditureTotal)}，完成年初预算的${p(f.expenditureTotal, budgetTotal)}，其中：`, '',
  ];
  const broken = breaks && ctx.rng.chance(0.15) ? ctx.rng.int(0, f.budgetExecution.length - 1) : -1;
  f.budgetExecution.forEach((item, i) => {
    const body = itemBody(ctx, item);
    lines.push(itemHeading(ctx, item, i + 1, variant), '', ...(i === broken ? breakAfterPunctuation(ctx.rng, body) : [body]), '');
  });
  return lines;
}

function basicExpenditure(ctx: ReportContext, breaks: boolean): string[] {
  const f = ctx.figures;
  const [personnel, goods, capital] = economicColumns(f.economicAmounts);
  const names = (rows: typeof personnel) => rows.filter((r) => r.level === '款' && r.amount > 0).map((r) => r.name).join('、');
  const text = `${ctx.year}年度一般公共预算财政拨款基本支出${m(ctx, f.basic)}，其中：人员经费${m(ctx, f.personnelTotal)}，占基本支出的${p(f.personnelTotal, f.basic)}，主要包括${names(personnel)}；公用经费${m(ctx, f.publicTotal)}，占基本支出的${p(f.publicTotal, f.basic)}，主要包括${names([...goods, ...capital])}。`;
  return ['六、一般公共预算财政拨款基本支出决算情况说明', '', ...maybeBreak(ctx, breaks, text, 0.3), ''];
}

type ThreeLine = keyof typeof THREE_PUBLIC_CAUSES;

const THREE_LABELS: Record<ThreeLine, string> = { abroad: '因公出国（境）费', reception: '公务接待费', vehicle: '公务用车购置费及运行维护费' };

function threePublicLine(ctx: ReportContext, line: ThreeLine, budget: number, actual: number, previous: number, variant: Variant): string {
  const done = budget > 0 ? `完成预算的${p(actual, budget)}，` : '';
  const moved = change(ctx, actual, previous, PLAIN, 1);
  const history = moved === '持平' ? '与上年持平' : `与上年相比${moved}`;
  const up = actual >= previous;
  const [down, rise] = THREE_PUBLIC_CAUSES[line];
  const why = variant === 'merged' && actual < budget
    ? `**决算数小于预算数**的主要原因是${ctx.rng.pick(down)}`
    : `${up ? '增长' : '减少'}的主要原因是${ctx.rng.pick(up ? rise : down)}`;
  return `${THREE_LABELS[line]}支出预算为${m(ctx, budget)}，支出决算为${m(ctx, actual)}，${done}${history}，${why}。`;
}

function threePublic(ctx: ReportContext, variant: Variant, breaks: boolean): string[] {
  const f = ctx.figures;
  const b = f.threePublicBudget;
  const a = f.threePublicActual;
  const prev = f.previous.threePublic;
  const spaced = (fen: number) => ` ${money(ctx, fen, PLAIN).replace(ctx.unit, ` ${ctx.unit}`)}`;
  const bought = a.vehiclePurchase > 0 ? `系单位本级更新公务用车 ${ctx.rng.int(1, 2)} 辆` : '本年未购置公务用车';
  const groups = ctx.rng.int(5, 80);
  return [
    '七、一般公共预算财政拨款三公经费支出决算情况说明', '',
    '（一）“三公”经费财政拨款支出决算总体情况说明', '',
    `“三公”经费财政拨款支出预算为${m(ctx, b.total)}，支出决算为${m(ctx, a.total)}，完成预算的${p(a.total, b.total)}，其中：`, '',
    threePublicLine(ctx, 'abroad', b.abroad, a.abroad, prev.abroad, variant), '',
    threePublicLine(ctx, 'reception', b.reception, a.reception, prev.reception, variant), '',
    threePublicLine(ctx, 'vehicle', b.vehicle, a.vehicle, prev.vehicle, variant), '',
    '（二）“三公”经费财政拨款支出决算具体情况说明', '',
    `${ctx.year}年度“三公”经费财政拨款支出决算中，公务接待费支出决算${m(ctx, a.reception)}，占${p(a.reception, a.total)}，因公出国（境）费支出决算${m(ctx, a.abroad)}，占${p(a.abroad, a.total)}，公务用车购置费及运行维护费支出决算${m(ctx, a.vehicle)}，占${p(a.vehicle, a.total)}。其中：`, '',
    ...maybeBreak(ctx, breaks, `1、因公出国（境）费支出决算为${m(ctx, a.abroad)}，全年安排因公出国（境）团组${a.abroad > 0 ? 1 : 0}个，累计${a.abroad > 0 ? ctx.rng.int(2, 6) : 0}人次。`, 0.2), '',
    `2、公务接待费支出决算为${m(ctx, a.reception)}，全年共接待来访团组${groups}个、来宾${groups * ctx.rng.int(5, 12)}人次，主要是上级部门和兄弟单位来我单位考察调研、检查指导工作发生的接待支出。`, '',
    `3、公务用车购置费及运行维护费支出决算为${spaced(a.vehicle)}，其中：公务用车购置费${spaced(a.vehiclePurchase)}，${bought}。公务用车运行维护费${spaced(a.vehicleOperation)}，主要是公务用车燃料费、维修费、过桥过路费、保险费等支出，截止 ${ctx.year} 年 12 月 31 日，我单位开支财政拨款的公务用车保有量为 ${f.vehicles} 辆。`, '',
  ];
}

function otherMatters(ctx: ReportContext, variant: Variant): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const pr = f.procurement;
  const meeting = f.economicAmounts.get('30215') ?? 0;
  const training = f.economicAmounts.get('30216') ?? 0;
  const why = (now: number, then: number) => (now >= then ? '业务工作量增加，公用经费相应增加' : '认真贯彻中央八项规定精神，坚持厉行节约');
  const sections = variant === 'tabs'
    ? { base: 10, perf: `${chineseOrdinal(10)}、${y}年度预算绩效情况说明`, open: '（', close: '）' }
    : { base: 10, perf: '十四、重点项目预算的绩效评价结果等情况说明', open: '(', close: ')' };
  const blocks: [string, string][] = [
    ['机关运行经费支出说明', `${y}年度机关运行经费支出${m(ctx, f.operatingCosts)}，比年初预算数${change(ctx, f.operatingCosts, f.operatingBudget, PLAIN, 1, '降低')}，主要原因是：${why(f.operatingCosts, f.operatingBudget)}；比上年决算数${change(ctx, f.operatingCosts, f.previous.operatingCosts, PLAIN, 1, '降低')}。主要原因是：${why(f.operatingCosts, f.previous.operatingCosts)}。`],
    ['一般性支出情况说明', `${y}年开支会议费${m(ctx, meeting)}，用于召开业务工作会议；开支培训费${m(ctx, training)}，用于业务培训；未举办节庆、晚会、论坛、赛事活动。`],
    ['政府采购支出说明', `${y}年度政府采购支出总额${m(ctx, pr.total)}，其中：政府采购货物支出${m(ctx, pr.goods)}、政府采购工程支出${m(ctx, pr.works)}、政府采购服务支出${m(ctx, pr.services)}。授予中小企业合同金额${m(ctx, pr.smeAwarded)}，占政府采购支出总额的${p(pr.smeAwarded, pr.total)}，其中：授予小微企业合同金额${m(ctx, pr.smeAwarded)}，占政府采购支出总额的${p(pr.smeAwarded, pr.total)}。`],
    ['国有资产占用情况说明', `截至${y}年12月31日，共有车辆${f.vehicles}辆，其中，机要通信用车${Math.ceil(f.vehicles / 2)}辆、执法执勤用车${Math.floor(f.vehicles / 2)}辆；单位价值50万元以上通用设备${ctx.rng.int(0, 5)}台（套）；单位价值100万元以上专用设备0台（套）。`],
  ];
  const perf = ['根据预算绩效管理要求，本单位组织对 ' + `${y}年度部门整体支出开展了绩效自评，从评价情况来看，预算执行及时、有效，绩效目标得到较好实现，绩效管理水平不断提高。`, '部门整体支出绩效评价报告详见第五部分。'];
  if (variant === 'tabs') {
    return [
      sections.perf, '', ...perf.flatMap((t) => [t, '']),
      '十一、其他重要事项情况说明', '',
      ...blocks.flatMap(([title, text], i) => [`${i === 0 ? '（' : '('}${chineseOrdinal(i + 1)}${i === 0 ? '）' : ')'}${i === 0 ? '' : ' '}${title}`, '', text, '']),
    ];
  }
  return [
    ...blocks.flatMap(([title, text], i) => [`${chineseOrdinal(sections.base + i)}、${title}`, '', text, '']),
    sections.perf, '', perf.join(''), '',
    '十五、其他', '', '本单位没有独立网站，因此只在部门决算公开专栏中公开。', '',
  ];
}

function funds(ctx: ReportContext, variant: Variant): string[] {
  if (variant === 'tabs') {
    return [
      '八、政府性基金预算收入支出决算情况', '', `${ctx.year}年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出。`, '',
      '九、国有资本经营预算支出决算情况', '', `${ctx.year}年度本单位没有使用国有资本经营预算安排的支出。`, '',
    ];
  }
  return [
    '八、政府性基金预算收入支出决算情况', '', '本单位没有政府性基金收入，也没有使用政府性基金安排的支出。', '',
    '九、国有资本经营预算收入支出决算情况', '', '本单位没有国有资本经营预算收入，也没有使用国有资本经营预算安排的支出。', '',
  ];
}

/**
 * 第三部分 from its heading to the end of its last section. `pageBreaks: false` keeps every
 * paragraph whole (a PDF layout breaks its paragraphs where its own pages end).
 */
export function classicNarrative(ctx: ReportContext, variant: Variant, { pageBreaks = true } = {}): string[] {
  const lines = [
    '第三部分', '', `${ctx.year}年度部门决算情况说明`, '',
    ...totals(ctx), ...generalBudget(ctx, variant, pageBreaks), ...basicExpenditure(ctx, pageBreaks), ...threePublic(ctx, variant, pageBreaks),
    ...funds(ctx, variant), ...otherMatters(ctx, variant),
  ];
  return lines.map((line) => (line === '' ? line : prose(ctx, line)));
}
