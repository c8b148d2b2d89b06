// 公开06: 人员经费合计 + 公用经费合计 = 基本支出; the 类 rows add up to each 合计; 款 add up to 类.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import { PERSONNEL_CLASSES } from '../../../src/lib/classification/economic.ts';
import { agreement, sum } from '../../../src/lib/money.ts';
import { compareSum, summariseSums, type Comparison } from './compare.ts';
import { wan } from '../wording.ts';
import { findTable } from './table-access.ts';
import { totalEntry } from '../tables/table-rows.ts';
import { tableName } from '../tables/model.ts';

export function economicChecks(entry: DepartmentYear): Check[] {
  const e = entry.basicByEconomic;
  if (!e) return [];
  const checks: Check[] = [];
  const t06 = findTable(entry.tables, 'basicEconomic');
  const table = t06 ? tableName(t06) : '基本支出决算表';
  const fiscal = generalBudgetBasic(entry);
  const basic = fiscal?.value ?? entry.summary?.basicExpenditure;
  const split = e.personnelTotal !== undefined && e.publicTotal !== undefined ? sum([e.personnelTotal, e.publicTotal]).toNumber() : undefined;
  const allFunds = entry.summary?.basicExpenditure;
  if (t06 && !fiscal && split !== undefined && allFunds !== undefined && agreement(allFunds, split, 2) === 'fail') {
    // 06 splits the 一般公共预算财政拨款 基本支出 only; without 05 the report states no such
    // figure, and the all-funds 基本支出 may hold other funds: different figures, not compared.
    checks.push({
      id: 'economic.basicSplit.basis', status: 'pass', kind: 'sum', field: 'basicByEconomic',
      message: `${table}分的是一般公共预算财政拨款基本支出（人员经费合计与公用经费合计之和 ${wan(split)}），报告没有一般公共预算财政拨款支出决算表给出这一数字；基本支出（全部资金）为 ${wan(allFunds)}：两者口径不同，不作比较`,
      values: [{ label: `${table} 人员经费合计与公用经费合计之和`, value: split }, { label: '基本支出（全部资金）', value: allFunds }],
    });
  } else if (basic !== undefined && e.personnelTotal !== undefined && e.publicTotal !== undefined) {
    checks.push(compareSum({ id: 'economic.basicSplit', what: `${t06 ? table : '情况说明'}中的人员经费合计与公用经费合计`, stated: basic, statedLabel: fiscal ? `${fiscal.table}中的基本支出` : '基本支出', parts: [e.personnelTotal, e.publicTotal], field: 'basicByEconomic.personnelTotal' }));
  }
  const classes = e.rows.filter((r) => r.level === '类');
  const personnel = classes.filter((r) => PERSONNEL_CLASSES.has(r.code));
  const other = classes.filter((r) => !PERSONNEL_CLASSES.has(r.code));
  const codes = (rows: typeof classes) => (rows.length ? `（${rows.map((r) => r.code).join('、')}）` : '');
  // A report without tables states the two totals in prose but no 类 rows to add up.
  if (classes.length > 0 && e.personnelTotal !== undefined) checks.push(compareSum({ id: 'economic.personnelClasses', where: table, what: `人员经费各类${codes(personnel)}`, stated: e.personnelTotal, statedLabel: '人员经费合计', parts: personnel.map((r) => r.amount), field: 'basicByEconomic.personnelTotal' }));
  if (classes.length > 0 && e.publicTotal !== undefined) checks.push(compareSum({ id: 'economic.publicClasses', where: table, what: `公用经费各类${codes(other)}`, stated: e.publicTotal, statedLabel: '公用经费合计', parts: other.map((r) => r.amount), field: 'basicByEconomic.publicTotal' }));
  const subclassChecks = classes.map((c): Comparison => {
    const children = e.rows.filter((r) => r.level === '款' && r.code.startsWith(c.code));
    return { id: 'economic.subclassSum', where: table, what: `${c.code} ${c.name}下属各款`, stated: c.amount, statedLabel: `${c.code} ${c.name}`, parts: children.map((r) => r.amount), field: `basicByEconomic.${c.code}`, source: c.source };
  }).filter((_, i) => e.rows.some((r) => r.level === '款' && r.code.startsWith(classes[i].code)));
  return [...checks, ...summariseSums('economic.subclassSum', subclassChecks, `${table}：每一类都等于下属各款之和`)];
}

/** 06 covers 一般公共预算财政拨款 only, so compare with 05's 基本支出 when the report has it. */
function generalBudgetBasic(entry: DepartmentYear): { value: number; table: string } | undefined {
  const t05 = findTable(entry.tables, 'generalBudget');
  const value = t05 ? totalEntry(t05)?.amounts.basic : undefined;
  return t05 && value !== undefined ? { value, table: tableName(t05) } : undefined;
}
