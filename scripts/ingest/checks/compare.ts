// Build a check from a stated figure and the figures that should make it up.
import type Decimal from 'decimal.js';
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
  };
}

/** Collapse many checks of one rule: keep every non-pass one, and one pass line when all passed. */
export function summarise(id: string, checks: Check[], passMessage: string): Check[] {
  if (checks.length === 0) return [];
  const notPassed = checks.filter((c) => c.status !== 'pass');
  if (notPassed.length === 0) return [{ id, status: 'pass', message: passMessage }];
  return notPassed;
}
