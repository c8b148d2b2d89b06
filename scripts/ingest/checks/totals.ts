// The totals of the report agree with each other: the 01 identities, 01 vs 02/03,
// 04 vs 05, and basic + project = expenditure.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import { compareSame, compareSum } from './compare.ts';
import { amountsAfterLabel, findTable, totalRow } from './table-access.ts';

export function totalsChecks(entry: DepartmentYear): Check[] {
  const s = entry.summary ?? {};
  const checks: Check[] = [];
  if (s.expenditureTotal !== undefined && s.basicExpenditure !== undefined && s.projectExpenditure !== undefined) {
    checks.push(compareSum({ id: 'summary.basicPlusProject', what: '基本支出 + 项目支出', stated: s.expenditureTotal, statedLabel: '本年支出合计', parts: [s.basicExpenditure, s.projectExpenditure], field: 'summary.expenditureTotal' }));
  }
  const t01 = findTable(entry.tables, 'summary');
  if (t01 && s.grandTotal !== undefined) {
    const nonFiscalBalance = amountsAfterLabel(t01, /^使用非财政拨款结余/)?.numbers[0];
    const distribution = amountsAfterLabel(t01, /^结余分配/)?.numbers[0];
    if (s.incomeTotal !== undefined) checks.push(compareSum({ id: '公开01.incomeSide', what: '公开01 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', stated: s.grandTotal, statedLabel: '总计', parts: [s.incomeTotal, nonFiscalBalance, s.openingBalance], field: 'summary.grandTotal' }));
    if (s.expenditureTotal !== undefined) checks.push(compareSum({ id: '公开01.expenditureSide', what: '公开01 本年支出合计 + 结余分配 + 年末结转和结余', stated: s.grandTotal, statedLabel: '总计', parts: [s.expenditureTotal, distribution, s.closingBalance], field: 'summary.grandTotal' }));
  }
  const t02 = findTable(entry.tables, 'income');
  const t03 = findTable(entry.tables, 'expenditure');
  const t05 = findTable(entry.tables, 'generalBudget');
  const t04 = findTable(entry.tables, 'fiscalSummary');
  const income02 = t02 && totalRow(t02)?.numbers[0];
  if (income02 !== undefined && s.incomeTotal !== undefined) checks.push(compareSame('totals.income', '收入合计', { label: '公开01', value: s.incomeTotal }, { label: '公开02', value: income02 }, 'summary.incomeTotal'));
  const expenditure03 = t03 && totalRow(t03)?.numbers[0];
  if (expenditure03 !== undefined && s.expenditureTotal !== undefined) checks.push(compareSame('totals.expenditure', '支出合计', { label: '公开01', value: s.expenditureTotal }, { label: '公开03', value: expenditure03 }, 'summary.expenditureTotal'));
  if (t04 && t05) {
    const general04 = amountsAfterLabel(t04, /^本年支出合计/)?.numbers[1];
    const general05 = totalRow(t05)?.numbers[0];
    if (general04 !== undefined && general05 !== undefined) checks.push(compareSame('totals.generalBudget', '一般公共预算财政拨款支出', { label: '公开04', value: general04 }, { label: '公开05', value: general05 }));
  }
  if (t01 && t04) {
    const fiscal01 = amountsAfterLabel(t01, /^一、一般公共预算财政拨款(收入)?$/)?.numbers[0];
    const fiscal04 = amountsAfterLabel(t04, /^一、一般公共预算财政拨款(收入)?$/)?.numbers[0];
    if (fiscal01 !== undefined && fiscal04 !== undefined) checks.push(compareSame('totals.fiscalIncome', '一般公共预算财政拨款收入', { label: '公开01', value: fiscal01 }, { label: '公开04', value: fiscal04 }));
  }
  return checks;
}
