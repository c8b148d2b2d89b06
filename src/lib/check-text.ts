// A check as a reader reads it, in Chinese: what was checked (from its stable id), the
// sentence (the ingest's own when it reads as Chinese, else worded here from the figures it
// compared) and the figures with Chinese labels. Ids and field paths never reach a page.
import type { Check, CheckStatus, SourceRef, Summary, ThreePublicFigures } from './schema.ts';
import { difference } from './money.ts';
import { wan } from './format.ts';
import { readsAsChinese } from './latin-words.ts';

const TABLE: Record<string, string> = {
  summary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表',
  generalBudget: '一般公共预算财政拨款支出决算表',
  economic: '基本支出决算表',
  governmentFund: '政府性基金预算财政拨款收入支出决算表',
  stateCapital: '国有资本经营预算财政拨款支出决算表',
  function: '情况说明',
};

const SUMMARY: Record<keyof Summary, string> = {
  incomeTotal: '本年收入合计', expenditureTotal: '本年支出合计', basicExpenditure: '基本支出', projectExpenditure: '项目支出',
  openingBalance: '年初结转和结余', closingBalance: '年末结转和结余', grandTotal: '收支总计',
};

const THREE_PUBLIC: Record<keyof ThreePublicFigures, string> = {
  total: '合计', abroad: '因公出国（境）费', vehicle: '公务用车购置及运行费', vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行（维护）费', reception: '公务接待费',
};

const SIDE: Record<string, string> = { budget: '预算数', actual: '决算数' };

const FIXED: Record<string, string> = {
  'function.hierarchy': '支出功能分类：类、款、项层级完整',
  'function.classSum': '情况说明所列各类支出之和等于本年支出合计',
  'summary.basicPlusProject': '基本支出与项目支出之和等于本年支出合计',
  'summary.incomeSide': '收入支出决算总表：收入方各项之和等于总计',
  'summary.expenditureSide': '收入支出决算总表：支出方各项之和等于总计',
  'totals.income': '各表的本年收入合计一致',
  'totals.expenditure': '各表的本年支出合计一致',
  'totals.generalBudget': '各表的一般公共预算财政拨款支出一致',
  'totals.fiscalIncome': '各表的一般公共预算财政拨款收入一致',
  'economic.basicSplit': '人员经费与公用经费之和等于基本支出',
  'economic.basicSplit.basis': '基本支出决算表中人员经费、公用经费的口径',
  'economic.personnelClasses': '人员经费各类之和等于人员经费合计',
  'economic.publicClasses': '公用经费各类之和等于公用经费合计',
  'budgetExecution.matchesTable': '预算执行：各项决算数与支出决算表一致',
  'budgetExecution.actualSum': '预算执行：各项决算数之和等于总数',
  'budgetExecution.budgetSum': '预算执行：各项年初预算之和等于总数',
  'budgetExecution.unresolved': '预算执行：科目名称能对应到科目编码',
  'narrative.classes': '情况说明中各类支出与决算表一致',
  'narrative.basicByEconomic.basis': '情况说明中人员经费、公用经费的口径',
  'narrative.basicByEconomic.personnelTotal': '情况说明与决算表的人员经费一致',
  'narrative.basicByEconomic.publicTotal': '情况说明与决算表的公用经费一致',
  'repair.budgetPath': '读取更正：预算执行科目的上级科目',
  'repair.economicName': '读取更正：经济分类科目名称',
  'repair.economicCode': '读取更正：经济分类科目编码',
  'repair.code': '读取更正：科目编码',
  'repair.header': '读取更正：表头',
  'repair.rowAlignment': '读取更正：错位的行',
  'sources.agree': '两份报告共同列出的数字一致',
  'sources.disagree': '两份报告共同列出的数字一致',
  'history.restated': '本报告所写的上年数字与上年度报告一致',
};

const BY_KIND: Record<string, string> = {
  sum: '合计与分项之和一致',
  'cross-table': '不同表格的同一数字一致',
  'narrative-vs-table': '情况说明与决算表一致',
  sources: '两份报告共同列出的数字一致',
  restated: '上年数字与上年报告一致',
  repair: '读取更正',
  resolution: '科目名称能对应到科目编码',
};

const LEVEL_RULE: Record<string, string> = {
  classSum: '各类之和等于合计',
  subclassSum: '各款之和等于所属类',
  itemSum: '各项之和等于所属款',
  rowSplit: '每行合计等于各栏之和',
  hierarchy: '类、款、项层级完整',
};

/** What a check compares, in words: "支出决算表：各项之和等于所属款". */
export function checkTitle(check: Pick<Check, 'id' | 'kind'>): string {
  const { id } = check;
  if (FIXED[id]) return FIXED[id];
  const [head, second, third] = id.split('.');
  if (LEVEL_RULE[second] && TABLE[head]) return `${TABLE[head]}：${LEVEL_RULE[second]}`;
  if (head === 'threePublic' && SIDE[second]) {
    const what = third === 'vehicle' ? '公务用车购置费与运行费之和等于公务用车购置及运行费' : '三项之和等于合计';
    return `“三公”经费${SIDE[second]}：${what}`;
  }
  if (head === 'narrative' && second === 'summary' && third in SUMMARY) return `情况说明与决算表的${SUMMARY[third as keyof Summary]}一致`;
  if (head === 'narrative' && second === 'threePublic') {
    const [side, key] = id.split('.').slice(2);
    const label = THREE_PUBLIC[key as keyof ThreePublicFigures];
    if (SIDE[side] && label) return `情况说明与决算表的“三公”经费${SIDE[side]}（${label}）一致`;
  }
  return (check.kind && BY_KIND[check.kind]) || '算术与一致性核验';
}

export interface CheckFigure {
  label: string;
  value: number;
  source?: SourceRef;
}

// Labels the ingest wrote before its wording was Chinese: what they stand for.
const ENGLISH_LABELS: [RegExp, string][] = [
  [/[（(]\s*tables?\s*[)）]/gi, '（决算表）'],
  [/[（(]\s*prose\s*[)）]/gi, '（情况说明）'],
];

function figureLabel(label: string, index: number, kind: string | undefined): string {
  if (readsAsChinese(label)) return label;
  let text = label;
  for (const [pattern, word] of ENGLISH_LABELS) text = text.replace(pattern, word);
  if (readsAsChinese(text)) return text;
  // The stated figure comes first; the second is the sum (or the other statement) it was compared with.
  if (kind === 'sum') return index === 0 ? '所列合计' : '各分项之和';
  return index === 0 ? '所列数字' : '另一处所列数字';
}

/** The figures a check compared, the stated one first, with Chinese labels. */
export function checkFigures(check: Check): CheckFigure[] {
  return (check.values ?? []).map((v, i) => ({ label: figureLabel(v.label, i, check.kind), value: v.value, ...(v.source ? { source: v.source } : {}) }));
}

const VERDICT_ALONE: Record<CheckStatus, string> = {
  pass: '相符',
  rounding: '有尾数误差',
  repaired: '读取时已更正，原文见出处',
  fail: '不相符',
};

/**
 * The sentence a reader reads: the ingest's message when it is Chinese; otherwise worded
 * from the figures: "各分项之和 3,037.10 万元，与所列合计 3,037.09 万元相差 0.01 万元（尾数误差）".
 */
export function checkSentence(check: Check): string {
  if (readsAsChinese(check.message)) return check.message;
  const figures = checkFigures(check);
  if (figures.length < 2 || check.status === 'repaired') return `${checkTitle(check)}：${VERDICT_ALONE[check.status]}`;
  const [stated, other] = figures;
  const gap = check.difference ?? difference(stated.value, other.value).abs().toNumber();
  const verdict = check.status === 'pass' || gap === 0
    ? '两者相符'
    : `相差 ${wan(gap)} 万元${check.status === 'rounding' ? '（尾数误差）' : ''}`;
  return `${other.label} ${wan(other.value)} 万元，与${stated.label} ${wan(stated.value)} 万元${verdict}`;
}

/** A tooltip for the checks about one figure: "核验通过：…；…". */
export function checkTooltip(checks: readonly Check[]): string {
  const sentences = [...new Set(checks.map(checkSentence))];
  return `核验通过：${sentences.join('；')}`;
}
