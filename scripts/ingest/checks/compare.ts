// Build a check from a stated figure and the figures that should make it up.
import Decimal from 'decimal.js';
import { agreement, sum } from '../../../src/lib/money.ts';
import { formatWan } from '../../../src/lib/money.ts';
import type { Check, SourceRef } from '../../../src/lib/schema.ts';

export interface Comparison {
  id: string;
  /** What is being compared, in words, e.g. "公开03 类 rows" */
  what: string;
  stated: number;
  statedLabel: string;
  parts: (number | undefined)[] | Decimal;
  field?: string;
  source?: SourceRef;
}

/** stated vs sum(parts): pass, rounding (≤ 0.01 per addend) or fail, with both figures in the message. */
export function compareSum(c: Comparison): Check {
  const isDecimal = !Array.isArray(c.parts);
  const computed = isDecimal ? (c.parts as Decimal) : sum(c.parts as (number | undefined)[]);
  const addends = isDecimal ? 1 : Math.max(1, (c.parts as unknown[]).filter((p) => p !== undefined).length);
  const status = agreement(c.stated, computed, addends);
  const diff = computed.minus(c.stated).abs();
  const tail = status === 'pass' ? '' : status === 'rounding' ? ` (difference ${diff.toFixed(2)}, within rounding)` : ` (difference ${diff.toFixed(2)})`;
  return {
    id: c.id,
    status,
    message: `${c.what} give ${formatWan(computed)}, ${c.statedLabel} is ${formatWan(c.stated)}${tail}`,
    ...(c.field ? { field: c.field } : {}),
    ...(c.source ? { source: c.source } : {}),
    kind: 'sum',
    values: [{ label: c.statedLabel, value: c.stated }, { label: c.what, value: computed.toNumber() }],
    difference: diff.toNumber(),
  };
}

/** Two statements of the same figure (table vs prose, report vs report). */
export function compareSame(id: string, what: string, a: { label: string; value: number }, b: { label: string; value: number }, field?: string, source?: SourceRef): Check {
  const status = agreement(a.value, b.value, 1);
  const diff = sum([a.value, -b.value]).abs();
  const verdict = status === 'pass' ? 'agree' : status === 'rounding' ? `differ by ${diff.toFixed(2)}, within rounding` : `disagree by ${diff.toFixed(2)}`;
  return {
    id, status,
    message: `${what}: ${a.label} ${formatWan(a.value)}, ${b.label} ${formatWan(b.value)} (${verdict})`,
    ...(field ? { field } : {}),
    ...(source ? { source } : {}),
    kind: 'same',
    values: [{ label: `${what}（${a.label}）`, value: a.value }, { label: `${what}（${b.label}）`, value: b.value }],
    difference: diff.toNumber(),
  };
}

/**
 * summarise() for many sums: the same result, but a sum that passes is never turned into a
 * Check (its message would be dropped anyway), so a table of hundreds of cells stays cheap.
 */
export function summariseSums(id: string, comparisons: Comparison[], passMessage: string): Check[] {
  if (comparisons.length === 0) return [];
  // A table's amounts recur (a row is a part of its parent and the total of its own split):
  // convert each to a Decimal once.
  const decimals = new Map<number, Decimal>();
  const exact = (value: number) => {
    let d = decimals.get(value);
    if (!d) decimals.set(value, (d = new Decimal(value)));
    return d;
  };
  const notPassed = comparisons.filter((c) => !passes(c, exact)).map(compareSum);
  return notPassed.length === 0 ? [{ id, status: 'pass', message: passMessage }] : notPassed;
}

/** Whether the parts add up to the stated figure exactly (compareSum would say pass). */
function passes(c: Comparison, exact: (value: number) => Decimal): boolean {
  if (!Array.isArray(c.parts)) return c.parts.equals(c.stated);
  let total = new Decimal(0);
  for (const part of c.parts) if (part !== undefined) total = total.plus(exact(part));
  return total.equals(exact(c.stated));
}

/** The arguments of compareSame, for summariseSame. */
export type SamePair = Parameters<typeof compareSame>;

/** summarise() for compareSame pairs (and ready checks); a pair that agrees exactly is never formatted. */
export function summariseSame(id: string, pairs: (SamePair | Check)[], passMessage: string): Check[] {
  if (pairs.length === 0) return [];
  const notPassed = pairs
    .filter((p) => !Array.isArray(p) || !new Decimal(p[2].value).equals(p[3].value))
    .map((p) => (Array.isArray(p) ? compareSame(...p) : p))
    .filter((c) => c.status !== 'pass');
  return notPassed.length === 0 ? [{ id, status: 'pass', message: passMessage }] : notPassed;
}

/** Collapse many checks of one rule: keep every non-pass one, and one pass line when all passed. */
export function summarise(id: string, checks: Check[], passMessage: string): Check[] {
  if (checks.length === 0) return [];
  const notPassed = checks.filter((c) => c.status !== 'pass');
  if (notPassed.length === 0) return [{ id, status: 'pass', message: passMessage }];
  return notPassed;
}
