// Layout (e), after seeds/002: a 部门整体支出绩效自评报告. It states the year's totals,
// the 三公 budget and actual (prose and 附件1), and the department's score and grade.
import { portion } from '../model/amounts.ts';
import { chineseOrdinal, chineseYear } from '../text/chinese-numbers.ts';
import { ACHIEVEMENTS, PROBLEMS } from '../text/phrases.ts';
import { performanceGrade } from '../truth.ts';
import { money, percent, PLAIN, prose, type ReportContext } from './context.ts';
import { formatAmount } from '../money-format.ts';
import { duties, offices } from './part-one.ts';

export function renderPerformance(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const d = ctx.department.name;
  const rng = ctx.rng;
  const m = (fen: number) => money(ctx, fen, PLAIN);
  const n = (fen: number) => formatAmount(fen, ctx.unit, PLAIN);
  const q = 10_000;
  const b = f.threePublicBudget;
  const a = f.threePublicActual;
  const prev = f.previous.threePublic;
  const wages = f.economicAmounts;
  const sumOf = (prefix: string) => [...wages].filter(([c]) => c.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
  const household = sumOf('303');
  const basicBudget = portion(f.basic, rng.int(780, 1050), q);
  const projectBudget = portion(f.project, rng.int(150, 1000), q);
  const fund = basicBudget + projectBudget;
  const score = (f.scoreTenths / 10).toString();
  const grade = performanceGrade(f.scoreTenths);
  const vehicle = (fen: number) => (f.vehicles > 0 ? n(fen) : '/');
  const bought = a.vehiclePurchase > 0 ? `公务用车购置费${m(a.vehiclePurchase)}` : '无公务用车购置费用';
  const dutyLines = duties(ctx).flatMap((t, i) => [i < 9 ? `（${i + 1}）${t}` : `(${i + 1}) ${t}`, '']);
  const text = [
    '一、部门概况：', '（一）部门职能概述：', ...dutyLines.filter((l) => l !== ''),
    '(二) 部门组织机构及人员情况：',
    `${y}年，我单位内设机构包括${offices(ctx)}，共有${f.staff.serving + f.staff.retired}人，其中在职在编人员${f.staff.serving}人，退休人员${f.staff.retired}人。`,
    '(三) 年度重点工作计划',
    `围绕中心工作，聚焦${ctx.department.bureau.topic}高质量发展，抓实各项措施落地，不断提升服务水平。`,
    '（四）部门整体支出规模、使用方向、主要内容和涉及范围',
    `${y}年，我单位整体支出${m(f.expenditureTotal)}，包括基本支出和项目支出范围，基本支出${m(f.basic)}，主要是保障单位机构正常运转、完成日常工作任务而发生的各项支出，包括用于基本工资、津贴补贴等人员经费以及办公费等日常公用经费；项目支出${m(f.project)}，主要是为完成特定行政工作任务或事业发展目标而发生的各项费用。`,
    '二、部门整体支出资金管理及使用情况', '（一）基本支出',
    `1、实际整体收支情况：${y}年，我单位年初基本支出预算${m(basicBudget)}。年终基本支出决算${m(f.basic)}，其中对个人和家庭的补助支出${m(household)}，商品和服务支出${m(f.publicTotal)}，工资福利支出${m(f.personnelTotal - household)}。`,
    '2、“三公”经费总支出情况',
    `${y}年，我单位“三公”经费预算${m(b.total)}（其中公务接待${m(b.reception)}，公务用车运行费${m(b.vehicleOperation)}），一年来我单位严格按照中央厉行节约政策开展工作，年终决算共支出${m(a.total)}，其中公务接待${m(a.reception)}，公务用车${m(a.vehicle)}，${bought}，三公经费控制率在100%以下，未超预算。`,
    '3、因公出国（境）费用支出和公务用车（购置）情况。',
    `${y}年，我单位因公出国（境）费用支出为${a.abroad > 0 ? m(a.abroad) : '0'}，${f.vehicles > 0 ? `公务用车保有量为${f.vehicles}辆` : '由于实行公车改革，局机关公车保有量为0，也无公车购置情况'}。`,
    '（二）项目支出：', '1.项目资金（包括财政资金、自筹资金等）安排落实、总投入等情况分析。',
    `${y}年我单位项目支出预算${m(projectBudget)}，实际支出${m(f.project)}。`,
    '三、部门项目实施情况',
    '我单位严格遵守财经管理制度，强化财务管理和监督，确保项目资金规范、安全、落到实处。',
    '四、资产管理情况',
    '为规范固定资产的管理，我单位制定了《固定资产管理制度》，资产保管完整，账实相符。',
    '五、部门整体支出绩效情况', ...rng.sample(ACHIEVEMENTS, 3).map((t, i) => `${chineseOrdinal(i + 1)}是${t}。`),
    '六、存在的主要问题', ...rng.sample(PROBLEMS, 2).map((t, i) => `${i + 1}、${t}`),
    '七、改进措施和有关建议', '1. 合理编制年度预算。科学设置部门年度绩效目标，尽量减少中途调项和追加，保持预算执行的严肃性。',
    '八、部门整体支出绩效评价等级',
    `我单位 ${y} 年度部门整体支出在预算执行与分配、单位资产管理与有效利用、部门年度重点工作任务实施与职责履行等方面总体执行情况“${grade}”。围绕目标设定、预算配置、预算执行、预算管理、资产管理、职责履行、工作成效、社会效益等方面进行评价，项目综合评分为 ${score} 分，评价等次为“${grade}”。`,
  ].flatMap((t) => [prose(ctx, t), '']);
  const projectScore = Math.min(100, Math.floor(f.scoreTenths / 10) + rng.int(-3, 3));
  return [
    '', '', d, `${y} 年部门整体支出绩效自评报告`, '', `${chineseYear(y + 1)}年${chineseOrdinal(rng.int(3, 6))}月${chineseOrdinal(rng.int(1, 28))}日`, '',
    ...text,
    '附件 1', '', '部门整体支出绩效自评基础数据表', '', `填报单位：${d}`, '',
    `财政供养人员情况\t编制数\t${y} 年实际 在职人数\t控制率`,
    `\t${f.staff.authorised}\t${f.staff.serving}\t${percent(f.staff.serving, f.staff.authorised, 2)}`,
    `经费控制情况\t${y - 1} 年决算数\t${y} 年预算数\t${y} 年决算数`,
    `三公经费\t${n(prev.total)}\t${n(b.total)}\t${n(a.total)}`,
    `1、公务用车购置和维护经费\t${vehicle(prev.vehicle)}\t${vehicle(b.vehicle)}\t${vehicle(a.vehicle)}`,
    `其中：公车购置\t${vehicle(prev.vehiclePurchase)}\t${vehicle(b.vehiclePurchase)}\t${vehicle(a.vehiclePurchase)}`,
    `公车运行维护\t${vehicle(prev.vehicleOperation)}\t${vehicle(b.vehicleOperation)}\t${vehicle(a.vehicleOperation)}`,
    `2、出国经费\t${n(prev.abroad)}\t${n(b.abroad)}\t${n(a.abroad)}`,
    `3、公务接待\t${n(prev.reception)}\t${n(b.reception)}\t${n(a.reception)}`,
    `项目支出：\t${n(f.previous.project)}\t${n(projectBudget)}\t${n(f.project)}`,
    `公用经费\t${n(f.previous.operatingCosts)}\t${n(f.operatingBudget)}\t${n(f.publicTotal)}`,
    `部门整体支出预算调整\t——\t\t${n(f.expenditureTotal)}`,
    '厉行节约保障措施\t我单位严格执行上级“八项规定”和相关厉行节约政策，相应制定了公务接待、公务用车、差旅、会议、培训等制度，并汇编成册。\t\t', '',
    '说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。', '',
    '附件 2', '', `${y} 年部门整体支出绩效自评表`, '',
    `部门（单位）名称\t\t${d}\t\t\t\t\t`,
    '整体支出规模\t\t\t\t全年预算数\t全年执行数\t执行率\t',
    `\t\t资金来源：（1）财政拨款\t\t${n(fund)}\t${n(f.expenditureTotal)}\t${percent(f.expenditureTotal, fund, 2)}\t`,
    '\t\t（2）其他资金\t\t0\t0\t\t',
    `\t\t资金结构：（1）基本支出\t\t${n(basicBudget)}\t${n(f.basic)}\t${percent(f.basic, basicBudget, 2)}\t`,
    `\t\t（2）项目支出\t\t${n(projectBudget)}\t${n(f.project)}\t${percent(f.project, projectBudget, 2)}\t`,
    '一级指标\t权重\t二级指标\t三级指标\t年度指标值\t全年完成值\t自评得分\t偏差及原因分析',
    `总分\t\t\t\t\t100\t${score}\t`, '',
    '附件 3', '', `${y} 年项目支出绩效自评表`, '',
    `项目支出名称\t${ctx.department.bureau.topic}专项工作经费\t\t\t\t\t\t\t`,
    `主管部门\t${ctx.department.region.prefix}人民政府\t\t\t实施单位\t${d}\t\t\t`,
    `总 分\t\t\t\t\t\t100\t${projectScore}\t`, '',
  ];
}
