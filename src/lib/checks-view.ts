// Checks as the pages show them: beside the figure they concern, in Chinese.
import type { Check, CheckStatus } from './schema.ts';
import { isUnder } from './field-path.ts';

export const CHECK_STATUS_LABEL: Record<CheckStatus, string> = {
  pass: '通过',
  rounding: '尾数误差',
  repaired: '已修正',
  fail: '未通过',
};

/** Checks about one figure or anything under it. */
export function checksAbout(checks: readonly Check[], path: string): Check[] {
  return checks.filter((c) => c.field !== undefined && isUnder(c.field, path));
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
