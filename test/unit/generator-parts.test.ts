import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../scripts/bench/corpus.ts';
import { encodeGb18030 } from '../../scripts/bench/gb18030.ts';
import { toFullWidthDigits } from '../../scripts/bench/full-width.ts';
import { parseGenerateArgs } from '../../scripts/bench/generate.ts';
import { fenToWan, formatCents, formatShare } from '../../scripts/bench/money-format.ts';
import { allocate } from '../../scripts/bench/model/allocate.ts';
import { departmentRoster, DEPARTMENT_CAPACITY } from '../../scripts/bench/model/department.ts';
import { Random } from '../../scripts/bench/random.ts';
import { foldWidth } from '../../scripts/ingest/text.ts';

describe('money formatting', () => {
  it.each([
    [762722, { group: true, trim: false }, '7,627.22'],
    [862740, { group: false, trim: true }, '8627.4'],
    [1200, { group: false, trim: true }, '12'],
    [0, { group: true, trim: false }, '0.00'],
    [0, { group: false, trim: true }, '0'],
    [-174616, { group: true, trim: false }, '-1,746.16'],
  ])('formats %i hundredths', (cents, style, expected) => {
    expect(formatCents(cents, style)).toBe(expected);
  });

  it('converts 分 to 万元 exactly, as decimal.js divides', () => {
    for (const fen of [7627220000, 1, 762722134, 99999999999]) {
      expect(fenToWan(fen)).toBe(new Decimal(fen).dividedBy(1_000_000).toNumber());
    }
  });

  it.each([
    [54405, 762722, 1, true, '7.1'],
    [50000, 1000000, 1, true, '5.0'],
    [100, 100, 1, true, '100'],
    [100, 100, 2, false, '100.00'],
    [227, 975, 2, false, '23.28'],
  ])('rounds %i / %i half up to %i places', (part, whole, places, trim, expected) => {
    expect(formatShare(part, whole, places, trim)).toBe(expected);
  });
});

describe('allocate', () => {
  it('splits an integer total by weight and keeps the sum', () => {
    const parts = allocate(1001, [1, 1, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1001);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    expect(allocate(10, [0, 3, 1])).toEqual([0, 8, 2]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('random', () => {
  it('repeats its stream for the same seed (mulberry32)', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = Array.from({ length: 5 }, () => a.int(0, 1000));
    expect(Array.from({ length: 5 }, () => b.int(0, 1000))).toEqual(draws);
    expect(new Random(43).int(0, 1000)).not.toBe(draws[0]);
  });
});

describe('encodings', () => {
  it('encodes GB18030 so that the decoder gives the text back', () => {
    const sample = '株洲市工业和信息化局 公开01表 “三公” ７，６２７．２２ 智慧株洲 • 诸事达 （类）';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(sample))).toBe(sample);
    expect([...encodeGb18030('中')]).toEqual([0xd6, 0xd0]);
  });

  it('writes full-width digits that the ingest folds back', () => {
    const prose = '收、支总计8627.4万元，增长84.6%，截至2020年12月31日';
    const wide = toFullWidthDigits(prose);
    expect(wide).toBe('收、支总计８６２７．４万元，增长８４．６％，截至２０２０年１２月３１日');
    expect(foldWidth(wide)).toBe(prose);
  });
});

describe('departments', () => {
  it('names thousands of distinct departments by region and bureau', () => {
    expect(DEPARTMENT_CAPACITY).toBeGreaterThan(5000);
    const roster = departmentRoster(1, 5000);
    expect(new Set(roster.map((d) => d.name)).size).toBe(5000);
    for (const d of roster.slice(0, 50)) expect(d.name.startsWith(d.region.prefix)).toBe(true);
  });

  it('refuses more departments than it can name', () => {
    expect(() => departmentRoster(1, DEPARTMENT_CAPACITY + 1)).toThrow(/distinct department names/);
  });
});

describe('command line', () => {
  it('reads the options', () => {
    expect(parseGenerateArgs(['--departments', '100', '--years', '5', '--seed', '7', '--out', 'tmp/c'])).toEqual({
      departments: 100, years: 5, seed: 7, out: 'tmp/c', lastYear: 2023,
    });
    expect(parseGenerateArgs(['--departments', '1', '--years', '1', '--out', 'x']).seed).toBe(1);
  });

  it.each([
    [['--years', '5', '--out', 'x'], /--departments is required/],
    [['--departments', '0', '--years', '5', '--out', 'x'], /--departments must be an integer/],
    [['--departments', '2.5', '--years', '5', '--out', 'x'], /--departments must be an integer/],
    [['--departments', '2', '--years', '5'], /--out is required/],
    [['--departments', '2', '--years', '5', '--out', 'x', '--colour'], /Unknown option/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});

describe('layout rotation', () => {
  it('covers all five layouts in each block of five reports, and varies by year', () => {
    for (let start = 0; start < 40; start += 5) {
      expect(new Set(Array.from({ length: 5 }, (_, i) => layoutOf(start + i))).size).toBe(5);
    }
    // 10 departments × 5 years: no department keeps one layout
    for (let d = 0; d < 10; d++) expect(new Set(Array.from({ length: 5 }, (_, y) => layoutOf(d * 5 + y))).size).toBeGreaterThan(1);
  });
});
