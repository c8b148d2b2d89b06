// Sentences the generated reports draw from, written in the seeds' wording. None of them
// contains "。" inside, so a reason read up to the next "。" is the whole reason.

/** 决算数大于年初预算数的主要原因是：… — for staff-cost lines, then for other lines. */
export const MORE_REASONS_STAFF = [
  '追加了离退休人员综治奖',
  '财政追加去世人员抚恤金',
  '人员增加，相应经费增加',
  '缴费基数提高，按实有人员结算',
  '部分人员缴费基数调整',
];
export const MORE_REASONS = [
  '追加运转经费开支等',
  '上级追加了专项工作经费',
  '使用上年结转指标，不在年初预算体现',
  '一是使用上年结转指标，不在年初预算体现；二是财政对指标进行调整',
  '上年上级专款结转指标，不在年初预算体现',
  '追加专项业务工作经费',
  '根据开展业务工作需要，科目调剂',
  '上级专款拨入及上年结转指标，不在年初预算体现',
];

/** 决算数小于年初预算数的主要原因是：… */
export const LESS_REASONS_STAFF = [
  '在职转退休人员，缴费支出相应减少',
  '部分人员缴费基数调整',
  '人员减少，相应支出减少',
];
export const LESS_REASONS = [
  '财政压缩费用，指标结转至下年使用',
  '严格执行厉行节约规定，压减一般性支出',
  '部分项目未完成，资金结转下年使用',
];

/** 主要是因为… (year-on-year change of totals). */
export const INCREASE_CAUSES = [
  '增加专项工作经费和人员经费',
  '人员增加及工资调标',
  '上级追加专项资金',
  '补发以前年度绩效奖金',
  '新增重点项目建设资金',
];
export const DECREASE_CAUSES = [
  '继续强化过“紧日子”工作的决策部署，进一步压减一般性支出',
  '部分项目完成后不再安排资金',
  '人员减少，人员经费相应减少',
  '上年一次性项目支出本年未发生',
];

/** Why a 三公 line moved, by line: [decrease, increase]. */
export const THREE_PUBLIC_CAUSES: Record<'abroad' | 'reception' | 'vehicle', [string[], string[]]> = {
  abroad: [['本年度未安排因公出国（境）团组', '严格控制因公出国（境）团组数量和人数'], ['按计划安排因公出国（境）考察学习']],
  reception: [['严格执行中央八项规定精神，压减公务接待批次和人数', '严格控制接待标准和陪同人数'], ['本年公务接待批次增加', '上级部门来我单位检查指导工作增加']],
  vehicle: [['严格控制公务用车使用，降低运行成本', '公务用车减少，运行维护费相应减少'], ['公务用车车况较差，维修费用增加', '按规定程序更新公务用车']],
};

/** 一、部门职责 items; {topic} is the bureau's field, {all} 全市/全区/全县, {gov} 市/区/县. */
export const DUTIES = [
  '贯彻落实国家和省有关{topic}工作的法律法规和方针政策；负责监督检查{topic}领域相关法律法规和政策的执行情况。',
  '拟订{all}{topic}领域的发展规划、年度计划及相关政策并组织实施；会同有关部门研究解决{topic}工作中的重大问题。',
  '负责{all}{topic}领域的日常运行调节，监测分析运行态势，进行预测预警和信息引导，协调解决运行中的突出矛盾和问题并提出政策建议。',
  '负责{topic}领域专项资金的管理和使用，会同有关部门做好资金绩效评价和监督检查工作。',
  '组织推进{topic}领域改革创新，指导基层单位加强能力建设和规范化管理。',
  '负责{topic}领域的安全生产、应急管理和行政执法工作。',
  '负责{topic}领域的统计分析和信息发布工作，推进政务公开和信息化建设。',
  '指导{all}{topic}领域人才队伍建设和培训工作；负责联系相关行业协会和社会组织。',
  '负责有关行政复议和行政诉讼应诉工作。',
];
export const LAST_DUTY = '承办{gov}委、{gov}人民政府交办的其他事项。';

export const OFFICES = [
  '办公室', '人事科', '财务审计科', '政策法规科', '综合科', '规划发展科', '督查室', '行政审批服务科',
  '安全监督科', '信息中心', '机关党委', '离退休人员管理服务科', '综合执法大队', '项目管理科',
];

/** Performance highlights for the 绩效自评报告 (figures are not part of the truth). */
export const ACHIEVEMENTS = [
  '围绕中心工作，全面完成年度目标任务，重点工作推进有力',
  '强化预算执行管理，资金使用规范，支出进度符合要求',
  '深化“放管服”改革，优化营商环境，服务对象满意度持续提升',
  '加强内部控制制度建设，财务管理规范，资产管理完整',
  '落实过“紧日子”要求，严控一般性支出，“三公”经费持续压减',
];

export const PROBLEMS = [
  '预算编制需更加科学合理',
  '绩效目标设置不够细化量化',
  '项目支出进度不够均衡',
  '绩效管理意识有待加强',
];

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
