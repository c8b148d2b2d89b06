// Without tables (a prose-only report) the function rows come from the prose; their
// hierarchy still has to add up: Σ 类 = 本年支出合计, 类 = Σ 款, 款 = Σ 项.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import { compareSum, summarise } from './compare.ts';

export function functionRowChecks(entry: DepartmentYear): Check[] {
  const rows = entry.expenditureByFunction ?? [];
  if (rows.length === 0) return [];
  const checks: Check[] = [];
  const classes = rows.filter((r) => r.level === '类');
  const total = entry.budgetExecutionTotal?.actual ?? entry.summary?.expenditureTotal;
  if (total !== undefined && classes.length > 0) {
    checks.push(compareSum({ id: 'function.classSum', what: `the ${classes.length} 类 amounts`, stated: total, statedLabel: '支出合计', parts: classes.map((r) => r.total), field: 'summary.expenditureTotal' }));
  }
  const nested = rows.filter((r) => r.level !== '项').flatMap((parent) => {
    const children = rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    if (children.length === 0) return [];
    return [compareSum({ id: 'function.hierarchy', what: `the ${parent.level === '类' ? '款' : '项'} rows under ${parent.code} ${parent.name}`, stated: parent.total, statedLabel: parent.code, parts: children.map((r) => r.total), field: `expenditureByFunction.${parent.code}`, source: parent.source })];
  });
  return [...checks, ...summarise('function.hierarchy', nested, 'every 类 equals the sum of its 款 and every 款 the sum of its 项')];
}
