// Money arithmetic on 万元 amounts. Every sum, difference and comparison of money in
// the project goes through decimal.js so 0.1 + 0.2 stays 0.3.
import Decimal from 'decimal.js';

export type Amount = number;

/** Exact decimal sum of amounts (undefined/null entries are skipped). */
export function sum(values: readonly (Amount | null | undefined)[]): Decimal {
  let total = new Decimal(0);
  for (const v of values) if (v !== null && v !== undefined) total = total.plus(v);
  return total;
}

/** a - b, exactly. */
export function difference(a: Amount, b: Amount | Decimal): Decimal {
  return new Decimal(a).minus(b);
}

/** Convert a published 元 amount to 万元 without rounding. */
export function yuanToWan(yuan: Amount | string): Amount {
  return new Decimal(yuan).dividedBy(10000).toNumber();
}

/** part / whole as a percentage Decimal, or undefined when whole is zero. */
export function share(part: Amount | Decimal, whole: Amount | Decimal): Decimal | undefined {
  const w = new Decimal(whole);
  if (w.isZero()) return undefined;
  return new Decimal(part).dividedBy(w).times(100);
}

export type Agreement = 'pass' | 'rounding' | 'fail';

/**
 * Compare a stated total with the sum of its addends. The reports warn that unit
 * conversion leaves tail differences ("尾数误差"), so up to 0.01 per addend is rounding.
 */
export function agreement(stated: Amount | Decimal, computed: Amount | Decimal, addends: number): Agreement {
  const diff = new Decimal(stated).minus(computed).abs();
  if (diff.isZero()) return 'pass';
  return diff.lessThanOrEqualTo(new Decimal('0.01').times(Math.max(1, addends))) ? 'rounding' : 'fail';
}

/** Decimal → JSON number with at most `places` decimals (for derived figures such as shares). */
export function toNumber(value: Decimal, places = 2): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * `new Decimal(value).toFixed(places)` (ROUND_HALF_UP), without building a Decimal when the
 * number has no more decimals than asked: JavaScript's shortest form of it, padded with zeros,
 * is then the same text (every page prints thousands of amounts).
 */
export function formatFixed(value: Amount | Decimal, places: number): string {
  if (typeof value === 'number') {
    const text = String(value);
    const dot = text.indexOf('.');
    const decimals = dot < 0 ? 0 : text.length - dot - 1;
    if (decimals <= places && PLAIN.test(text)) {
      if (places === 0) return text;
      return dot < 0 ? `${text}.${'0'.repeat(places)}` : text + '0'.repeat(places - decimals);
    }
  }
  return new Decimal(value).toFixed(places);
}

/** 1234567 → 1,234,567 (digits only). */
function thousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** Format as the reports print amounts: two decimals, thousands separators (7,627.22). */
export function formatWan(value: Amount | Decimal): string {
  const fixed = formatFixed(value, 2);
  const dot = fixed.indexOf('.');
  const sign = fixed.startsWith('-') ? '-' : '';
  return `${sign}${thousands(fixed.slice(sign.length, dot))}${fixed.slice(dot)}`;
}

/** Format a percentage with one decimal as the reports do (7.1%). */
export function formatPercent(value: Decimal | number | undefined, places = 1): string {
  if (value === undefined) return '—';
  return `${formatFixed(value, places)}%`;
}
