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
  const totalLabel = entry.budgetExecutionTotal?.actual !== undefined ? '一般公共预算财政拨款支出决算数' : '本年支出合计';
  if (total !== undefined && classes.length > 0) {
    checks.push(compareSum({ id: 'function.classSum', where: '情况说明', what: `所列 ${classes.length} 个类的支出`, stated: total, statedLabel: totalLabel, parts: classes.map((r) => r.total), field: 'summary.expenditureTotal' }));
  }
  const nested = rows.filter((r) => r.level !== '项').flatMap((parent) => {
    const children = rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    if (children.length === 0) return [];
    const subject = `${parent.code} ${parent.name}`;
    return [compareSum({ id: 'function.hierarchy', where: '情况说明', what: `${subject}下属各${parent.level === '类' ? '款' : '项'}`, stated: parent.total, statedLabel: subject, parts: children.map((r) => r.total), field: `expenditureByFunction.${parent.code}`, source: parent.source })];
  });
  return [...checks, ...summarise('function.hierarchy', nested, '情况说明：每一类都等于下属各款之和，每一款都等于下属各项之和', 'sum')];
}
