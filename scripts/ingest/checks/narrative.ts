// The prose restates figures of the tables; where it does, the two must agree.
import type { Check, DepartmentYear, FunctionRow, Summary, ThreePublicFigures } from '../../../src/lib/schema.ts';
import type { ProseReading } from '../prose/index.ts';
import { agreement, formatWan, sum } from '../../../src/lib/money.ts';
import { compareSame, summariseSame, type SamePair } from './compare.ts';

const SUMMARY_LABELS: Record<keyof Summary, string> = {
  incomeTotal: '本年收入合计', expenditureTotal: '本年支出合计', basicExpenditure: '基本支出', projectExpenditure: '项目支出',
  openingBalance: '年初结转和结余', closingBalance: '年末结转和结余', grandTotal: '收、支总计',
};
const THREE_PUBLIC_LABELS: Record<keyof ThreePublicFigures, string> = {
  total: '合计', abroad: '因公出国（境）费', vehicle: '公务用车购置及运行费', vehiclePurchase: '公务用车购置费', vehicleOperation: '公务用车运行费', reception: '公务接待费',
};

type TableSide = Pick<DepartmentYear, 'summary' | 'expenditureByFunction' | 'threePublic' | 'basicByEconomic'> & { generalBudgetRows?: FunctionRow[] };

export function narrativeChecks(tables: TableSide, prose: ProseReading): Check[] {
  const checks: Check[] = [];
  for (const key of Object.keys(SUMMARY_LABELS) as (keyof Summary)[]) {
    const t = tables.summary?.[key];
    const p = prose.summary?.[key];
    if (t !== undefined && p !== undefined) checks.push(compareSame(`narrative.summary.${key}`, SUMMARY_LABELS[key], { label: 'tables', value: t }, { label: 'prose', value: p }, `summary.${key}`));
  }
  checks.push(...basicSplitChecks(tables, prose));
  // The 结构 paragraph describes 一般公共预算财政拨款 spending: the 一般公共预算 table's figures,
  // not the all-funds 支出决算表 (they differ where other funds were spent).
  const tableClasses = new Map((tables.generalBudgetRows ?? tables.expenditureByFunction ?? []).filter((r) => r.level === '类').map((r) => [r.code, r.total]));
  const classChecks = (prose.expenditureByFunction ?? []).filter((r) => r.level === '类' && tableClasses.has(r.code)).map((r): SamePair =>
    ['narrative.classes', `${r.code} ${r.name}`, { label: 'tables', value: tableClasses.get(r.code)! }, { label: 'prose', value: r.total }, `expenditureByFunction.${r.code}`, r.source]);
  checks.push(...summariseSame('narrative.classes', classChecks, 'the 类 amounts in the prose equal the function table'));
  for (const side of ['budget', 'actual'] as const) {
    for (const key of Object.keys(THREE_PUBLIC_LABELS) as (keyof ThreePublicFigures)[]) {
      const t = tables.threePublic?.[side]?.[key];
      const p = prose.threePublic?.[side]?.[key];
      if (t !== undefined && p !== undefined) checks.push(compareSame(`narrative.threePublic.${side}.${key}`, `三公${side === 'budget' ? '预算' : '决算'} ${THREE_PUBLIC_LABELS[key]}`, { label: 'table', value: t }, { label: 'prose', value: p }, `threePublic.${side}.${key}`));
    }
  }
  return checks;
}

/**
 * The prose's 人员经费 and 公用经费 against the 基本支出决算表 (fiscal funds only): only when
 * the 基本支出 the prose splits is that table's. Some reports split the all-funds 基本支出 of
 * the 支出决算表 under the words 一般公共预算财政拨款: different figures, not compared.
 */
function basicSplitChecks(tables: TableSide, prose: ProseReading): Check[] {
  const economic = tables.basicByEconomic;
  const fiscal = economic?.personnelTotal !== undefined && economic.publicTotal !== undefined
    ? sum([economic.personnelTotal, economic.publicTotal]).toNumber() : undefined;
  const basis = prose.basicBasis;
  const allFunds = tables.summary?.basicExpenditure;
  if (basis !== undefined && fiscal !== undefined && agreement(basis, fiscal, 2) === 'fail'
    && allFunds !== undefined && agreement(basis, allFunds, 1) !== 'fail') {
    return [{
      id: 'narrative.basicByEconomic.basis', status: 'pass', kind: 'narrative-vs-table', field: 'basicByEconomic',
      message: `the prose splits 基本支出 ${formatWan(basis)} (all funds, as the 支出决算表) into 人员经费 and 公用经费; the 基本支出决算表 splits the fiscal 基本支出 ${formatWan(fiscal)}: different figures, not compared`,
      values: [{ label: '情况说明 基本支出', value: basis }, { label: '基本支出决算表 人员经费合计 + 公用经费合计', value: fiscal }],
    }];
  }
  return (['personnelTotal', 'publicTotal'] as const).flatMap((key) => {
    const t = economic?.[key];
    const p = prose.basicByEconomic?.[key];
    return t !== undefined && p !== undefined ? [compareSame(`narrative.basicByEconomic.${key}`, key === 'personnelTotal' ? '人员经费' : '公用经费', { label: 'table', value: t }, { label: 'prose', value: p }, `basicByEconomic.${key}`)] : [];
  });
}
