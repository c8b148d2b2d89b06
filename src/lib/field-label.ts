// What a figure of the data contract is called, in the reports' own words, from its dotted
// path ("threePublic.actual.reception" → "公务接待费决算数"): one naming for the ingest's checks
// and messages (scripts/ingest/wording.ts re-exports it) and the pages that word them.
import type { Summary, ThreePublicFigures } from './schema.ts';

export const SUMMARY_LABELS: Record<keyof Summary, string> = {
  incomeTotal: '本年收入合计', expenditureTotal: '本年支出合计', basicExpenditure: '基本支出', projectExpenditure: '项目支出',
  openingBalance: '年初结转和结余', closingBalance: '年末结转和结余', grandTotal: '收、支总计',
};

export const THREE_PUBLIC_LABELS: Record<keyof ThreePublicFigures, string> = {
  total: '合计', abroad: '因公出国（境）费', vehicle: '公务用车购置及运行费', vehiclePurchase: '公务用车购置费', vehicleOperation: '公务用车运行费', reception: '公务接待费',
};

/** "“三公”经费预算数", "公务接待费决算数". */
export function threePublicLabel(side: 'budget' | 'actual', key: keyof ThreePublicFigures): string {
  const figure = side === 'budget' ? '预算数' : '决算数';
  return key === 'total' ? `“三公”经费${figure}` : `${THREE_PUBLIC_LABELS[key]}${figure}`;
}

const PROCUREMENT: Record<string, string> = {
  total: '政府采购支出总额', goods: '政府采购货物支出', works: '政府采购工程支出', services: '政府采购服务支出', smeAwarded: '授予中小企业合同金额',
};
const FUNCTION_COLUMNS: Record<string, string> = { total: '本年支出合计', basic: '基本支出', project: '项目支出' };
const BUDGET_EXECUTION: Record<string, string> = { budget: '年初预算', actual: '支出决算', rate: '完成率' };
const OTHER: Record<string, string> = {
  operatingCosts: '机关运行经费', 'performance.score': '自评得分',
  'basicByEconomic.personnelTotal': '人员经费合计', 'basicByEconomic.publicTotal': '公用经费合计',
  'budgetExecutionTotal.budget': '年初预算数', 'budgetExecutionTotal.actual': '一般公共预算财政拨款支出决算数',
};

/**
 * What a figure of the data contract is, in words, from its dotted path:
 * "threePublic.actual.reception" → "公务接待费决算数", "expenditureByFunction.2060499.total"
 * (with the subject's name) → "2060499 其他技术与开发支出 本年支出合计".
 */
export function fieldLabel(field: string, name?: string): string {
  if (OTHER[field]) return OTHER[field];
  const [head, key, leaf] = field.split('.');
  const subject = (code: string) => (name ? `${code} ${name}` : code);
  if (head === 'summary' && key in SUMMARY_LABELS) return SUMMARY_LABELS[key as keyof Summary];
  if (head === 'threePublic' && (key === 'budget' || key === 'actual') && leaf in THREE_PUBLIC_LABELS) return threePublicLabel(key, leaf as keyof ThreePublicFigures);
  if (head === 'procurement' && PROCUREMENT[key]) return PROCUREMENT[key];
  if (head === 'expenditureByFunction' && key) return `${subject(key)} ${FUNCTION_COLUMNS[leaf] ?? '本年支出合计'}`;
  if (head === 'basicByEconomic' && key) return `基本支出 ${subject(key)}`;
  if (head === 'budgetExecution' && key) return `${subject(key)} ${BUDGET_EXECUTION[leaf] ?? '支出决算'}`;
  return name ?? field;
}
