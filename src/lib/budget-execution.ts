// 一般公共预算财政拨款支出决算具体情况: 年初预算 vs 决算 per 项, with the execution rate.
import type { BudgetExecutionItem, SourceRef } from './schema.ts';
import { difference, share, toNumber } from './money.ts';
import { functionalEntry } from './classification/functional.ts';

export interface ExecutionRow {
  code?: string;
  /** The 项 name (last step of the path). */
  name: string;
  path: string[];
  budget?: number;
  actual?: number;
  /** 完成率 in percent: as the report states it, else actual / budget (1 decimal). */
  rate?: number;
  rateStated: boolean;
  /** actual − budget. */
  change?: number;
  reason?: string;
  /** Where the item was read. */
  source?: SourceRef;
  /**
   * The 类 and 款 above the item: the classification's names for its code (so a code the
   * ingest repaired is never shown under the path the report wrote), else the report's path.
   */
  ancestors: string[];
}

/** The classification's names of the 类 and 款 above a code; undefined when it does not know them. */
function ancestorNames(code: string | undefined): string[] | undefined {
  if (!code || code.length < 5) return undefined;
  const names = [code.slice(0, 3), code.slice(0, 5)].slice(0, code.length === 7 ? 2 : 1).map((c) => functionalEntry(c)?.name);
  return names.every(Boolean) ? (names as string[]) : undefined;
}

export function executionRows(items: readonly BudgetExecutionItem[]): ExecutionRow[] {
  return items.map((item) => {
    const computed = item.budget !== undefined && item.actual !== undefined ? share(item.actual, item.budget) : undefined;
    const rate = item.rate ?? (computed === undefined ? undefined : toNumber(computed, 1));
    return {
      code: item.code,
      name: item.path[item.path.length - 1] ?? '',
      path: item.path,
      budget: item.budget,
      actual: item.actual,
      rate,
      rateStated: item.rate !== undefined,
      change: item.budget !== undefined && item.actual !== undefined ? difference(item.actual, item.budget).toNumber() : undefined,
      reason: item.reason,
      ...(item.source ? { source: item.source } : {}),
      ancestors: ancestorNames(item.code) ?? item.path.slice(0, -1),
    };
  });
}

/** 三公 execution rate (actual / budget, percent, 1 decimal), undefined without both or with a zero budget. */
export function executionRate(budget: number | undefined, actual: number | undefined): number | undefined {
  if (budget === undefined || actual === undefined) return undefined;
  const s = share(actual, budget);
  return s === undefined ? undefined : toNumber(s, 1);
}
