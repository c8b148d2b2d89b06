// 第三部分（三）一般公共预算财政拨款支出决算具体情况: one item per 项, its 年初预算 and
// 支出决算 (= the 项 total of 05表) and the stated reason for the difference.
import { functionSubject } from '../catalogue/functional.ts';
import type { Random } from '../random.ts';
import { LESS_REASONS, LESS_REASONS_STAFF, MORE_REASONS, MORE_REASONS_STAFF } from '../text/phrases.ts';
import { portion } from './amounts.ts';
import type { BudgetItemFigures, FunctionRowFigures } from './types.ts';

/** Staff-cost and running lines are budgeted at the start of the year; projects often are not. */
const STAFF = /^(2080501|2080505|2080506|2080801|2101101|2101103|2210201)$/;
const BUDGETED = (code: string) => STAFF.test(code) || code.endsWith('01');

export function budgetExecution(rng: Random, rows: readonly FunctionRowFigures[], quantum: number): BudgetItemFigures[] {
  return rows.filter((r) => r.level === '项').map((r) => {
    const planned = BUDGETED(r.code) ? !rng.chance(0.1) : rng.chance(0.45);
    const staff = STAFF.test(r.code);
    let budget = planned ? portion(r.total, rng.int(700, 1300), quantum) : 0;
    if (budget === r.total) budget += quantum; // an item exactly on budget has no reason to state
    return {
      code: r.code,
      path: [functionSubject(r.code.slice(0, 3)).name, functionSubject(r.code.slice(0, 5)).name, r.name],
      budget,
      actual: r.total,
      reason: rng.pick(budget < r.total ? (staff ? MORE_REASONS_STAFF : MORE_REASONS) : (staff ? LESS_REASONS_STAFF : LESS_REASONS)),
    };
  });
}
