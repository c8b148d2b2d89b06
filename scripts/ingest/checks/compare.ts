// Build a check from a stated figure and the figures that should make it up, or from two
// statements of one figure: a Chinese sentence for readers, and the figures, their
// difference and the rounding tolerance as data for pages that word it their own way.
import Decimal from 'decimal.js';
import { agreement, sum, type Agreement } from '../../../src/lib/money.ts';
import type { Check, SourceRef } from '../../../src/lib/schema.ts';
import { prefixed, wan } from '../wording.ts';

/**
 * What a check compares (`Check.kind`). The one list:
 * - `sum`: a stated total against the sum of the figures that make it up (合计 = Σ 分项)
 * - `cross-table`: one figure as two tables of the report state it
 * - `narrative-vs-table`: a figure of the 情况说明 against the table that states it
 * - `sources`: one figure as two documents about the department-year state it
 * - `repair`: what the ingest corrected in the published text, with the proof (status repaired)
 * - `resolution`: a budget-execution item no functional classification code was found for
 */
export type CheckKind = 'sum' | 'cross-table' | 'narrative-vs-table' | 'sources' | 'repair' | 'resolution';

export interface Comparison {
  id: string;
  /** Where all the figures are printed ("公开03 支出决算表", "情况说明"); left out when the labels say it. */
  where?: string;
  /** The column all the figures are read from ("本年支出合计"). */
  column?: string;
  /** The figures added, in words: "各类", "人员经费合计与公用经费合计". */
  what: string;
  stated: number;
  /** The stated figure, in words: "合计", "基本支出". */
  statedLabel: string;
  parts: (number | undefined)[] | Decimal;
  field?: string;
  source?: SourceRef;
}

/** 0.01 万元 per addend: the unit conversion's tail differences (尾数误差) the reports warn of. */
function tolerance(addends: number): Decimal {
  return new Decimal('0.01').times(Math.max(1, addends));
}

/** "相符", "相差 0.01 万元（尾数误差）", "相差 4.62 万元，超出尾数误差允许范围（0.13 万元）". */
function verdict(status: Agreement, difference: Decimal, allowed: Decimal): string {
  if (status === 'pass') return '相符';
  const by = `相差 ${wan(difference)}`;
  return status === 'rounding' ? `${by}（尾数误差）` : `${by}，超出尾数误差允许范围（${wan(allowed)}）`;
}

/** stated vs sum(parts): pass, rounding (≤ 0.01 per addend) or fail, with both figures in the message. */
export function compareSum(c: Comparison): Check {
  const isDecimal = !Array.isArray(c.parts);
  const computed = isDecimal ? (c.parts as Decimal) : sum(c.parts as (number | undefined)[]);
  const addends = isDecimal ? 1 : Math.max(1, (c.parts as unknown[]).filter((p) => p !== undefined).length);
  const status = agreement(c.stated, computed, addends);
  const diff = computed.minus(c.stated).abs();
  const allowed = tolerance(addends);
  const lead = c.where ? `${c.where}${c.column ? `“${c.column}”栏` : ''}：` : '';
  const label = (text: string) => `${c.where ? `${c.where} ` : ''}${text}${c.column ? `（${c.column}）` : ''}`;
  return {
    id: c.id,
    status,
    message: `${lead}${c.what}之和 ${wan(computed)}，${prefixed('与', c.statedLabel)} ${wan(c.stated)}${verdict(status, diff, allowed)}`,
    ...(c.field ? { field: c.field } : {}),
    ...(c.source ? { source: c.source } : {}),
    kind: 'sum',
    values: [{ label: label(c.statedLabel), value: c.stated }, { label: label(`${c.what}之和`), value: computed.toNumber() }],
    difference: diff.toNumber(),
    tolerance: allowed.toNumber(),
  };
}

/** One figure, as one statement gives it: where ("公开01 收入支出决算总表", "情况说明") and the value. */
export interface Statement { label: string; value: number }

/** Two statements of the same figure (table vs table, prose vs table, report vs report). */
export interface SamePair {
  id: string;
  kind: 'cross-table' | 'narrative-vs-table' | 'sources';
  /** The figure, in words: "本年收入合计". */
  what: string;
  a: Statement;
  b: Statement;
  field?: string;
  source?: SourceRef;
}

export function compareSame({ id, kind, what, a, b, field, source }: SamePair): Check {
  const status = agreement(a.value, b.value, 1);
  const diff = sum([a.value, -b.value]).abs();
  const allowed = tolerance(1);
  return {
    id, status,
    message: `${what}：${a.label} ${wan(a.value)}，${b.label} ${wan(b.value)}，两者${verdict(status, diff, allowed)}`,
    ...(field ? { field } : {}),
    ...(source ? { source } : {}),
    kind,
    values: [{ label: `${a.label} ${what}`, value: a.value }, { label: `${b.label} ${what}`, value: b.value }],
    difference: diff.toNumber(),
    tolerance: allowed.toNumber(),
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
  return notPassed.length === 0 ? [{ id, status: 'pass', message: passMessage, kind: 'sum' }] : notPassed;
}

/** Whether the parts add up to the stated figure exactly (compareSum would say pass). */
function passes(c: Comparison, exact: (value: number) => Decimal): boolean {
  if (!Array.isArray(c.parts)) return c.parts.equals(c.stated);
  let total = new Decimal(0);
  for (const part of c.parts) if (part !== undefined) total = total.plus(exact(part));
  return total.equals(exact(c.stated));
}

/** summarise() for compareSame pairs (and ready checks); a pair that agrees exactly is never formatted. */
export function summariseSame(id: string, pairs: (SamePair | Check)[], passMessage: string, kind: SamePair['kind']): Check[] {
  if (pairs.length === 0) return [];
  const notPassed = pairs
    .filter((p) => 'status' in p || !new Decimal(p.a.value).equals(p.b.value))
    .map((p) => ('status' in p ? p : compareSame(p)))
    .filter((c) => c.status !== 'pass');
  return notPassed.length === 0 ? [{ id, status: 'pass', message: passMessage, kind }] : notPassed;
}

/** Collapse many checks of one rule: keep every non-pass one, and one pass line when all passed. */
export function summarise(id: string, checks: Check[], passMessage: string, kind: CheckKind): Check[] {
  if (checks.length === 0) return [];
  const notPassed = checks.filter((c) => c.status !== 'pass');
  if (notPassed.length === 0) return [{ id, status: 'pass', message: passMessage, kind }];
  return notPassed;
}
