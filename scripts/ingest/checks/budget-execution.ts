// Budget-execution items: each `actual` agrees with its 项 row of the function table,
// and the items add up to the stated 决算数 and 年初预算数.
import type { Check, DepartmentYear, FunctionRow } from '../../../src/lib/schema.ts';
import { compareSum, summariseSame, type SamePair } from './compare.ts';
import { findTable } from './table-access.ts';
import { codedEntries, mainAmount } from '../tables/table-rows.ts';
import { tableName } from '../tables/model.ts';
import { subjectText } from '../wording.ts';

export function budgetExecutionChecks(entry: DepartmentYear, hasTables: boolean): Check[] {
  const items = entry.budgetExecution ?? [];
  if (items.length === 0) return [];
  const checks: Check[] = [];
  const itemRows = hasTables ? itemTotals(entry) : { rows: new Map<string, number>(), name: '' };
  const perItem = items.flatMap((item, i): (SamePair | Check)[] => {
    if (!item.code) {
      return [{ id: 'budgetExecution.unresolved', status: 'fail', kind: 'resolution', message: `情况说明所列第 ${i + 1} 个预算执行科目“${subjectText(item.path)}”找不到对应的支出功能分类科目编码`, field: `budgetExecution.${i}`, ...(item.source ? { source: item.source } : {}) }];
    }
    const tableValue = itemRows.rows.get(item.code);
    if (tableValue === undefined || item.actual === undefined) return [];
    return [{
      id: 'budgetExecution.matchesTable', kind: 'narrative-vs-table', what: `${item.code} ${item.path.at(-1) ?? ''}的支出决算`,
      a: { label: '情况说明', value: item.actual }, b: { label: itemRows.name, value: tableValue }, field: `budgetExecution.${item.code}`, ...(item.source ? { source: item.source } : {}),
    }];
  });
  checks.push(...summariseSame('budgetExecution.matchesTable', perItem, `情况说明所列各科目的支出决算都与${itemRows.name}中相应的项相符`, 'narrative-vs-table'));
  const total = entry.budgetExecutionTotal;
  if (total?.actual !== undefined && items.every((i) => i.actual !== undefined)) {
    checks.push(compareSum({ id: 'budgetExecution.actualSum', where: '情况说明', what: `所列 ${items.length} 个科目的支出决算`, stated: total.actual, statedLabel: '一般公共预算财政拨款支出决算数', parts: items.map((i) => i.actual), field: 'budgetExecutionTotal.actual' }));
  }
  if (total?.budget !== undefined && items.every((i) => i.budget !== undefined)) {
    checks.push(compareSum({ id: 'budgetExecution.budgetSum', where: '情况说明', what: `所列 ${items.length} 个科目的年初预算`, stated: total.budget, statedLabel: '年初预算数', parts: items.map((i) => i.budget), field: 'budgetExecutionTotal.budget' }));
  }
  return checks;
}

/** 项 totals from 公开05 (general budget, what the items describe), else 公开03, else the function rows; and the table's name. */
function itemTotals(entry: DepartmentYear): { rows: Map<string, number>; name: string } {
  const table = findTable(entry.tables, 'generalBudget') ?? findTable(entry.tables, 'expenditure');
  const rows: [string, number | undefined][] = table
    ? codedEntries(table).map((r) => [r.code!, mainAmount(r)])
    : (entry.expenditureByFunction ?? []).map((r: FunctionRow) => [r.code, r.total]);
  return {
    rows: new Map(rows.filter((r): r is [string, number] => r[0].length === 7 && r[1] !== undefined)),
    name: table ? tableName(table) : '支出功能分类',
  };
}
