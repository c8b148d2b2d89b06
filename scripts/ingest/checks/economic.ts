// 公开06: 人员经费合计 + 公用经费合计 = 基本支出; the 类 rows add up to each 合计; 款 add up to 类.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import { PERSONNEL_CLASSES } from '../../../src/lib/classification/economic.ts';
import { compareSum, summariseSums, type Comparison } from './compare.ts';
import { findTable } from './table-access.ts';
import { totalEntry } from '../tables/table-rows.ts';


export function economicChecks(entry: DepartmentYear): Check[] {
  const e = entry.basicByEconomic;
  if (!e) return [];
  const checks: Check[] = [];
  const basic = generalBudgetBasic(entry) ?? entry.summary?.basicExpenditure;
  if (basic !== undefined && e.personnelTotal !== undefined && e.publicTotal !== undefined) {
    checks.push(compareSum({ id: 'economic.basicSplit', what: `${e.rows.length ? '公开06 ' : ''}人员经费合计 + 公用经费合计`, stated: basic, statedLabel: '一般公共预算财政拨款基本支出', parts: [e.personnelTotal, e.publicTotal], field: 'basicByEconomic.personnelTotal' }));
  }
  const classes = e.rows.filter((r) => r.level === '类');
  // A report without tables states the two totals in prose but no 类 rows to add up.
  if (classes.length > 0 && e.personnelTotal !== undefined) checks.push(compareSum({ id: 'economic.personnelClasses', what: '公开06 人员经费 类 rows', stated: e.personnelTotal, statedLabel: '人员经费合计', parts: classes.filter((r) => PERSONNEL_CLASSES.has(r.code)).map((r) => r.amount), field: 'basicByEconomic.personnelTotal' }));
  if (classes.length > 0 && e.publicTotal !== undefined) checks.push(compareSum({ id: 'economic.publicClasses', what: '公开06 公用经费 类 rows', stated: e.publicTotal, statedLabel: '公用经费合计', parts: classes.filter((r) => !PERSONNEL_CLASSES.has(r.code)).map((r) => r.amount), field: 'basicByEconomic.publicTotal' }));
  const subclassChecks = classes.map((c): Comparison => {
    const children = e.rows.filter((r) => r.level === '款' && r.code.startsWith(c.code));
    return { id: 'economic.subclassSum', what: `公开06 款 rows under ${c.code} ${c.name}`, stated: c.amount, statedLabel: c.code, parts: children.map((r) => r.amount), field: `basicByEconomic.${c.code}`, source: c.source };
  }).filter((_, i) => e.rows.some((r) => r.level === '款' && r.code.startsWith(classes[i].code)));
  return [...checks, ...summariseSums('economic.subclassSum', subclassChecks, '公开06: every 类 equals the sum of its 款')];
}

/** 06 covers 一般公共预算财政拨款 only, so compare with 05's 基本支出 when the report has it. */
function generalBudgetBasic(entry: DepartmentYear): number | undefined {
  const t05 = findTable(entry.tables, 'generalBudget');
  return t05 ? totalEntry(t05)?.amounts.basic : undefined;
}
