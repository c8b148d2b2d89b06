// For a report without tables, the 项 rows of the function classification come from the
// budget-execution items, and a 款 row from the sum of its 项 — but only when the items of
// its 类 add up to the 类 total stated in the structure paragraph, i.e. none is missing.
import type { BudgetExecutionItem, FunctionRow } from '../../../src/lib/schema.ts';
import { agreement, sum } from '../../../src/lib/money.ts';
import { wan } from '../wording.ts';
import { warn, type ProseContext } from './context.ts';

type Resolved = BudgetExecutionItem & { code: string; actual: number };

export function rowsFromItems(
  items: readonly BudgetExecutionItem[], classRows: readonly FunctionRow[], context: ProseContext,
): FunctionRow[] {
  const usable = items.filter((i): i is Resolved => i.code?.length === 7 && i.actual !== undefined);
  const rows: FunctionRow[] = usable.map((i) => ({
    code: i.code, name: i.path[2] ?? i.path.at(-1)!, level: '项', total: i.actual, source: i.source,
  }));
  for (const classRow of classRows) {
    const inClass = usable.filter((i) => i.code.startsWith(classRow.code));
    if (inClass.length === 0) continue;
    if (agreement(classRow.total, sum(inClass.map((i) => i.actual)), inClass.length) === 'fail') {
      warn(context, 'prose.incompleteItems',
        `${classRow.name}：预算执行各科目之和与该类合计 ${wan(classRow.total)}不符，不列出其下各款`,
        classRow.source?.line);
      continue;
    }
    for (const kuan of new Set(inClass.map((i) => i.code.slice(0, 5)))) {
      const members = inClass.filter((i) => i.code.startsWith(kuan));
      rows.push({ code: kuan, name: members[0].path[1] ?? kuan, level: '款', total: sum(members.map((i) => i.actual)).toNumber() });
    }
  }
  return rows;
}

/** 类, then each 款 followed by its 项: code order is hierarchy order. */
export function inCodeOrder(rows: readonly FunctionRow[]): FunctionRow[] {
  return [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
