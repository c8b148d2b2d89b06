// The totals of the report agree with each other: the 01 identities, 01 vs 02/03,
// 04 vs 05, and basic + project = expenditure.
import type { Check, DepartmentYear, Table } from '../../../src/lib/schema.ts';
import { compareSame, compareSum } from './compare.ts';
import { findTable } from './table-access.ts';
import { labelledEntry, mainAmount, totalEntry } from '../tables/table-rows.ts';
import { tableName } from '../tables/model.ts';
import { listed } from '../wording.ts';

export function totalsChecks(entry: DepartmentYear): Check[] {
  const s = entry.summary ?? {};
  const checks: Check[] = [];
  if (s.expenditureTotal !== undefined && s.basicExpenditure !== undefined && s.projectExpenditure !== undefined) {
    checks.push(compareSum({ id: 'summary.basicPlusProject', what: '基本支出与项目支出', stated: s.expenditureTotal, statedLabel: '本年支出合计', parts: [s.basicExpenditure, s.projectExpenditure], field: 'summary.expenditureTotal' }));
  }
  const t01 = findTable(entry.tables, 'summary');
  if (t01 && s.grandTotal !== undefined) {
    const nonFiscalBalance = amountOf(t01, /^使用非财政拨款结余/);
    const distribution = amountOf(t01, /^结余分配/);
    const where = tableName(t01);
    if (s.incomeTotal !== undefined) checks.push(compareSum({ id: 'summary.incomeSide', where, what: statedOf([['本年收入合计', s.incomeTotal], ['使用非财政拨款结余', nonFiscalBalance], ['年初结转和结余', s.openingBalance]]), stated: s.grandTotal, statedLabel: '总计', parts: [s.incomeTotal, nonFiscalBalance, s.openingBalance], field: 'summary.grandTotal' }));
    if (s.expenditureTotal !== undefined) checks.push(compareSum({ id: 'summary.expenditureSide', where, what: statedOf([['本年支出合计', s.expenditureTotal], ['结余分配', distribution], ['年末结转和结余', s.closingBalance]]), stated: s.grandTotal, statedLabel: '总计', parts: [s.expenditureTotal, distribution, s.closingBalance], field: 'summary.grandTotal' }));
  }
  const t02 = findTable(entry.tables, 'income');
  const t03 = findTable(entry.tables, 'expenditure');
  const t05 = findTable(entry.tables, 'generalBudget');
  const t04 = findTable(entry.tables, 'fiscalSummary');
  const income02 = t02 && totalOf(t02);
  if (income02 !== undefined && s.incomeTotal !== undefined) checks.push(compareSame({ id: 'totals.income', kind: 'cross-table', what: '本年收入合计', a: { label: nameOf(t01), value: s.incomeTotal }, b: { label: nameOf(t02), value: income02 }, field: 'summary.incomeTotal' }));
  const expenditure03 = t03 && totalOf(t03);
  if (expenditure03 !== undefined && s.expenditureTotal !== undefined) checks.push(compareSame({ id: 'totals.expenditure', kind: 'cross-table', what: '本年支出合计', a: { label: nameOf(t01), value: s.expenditureTotal }, b: { label: nameOf(t03), value: expenditure03 }, field: 'summary.expenditureTotal' }));
  if (t04 && t05) {
    const general04 = labelledEntry(t04, /^本年支出合计/)?.amounts.generalBudget;
    const general05 = totalOf(t05);
    if (general04 !== undefined && general05 !== undefined) checks.push(compareSame({ id: 'totals.generalBudget', kind: 'cross-table', what: '一般公共预算财政拨款支出', a: { label: nameOf(t04), value: general04 }, b: { label: nameOf(t05), value: general05 } }));
  }
  if (t01 && t04) {
    const fiscal01 = amountOf(t01, /^一、一般公共预算财政拨款(收入)?$/);
    const fiscal04 = amountOf(t04, /^一、一般公共预算财政拨款(收入)?$/);
    if (fiscal01 !== undefined && fiscal04 !== undefined) checks.push(compareSame({ id: 'totals.fiscalIncome', kind: 'cross-table', what: '一般公共预算财政拨款收入', a: { label: nameOf(t01), value: fiscal01 }, b: { label: nameOf(t04), value: fiscal04 } }));
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

/** How the report names the table; without 公开01 the summary's totals were read from the 情况说明. */
function nameOf(table: Table | undefined): string {
  return table ? tableName(table) : '情况说明';
}

/** The figures a total adds up, those the report states: "本年收入合计与年初结转和结余". */
function statedOf(parts: [string, number | undefined][]): string {
  return listed(parts.filter(([, value]) => value !== undefined).map(([name]) => name));
}
