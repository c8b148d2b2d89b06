// Checks as the pages show them: beside the figure they concern, in Chinese.
import type { Check, CheckStatus } from './schema.ts';

export const CHECK_STATUS_LABEL: Record<CheckStatus, string> = {
  pass: '通过',
  rounding: '尾数误差',
  repaired: '已修正',
  fail: '未通过',
};

// A department-year page asks about one figure after another (each row of the function table,
// of 基本支出, of every raw table): its checks are indexed once, under every dotted prefix of
// their field ("a.b.c" under "a", "a.b" and "a.b.c"), which is where isUnder finds them.
const byPath = new WeakMap<readonly Check[], Map<string, Check[]>>();

function indexByPath(checks: readonly Check[]): Map<string, Check[]> {
  const index = new Map<string, Check[]>();
  for (const check of checks) {
    const field = check.field;
    if (field === undefined) continue;
    for (let dot = field.indexOf('.'); ; dot = field.indexOf('.', dot + 1)) {
      const path = dot < 0 ? field : field.slice(0, dot);
      const list = index.get(path);
      if (list) list.push(check);
      else index.set(path, [check]);
      if (dot < 0) break;
    }
  }
  return index;
}

/** Checks about one figure or anything under it (isUnder), in their order. */
export function checksAbout(checks: readonly Check[], path: string): Check[] {
  let index = byPath.get(checks);
  if (!index) byPath.set(checks, (index = indexByPath(checks)));
  return index.get(path)?.slice() ?? [];
}

/** Checks that need a reader's attention (anything but a clean pass). */
export function notPassed(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.status !== 'pass');
}

/** The most serious status among checks: fail > repaired > rounding > pass; undefined when none. */
export function worstStatus(checks: readonly Check[]): CheckStatus | undefined {
  const order: CheckStatus[] = ['fail', 'repaired', 'rounding', 'pass'];
  return order.find((status) => checks.some((c) => c.status === status));
}

export interface CheckCounts {
  pass: number;
  rounding: number;
  repaired: number;
  fail: number;
}

export function countChecks(checks: readonly Check[]): CheckCounts {
  const counts: CheckCounts = { pass: 0, rounding: 0, repaired: 0, fail: 0 };
  for (const c of checks) counts[c.status] += 1;
  return counts;
}

/** "53 项：未通过 1 · 已修正 1 · 尾数误差 31 · 通过 20" (statuses that occur, problems first). */
export function countsText(counts: CheckCounts): string {
  const total = counts.pass + counts.rounding + counts.repaired + counts.fail;
  const parts = (['fail', 'repaired', 'rounding', 'pass'] as const).filter((k) => counts[k] > 0).map((k) => `${CHECK_STATUS_LABEL[k]} ${counts[k]}`);
  return `${total} 项${parts.length ? `：${parts.join(' · ')}` : ''}`;
}
