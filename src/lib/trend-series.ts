// Year-by-year series for the trend charts. A year that only a later report mentions
// ("与上年相比减少13.65万元") enters as a derived point, flagged, never mixed with reported ones;
// a reported year that a later report states differently keeps its value and carries the
// later figure beside it (`restated`), for a second marker.
import type { DepartmentYear } from './schema.ts';
import { readNumber } from './field-path.ts';
import type { BarGroup } from './bar-chart.ts';
import { sum } from './money.ts';

export interface SeriesPoint {
  year: number;
  value: number;
  /** True when the value comes from a later report's comparison with the previous year. */
  derived: boolean;
  /** The sentence it was derived from, and the year of the report that says it. */
  derivedFrom?: string;
  statedIn?: number;
  /** For a total filled in from its parts: what was added ("公务用车购置费与运行费之和"). */
  sumOf?: string;
  /** A reported value that a later report states differently: that report's figure, never in its place. */
  restated?: Restated;
}

/** What a later report says of a reported year, when it differs (the department-year's `restatedBy`). */
export interface Restated {
  value: number;
  statedIn: number;
  derivedFrom: string;
}

/** "2021年度报告称 3.13 万元（“与上年相比增加1.06万元”）". */
export function restatedReason(r: Restated, format: (v: number) => string): string {
  return `${r.statedIn}年度报告称 ${format(r.value)} 万元（“${r.derivedFrom}”）`;
}

/** Why a derived point is derived, in a sentence: "2020年度报告称“与上年相比减少13.65万元”". */
export function derivedReason(p: SeriesPoint): string {
  if (p.sumOf) return `由${p.sumOf}得出`;
  return `${p.statedIn}年度报告称“${p.derivedFrom}”`;
}

// A department-year page asks for the same series of the same years many times (the 三公 table
// row by row, the trend, 要点): each list of years computes a series once. Keyed by the list
// itself, so the series go when the page's list does; callers never modify a series.
const seriesCache = new WeakMap<readonly DepartmentYear[], Map<string, readonly SeriesPoint[]>>();

function cached(entries: readonly DepartmentYear[], key: string, compute: () => readonly SeriesPoint[]): readonly SeriesPoint[] {
  let series = seriesCache.get(entries);
  if (!series) seriesCache.set(entries, (series = new Map()));
  let points = series.get(key);
  if (!points) series.set(key, (points = compute()));
  return points;
}

/** One dotted field across years: reported values first, then derived ones for missing years. */
export function fieldSeries(entries: readonly DepartmentYear[], field: string): readonly SeriesPoint[] {
  return cached(entries, field, () => computeFieldSeries(entries, field));
}

function computeFieldSeries(entries: readonly DepartmentYear[], field: string): SeriesPoint[] {
  const points = new Map<number, SeriesPoint>();
  for (const entry of entries) {
    const value = readNumber(entry, field);
    if (value === undefined) continue;
    const restated = entry.restatedBy?.find((r) => r.field === field);
    points.set(entry.year, { year: entry.year, value, derived: false, ...(restated ? { restated: { value: restated.stated, statedIn: restated.statedIn, derivedFrom: restated.derivedFrom } } : {}) });
  }
  // When several reports state the same earlier year, the nearest later report wins.
  const statements = entries
    .flatMap((entry) => (entry.history ?? []).filter((h) => h.field === field).map((h) => ({ h, statedIn: entry.year })))
    .sort((a, b) => a.statedIn - b.statedIn);
  for (const { h, statedIn } of statements) {
    if (points.has(h.year)) continue;
    points.set(h.year, { year: h.year, value: h.value, derived: true, derivedFrom: h.derivedFrom, statedIn });
  }
  return [...points.values()].sort((a, b) => a.year - b.year);
}

export const THREE_PUBLIC_CATEGORIES = [
  { key: 'total', label: '“三公”经费合计' },
  { key: 'abroad', label: '因公出国（境）费' },
  { key: 'vehicle', label: '公务用车购置及运行费' },
  { key: 'reception', label: '公务接待费' },
] as const;

export type ThreePublicKey = (typeof THREE_PUBLIC_CATEGORIES)[number]['key'];

export interface YearPair {
  year: number;
  budget?: SeriesPoint;
  actual?: SeriesPoint;
}

export interface ThreePublicTrend {
  key: ThreePublicKey;
  label: string;
  years: YearPair[];
}

/**
 * A total across years, with the years it is missing filled in from its parts: when every
 * part is known for a year (reported or derived), their exact sum enters as a derived point.
 */
export function withDerivedSum(total: readonly SeriesPoint[], parts: readonly (readonly SeriesPoint[])[], note: string): SeriesPoint[] {
  const points = new Map(total.map((p) => [p.year, p]));
  const years = [...new Set(parts.flatMap((series) => series.map((p) => p.year)))].sort((a, b) => a - b);
  for (const year of years) {
    if (points.has(year)) continue;
    const found = parts.map((series) => series.find((p) => p.year === year));
    if (found.some((p) => p === undefined)) continue;
    points.set(year, { year, value: sum(found.map((p) => p!.value)).toNumber(), derived: true, sumOf: note });
  }
  return [...points.values()].sort((a, b) => a.year - b.year);
}

/** One 三公 figure across years; 公务用车 and the 合计 filled in from their parts where only those are known. */
export function threePublicSeries(entries: readonly DepartmentYear[], side: 'budget' | 'actual', key: ThreePublicKey): readonly SeriesPoint[] {
  return cached(entries, `threePublic.${side}.${key}+`, () => computeThreePublicSeries(entries, side, key));
}

function computeThreePublicSeries(entries: readonly DepartmentYear[], side: 'budget' | 'actual', key: ThreePublicKey): readonly SeriesPoint[] {
  const series = (k: string) => fieldSeries(entries, `threePublic.${side}.${k}`);
  if (key === 'vehicle') return withDerivedSum(series('vehicle'), [series('vehiclePurchase'), series('vehicleOperation')], '公务用车购置费与运行费之和');
  if (key === 'total') return withDerivedSum(series('total'), [series('abroad'), threePublicSeries(entries, side, 'vehicle'), series('reception')], '因公出国（境）费、公务用车购置及运行费与公务接待费之和');
  return series(key);
}

/** Budget vs actual per year for the 三公 total and its three parts (or only the categories of `keys`). */
export function threePublicTrends(entries: readonly DepartmentYear[], keys?: readonly ThreePublicKey[]): ThreePublicTrend[] {
  return THREE_PUBLIC_CATEGORIES.filter(({ key }) => !keys || keys.includes(key)).map(({ key, label }) => ({
    key,
    label,
    years: pairByYear(threePublicSeries(entries, 'budget', key), threePublicSeries(entries, 'actual', key)),
  }));
}

export function pairByYear(budget: readonly SeriesPoint[], actual: readonly SeriesPoint[]): YearPair[] {
  const years = [...new Set([...budget, ...actual].map((p) => p.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    budget: budget.find((p) => p.year === year),
    actual: actual.find((p) => p.year === year),
  }));
}

/** The legend of the second marker. */
export const RESTATED_LEGEND = '后续年度报告所称的不同数字（柱高为本年度报告的数字）';

/** True when any point of the series is restated by a later report. */
export function anyRestated(series: readonly { points: readonly SeriesPoint[] }[]): boolean {
  return series.some((s) => s.points.some((p) => p.restated));
}

/** True when a series has anything to draw. */
export function hasPoints(trend: { years: readonly YearPair[] }): boolean {
  return trend.years.some((y) => y.budget || y.actual);
}

export interface NamedSeries {
  slot: string;
  label: string;
  points: readonly SeriesPoint[];
}

/** Year groups for a bar chart, one bar per series that has a value that year. */
export function toBarGroups(series: readonly NamedSeries[], format: (v: number) => string): BarGroup[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => ({
    label: String(year),
    bars: series.flatMap((s) => {
      const p = s.points.find((q) => q.year === year);
      if (!p) return [];
      const note = p.derived ? `（推算：${derivedReason(p)}）` : '';
      const title = `${year}年 ${s.label} ${format(p.value)} 万元${note}`;
      const restated = p.restated && { value: p.restated.value, title: `${year}年 ${s.label}：本年度报告为 ${format(p.value)} 万元，${restatedReason(p.restated, format)}` };
      return [{ slot: s.slot, value: p.value, derived: p.derived, title, ...(restated ? { restated } : {}) }];
    }),
  }));
}

/** 本年支出合计 and 收支总计 by year, each with its derived years. */
export function spendingSeries(entries: readonly DepartmentYear[]): NamedSeries[] {
  return [
    { slot: 'expenditure', label: '本年支出合计', points: fieldSeries(entries, 'summary.expenditureTotal') },
    { slot: 'grand', label: '收支总计', points: fieldSeries(entries, 'summary.grandTotal') },
  ].filter((s) => s.points.length > 0);
}

/** Budget and actual of one 三公 category as two named series. */
export function threePublicNamedSeries(trend: ThreePublicTrend): NamedSeries[] {
  const pick = (k: 'budget' | 'actual') => trend.years.flatMap((y) => (y[k] ? [y[k]!] : []));
  return [
    { slot: 'budget', label: `${trend.label}预算数`, points: pick('budget') },
    { slot: 'actual', label: `${trend.label}决算数`, points: pick('actual') },
  ];
}
