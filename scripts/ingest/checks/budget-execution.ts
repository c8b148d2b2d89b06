// Budget-execution items: each `actual` agrees with its 项 row of the function table,
// and the items add up to the stated 决算数 and 年初预算数.
import type { Check, DepartmentYear, FunctionRow } from '../../../src/lib/schema.ts';
import { compareSum, summariseSame, type SamePair } from './compare.ts';
import { findTable } from './table-access.ts';
import { codedEntries, mainAmount } from '../tables/table-rows.ts';

export function budgetExecutionChecks(entry: DepartmentYear, hasTables: boolean): Check[] {
  const items = entry.budgetExecution ?? [];
  if (items.length === 0) return [];
  const checks: Check[] = [];
  const itemRows = hasTables ? itemTotals(entry) : new Map<string, number>();
  const perItem = items.flatMap((item, i): (SamePair | Check)[] => {
    if (!item.code) {
      return [{ id: 'budgetExecution.unresolved', status: 'fail', message: `item ${i + 1} (${item.path.join(' / ')}) could not be resolved to a 功能分类 code`, field: `budgetExecution.${i}`, ...(item.source ? { source: item.source } : {}) }];
    }
    const tableValue = itemRows.get(item.code);
    if (tableValue === undefined || item.actual === undefined) return [];
    return [['budgetExecution.matchesTable', `${item.code} ${item.path.at(-1) ?? ''} 支出决算`, { label: 'prose', value: item.actual }, { label: 'function table', value: tableValue }, `budgetExecution.${item.code}`, item.source]];
  });
  checks.push(...summariseSame('budgetExecution.matchesTable', perItem, `every budget-execution item's 支出决算 equals its 项 row in the function table`));
  const total = entry.budgetExecutionTotal;
  if (total?.actual !== undefined && items.every((i) => i.actual !== undefined)) {
    checks.push(compareSum({ id: 'budgetExecution.actualSum', what: `the ${items.length} items' 支出决算`, stated: total.actual, statedLabel: '一般公共预算财政拨款支出决算数', parts: items.map((i) => i.actual), field: 'budgetExecutionTotal.actual' }));
  }
  if (total?.budget !== undefined && items.every((i) => i.budget !== undefined)) {
    checks.push(compareSum({ id: 'budgetExecution.budgetSum', what: `the ${items.length} items' 年初预算`, stated: total.budget, statedLabel: '年初预算数', parts: items.map((i) => i.budget), field: 'budgetExecutionTotal.budget' }));
  }
  return checks;
}

/** 项 totals from 公开05 (general budget, what the items describe), else 公开03, else the function rows. */
function itemTotals(entry: DepartmentYear): Map<string, number> {
  const table = findTable(entry.tables, 'generalBudget') ?? findTable(entry.tables, 'expenditure');
  const rows: [string, number | undefined][] = table
    ? codedEntries(table).map((r) => [r.code!, mainAmount(r)])
    : (entry.expenditureByFunction ?? []).map((r: FunctionRow) => [r.code, r.total]);
  return new Map(rows.filter((r): r is [string, number] => r[0].length === 7 && r[1] !== undefined));
}
