// 第五部分 附件: the start of the 部门整体支出绩效评价报告 the older reports attach.
// It restates totals (consistent with the tables) but is not read for the truth.
import { money, PLAIN, prose, type ReportContext } from './context.ts';

export function classicAppendix(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const y = ctx.year;
  const m = (fen: number) => money(ctx, fen, PLAIN);
  const budget = f.budgetExecution.reduce((s, i) => s + i.budget, 0);
  const text = [
    `${y}年末共有人员编制${f.staff.authorised}人，年末实有在职${f.staff.serving}人，退休${f.staff.retired}人。`,
    '二、预算收支情况（按单位预算口径）',
    `${y}年预算收入${m(f.fiscalIncome + f.otherIncome)}，其中年初预算${m(budget)}，${f.fiscalIncome >= budget ? '调整追加' : '调整减少'}${m(Math.abs(f.fiscalIncome - budget))}。其他资金来源${m(f.otherIncome)}。`,
    `${y}年支出${m(f.expenditureTotal)}，其中基本支出${m(f.basic)}，项目支出${m(f.project)}。`,
    '三、资金使用及绩效情况（包含单位管理的公共专项）',
    '全年预算执行及时、有效，各项工作任务顺利完成，绩效目标得到较好实现。',
    '四、绩效管理存在的问题及下一步改进措施',
    '加强学习，树立现代绩效管理理念，设立科学合理的绩效目标和指标，增强目标约束力。',
  ];
  return [
    '第五部分', '', '附件', '', `${y} 年度部门整体支出绩效评价报告`, '', '一、预算单位基本情况', '',
    ...text.flatMap((t) => [prose(ctx, t), '']),
  ];
}
