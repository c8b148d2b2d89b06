import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { agreement, difference, formatPercent, formatWan, share, sum, toNumber, yuanToWan } from '../../src/lib/money.ts';

describe('money', () => {
  it('sums exactly where floating point would not', () => {
    expect(sum([0.1, 0.2]).toString()).toBe('0.3');
    // seed 000, 公开03: the 类 rows add up to the 合计 7,627.22
    expect(sum([544.05, 381.5, 992.42, 7.86, 2243.59, 120.07, 3337.72]).toNumber()).toBe(7627.21);
  });
  it('skips absent values instead of treating them as zero', () => {
    expect(sum([1.5, undefined, null, 2]).toNumber()).toBe(3.5);
  });
  it('classifies agreement with the 0.01-per-addend rounding rule', () => {
    expect(agreement(7627.22, 7627.22, 7)).toBe('pass');
    expect(agreement(7627.22, 7627.21, 7)).toBe('rounding');
    expect(agreement(100, 99.97, 2)).toBe('fail');
    expect(agreement(100, 99.98, 2)).toBe('rounding');
  });
  it('converts 元 to 万元 without rounding', () => {
    expect(yuanToWan('76272200.00')).toBe(7627.22);
    expect(yuanToWan(123)).toBe(0.0123);
  });
  it('computes differences and shares as decimals', () => {
    expect(difference(62.34, 50.35).toNumber()).toBe(11.99);
    expect(toNumber(share(544.05, 7627.22)!, 1)).toBe(7.1);
    expect(share(1, 0)).toBeUndefined();
  });
  it('formats amounts as the reports print them', () => {
    expect(formatWan(7627.22)).toBe('7,627.22');
    expect(formatWan(381.5)).toBe('381.50');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(1234567.891)).toBe('1,234,567.89');
    expect(formatWan(-13.65)).toBe('-13.65');
  });
  it('formats every kind of number as decimal.js rounds it', () => {
    expect(formatWan(1e21)).toBe('1,000,000,000,000,000,000,000.00');
    expect(formatWan(1e-7)).toBe('0.00');
    expect(formatWan(-0.001)).toBe('-0.00');
    expect(formatWan(-0.005)).toBe('-0.01');
    expect(formatWan(0.125)).toBe('0.13');
    expect(formatWan(-0)).toBe('0.00');
    expect(formatWan(999999.995)).toBe('1,000,000.00');
    expect(formatWan(new Decimal('1234.5'))).toBe('1,234.50');
    expect(formatPercent(7.05)).toBe('7.1%');
    expect(formatPercent(-34.4)).toBe('-34.4%');
    expect(formatPercent(12)).toBe('12.0%');
    expect(formatPercent(12, 0)).toBe('12%');
    expect(formatPercent(2.5, 0)).toBe('3%');
    expect(formatPercent(0.1 + 0.2, 2)).toBe('0.30%');
    expect(formatPercent(undefined)).toBe('—');
    // The same text as formatting through decimal.js, for amounts with 0 to 4 decimals of every size.
    const reference = (v: number, places: number) => new Decimal(v).toFixed(places);
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 20000; i++) {
      const v = Number(((random() - 0.3) * 10 ** Math.floor(random() * 12)).toFixed(Math.floor(random() * 5)));
      const [int, frac] = reference(v, 2).split('.');
      expect(formatWan(v)).toBe(`${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`);
      expect(formatPercent(v, i % 3)).toBe(`${reference(v, i % 3)}%`);
    }
  });
});
