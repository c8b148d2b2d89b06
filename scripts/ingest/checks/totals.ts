// The totals of the report agree with each other: the 01 identities, 01 vs 02/03,
// 04 vs 05, and basic + project = expenditure.
import type { Check, DepartmentYear, Table } from '../../../src/lib/schema.ts';
import { compareSame, compareSum } from './compare.ts';
import { findTable } from './table-access.ts';
import { labelledEntry, mainAmount, totalEntry } from '../tables/table-rows.ts';

export function totalsChecks(entry: DepartmentYear): Check[] {
  const s = entry.summary ?? {};
  const checks: Check[] = [];
  if (s.expenditureTotal !== undefined && s.basicExpenditure !== undefined && s.projectExpenditure !== undefined) {
    checks.push(compareSum({ id: 'summary.basicPlusProject', what: '基本支出 + 项目支出', stated: s.expenditureTotal, statedLabel: '本年支出合计', parts: [s.basicExpenditure, s.projectExpenditure], field: 'summary.expenditureTotal' }));
  }
  const t01 = findTable(entry.tables, 'summary');
  if (t01 && s.grandTotal !== undefined) {
    const nonFiscalBalance = amountOf(t01, /^使用非财政拨款结余/);
    const distribution = amountOf(t01, /^结余分配/);
    const name = t01.id === t01.title ? t01.title : t01.id;
    if (s.incomeTotal !== undefined) checks.push(compareSum({ id: 'summary.incomeSide', what: `${name} 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余`, stated: s.grandTotal, statedLabel: '总计', parts: [s.incomeTotal, nonFiscalBalance, s.openingBalance], field: 'summary.grandTotal' }));
    if (s.expenditureTotal !== undefined) checks.push(compareSum({ id: 'summary.expenditureSide', what: `${name} 本年支出合计 + 结余分配 + 年末结转和结余`, stated: s.grandTotal, statedLabel: '总计', parts: [s.expenditureTotal, distribution, s.closingBalance], field: 'summary.grandTotal' }));
  }
  const t02 = findTable(entry.tables, 'income');
  const t03 = findTable(entry.tables, 'expenditure');
  const t05 = findTable(entry.tables, 'generalBudget');
  const t04 = findTable(entry.tables, 'fiscalSummary');
  const income02 = t02 && totalOf(t02);
  if (income02 !== undefined && s.incomeTotal !== undefined) checks.push(compareSame('totals.income', '收入合计', { label: nameOf(t01, '收入支出决算总表'), value: s.incomeTotal }, { label: nameOf(t02), value: income02 }, 'summary.incomeTotal'));
  const expenditure03 = t03 && totalOf(t03);
  if (expenditure03 !== undefined && s.expenditureTotal !== undefined) checks.push(compareSame('totals.expenditure', '支出合计', { label: nameOf(t01, '收入支出决算总表'), value: s.expenditureTotal }, { label: nameOf(t03), value: expenditure03 }, 'summary.expenditureTotal'));
  if (t04 && t05) {
    const general04 = labelledEntry(t04, /^本年支出合计/)?.amounts.generalBudget;
    const general05 = totalOf(t05);
    if (general04 !== undefined && general05 !== undefined) checks.push(compareSame('totals.generalBudget', '一般公共预算财政拨款支出', { label: nameOf(t04), value: general04 }, { label: nameOf(t05), value: general05 }));
  }
  if (t01 && t04) {
    const fiscal01 = amountOf(t01, /^一、一般公共预算财政拨款(收入)?$/);
    const fiscal04 = amountOf(t04, /^一、一般公共预算财政拨款(收入)?$/);
    if (fiscal01 !== undefined && fiscal04 !== undefined) checks.push(compareSame('totals.fiscalIncome', '一般公共预算财政拨款收入', { label: nameOf(t01), value: fiscal01 }, { label: nameOf(t04), value: fiscal04 }));
  }
  return checks;
}

/** The amount of the entry labelled so (a 总表 row such as 使用非财政拨款结余). */
function amountOf(table: Table, label: RegExp): number | undefined {
  const entry = labelledEntry(table, label);
  return entry && mainAmount(entry);
}

/** The 合计 row's total column. */
function totalOf(table: Table): number | undefined {
  const total = totalEntry(table);
  return total && mainAmount(total);
}

/** "公开03" where the report numbers its tables, else the title. */
function nameOf(table: Table | undefined, fallback = ''): string {
  if (!table) return fallback;
  return /^公开\d{2}$/.test(table.id) ? table.id : table.title;
}
