// Change from the previous year: the previous year's figure as the department's own report
// for that year states it, else as this year's report states it ("与上年相比减少13.65万元",
// derived, flagged), else unknown; the difference and the percentage are exact (decimal.js).
import type { DepartmentYear } from './schema.ts';
import { difference, share, toNumber } from './money.ts';
import { fieldSeries, threePublicSeries, type SeriesPoint } from './trend-series.ts';
import { formatPercent } from './money.ts';
import { wan } from './format.ts';

export interface Change {
  /** The previous year's figure (derived when only a later report states it). */
  previous: SeriesPoint;
  /** current − previous, 万元. */
  difference: number;
  /** The change in percent of the previous year, 1 decimal; undefined when that was 0. */
  percent?: number;
}

/** The change of `current` against a point of the year before; undefined without both. */
export function changeFrom(current: number | undefined, previous: SeriesPoint | undefined): Change | undefined {
  if (current === undefined || previous === undefined) return undefined;
  const d = difference(current, previous.value);
  const p = share(d, previous.value);
  return { previous, difference: d.toNumber(), ...(p !== undefined ? { percent: toNumber(p, 1) } : {}) };
}

/** The figure at `field` one year before `entry`, from every department-year of its department. */
export function previousPoint(entries: readonly DepartmentYear[], entry: DepartmentYear, field: string): SeriesPoint | undefined {
  const series = field.startsWith('threePublic.')
    ? threePublicSeries(entries, field.split('.')[1] as 'budget' | 'actual', field.split('.')[2] as never)
    : fieldSeries(entries, field);
  return series.find((p) => p.year === entry.year - 1);
}

/** The change of the figure at `field` of `entry` from the year before. */
export function yearChange(entries: readonly DepartmentYear[], entry: DepartmentYear, field: string, current: number | undefined): Change | undefined {
  return changeFrom(current, previousPoint(entries, entry, field));
}

/** "增加 352.10 万元（+7.9%）", "减少 6.30 万元（−34.4%）", "持平". */
export function changeText(change: Change): string {
  if (change.difference === 0) return '持平';
  const up = change.difference > 0;
  const amount = wan(Math.abs(change.difference));
  const percent = change.percent === undefined ? '' : `（${up ? '+' : '−'}${formatPercent(Math.abs(change.percent))}）`;
  return `${up ? '增加' : '减少'} ${amount} 万元${percent}`;
}

/** "+7.9%", "−34.4%", "0.0%", or the difference in 万元 when the previous year was 0. */
export function changeShort(change: Change): string {
  const sign = change.difference > 0 ? '+' : change.difference < 0 ? '−' : '';
  if (change.percent === undefined) return `${sign}${wan(Math.abs(change.difference))}`;
  return `${sign}${formatPercent(Math.abs(change.percent))}`;
}

/** The department-year of the same department one year earlier, when the site has its report. */
export function previousEntry(entries: readonly DepartmentYear[], entry: DepartmentYear): DepartmentYear | undefined {
  return entries.find((e) => e.department.slug === entry.department.slug && e.year === entry.year - 1);
}

/** Change of every row with a code (function or economic rows) from the previous year's own report. */
export function rowChanges(
  current: readonly { code: string; value: number }[],
  previous: readonly { code: string; value: number }[] | undefined,
  previousYear: number,
): Map<string, Change> | undefined {
  if (!previous?.length) return undefined;
  const before = new Map(previous.map((r) => [r.code, r.value]));
  const changes = new Map<string, Change>();
  for (const row of current) {
    const value = before.get(row.code);
    const change = changeFrom(row.value, value === undefined ? undefined : { year: previousYear, value, derived: false });
    if (change) changes.set(row.code, change);
  }
  return changes;
}

/** The function rows' changes from the department's report of the year before (none without it). */
export function functionChanges(entries: readonly DepartmentYear[], entry: DepartmentYear): Map<string, Change> | undefined {
  const rows = (e: DepartmentYear | undefined) => e?.expenditureByFunction?.map((r) => ({ code: r.code, value: r.total }));
  return rowChanges(rows(entry) ?? [], rows(previousEntry(entries, entry)), entry.year - 1);
}

/** The economic rows' changes from the department's report of the year before (none without it). */
export function economicChanges(entries: readonly DepartmentYear[], entry: DepartmentYear): Map<string, Change> | undefined {
  const rows = (e: DepartmentYear | undefined) => e?.basicByEconomic?.rows.map((r) => ({ code: r.code, value: r.amount }));
  return rowChanges(rows(entry) ?? [], rows(previousEntry(entries, entry)), entry.year - 1);
}
