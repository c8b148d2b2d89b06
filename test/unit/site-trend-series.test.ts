import { describe, expect, it } from 'vitest';
import { anyRestated, derivedReason, fieldSeries, restatedReason, spendingSeries, threePublicNamedSeries, threePublicSeries, threePublicTrends, toBarGroups, withDerivedSum } from '../../src/lib/trend-series.ts';
import { layoutBars, sharedMax } from '../../src/lib/bar-chart.ts';
import { wan } from '../../src/lib/format.ts';
import { seed000 } from './site-fixtures.ts';

describe('trend series', () => {
  const y2020 = seed000();

  it('adds the 2019 actuals stated in the 2020 report as derived, flagged points', () => {
    const abroad = fieldSeries([y2020], 'threePublic.actual.abroad');
    expect(abroad).toEqual([
      { year: 2019, value: 13.65, derived: true, derivedFrom: '与上年相比减少13.65万元', statedIn: 2020 },
      { year: 2020, value: 0, derived: false },
    ]);
  });

  it('pairs budget and actual by year; a derived year has no budget', () => {
    const trends = threePublicTrends([y2020]);
    const reception = trends.find((t) => t.key === 'reception')!;
    expect(reception.years.map((y) => [y.year, y.budget?.value, y.actual?.value, y.actual?.derived])).toEqual([
      [2019, undefined, 18.3, true],
      [2020, 12, 12, false],
    ]);
  });

  it('gives only the categories asked for, the same as among all four', () => {
    const all = threePublicTrends([y2020]);
    expect(threePublicTrends([y2020], ['total', 'reception'])).toEqual([all[0], all[3]]);
    expect(threePublicTrends([y2020], ['reception'])[0].years.map((y) => [y.year, y.actual?.value])).toEqual([[2019, 18.3], [2020, 12]]);
  });

  it('gives one list of years the same series when asked again, and another list its own', () => {
    const years = [y2020];
    const first = threePublicSeries(years, 'actual', 'total');
    expect(threePublicSeries(years, 'actual', 'total')).toBe(first);
    expect(first.map((p) => [p.year, p.value, p.derived])).toEqual([[2019, 61.66, true], [2020, 62.34, false]]);
    expect(fieldSeries([{ ...y2020, year: 2021 }], 'threePublic.actual.abroad').map((p) => p.year)).toEqual([2019, 2021]);
  });

  it('gives the 三公 total a derived year where its three parts are known (derived) for it', () => {
    const total = threePublicTrends([y2020]).find((t) => t.key === 'total')!;
    expect(total.years.map((y) => [y.year, y.budget?.value, y.actual?.value, y.actual?.derived])).toEqual([
      [2019, undefined, 61.66, true],
      [2020, 62.34, 62.34, false],
    ]);
    expect(total.years[0].actual!.sumOf).toBe('因公出国（境）费、公务用车购置及运行费与公务接待费之和');
    expect(derivedReason(total.years[0].actual!)).toBe('由因公出国（境）费、公务用车购置及运行费与公务接待费之和得出');
  });

  it('fills 公务用车 from its purchase and running costs', () => {
    const y = seed000({ threePublic: { actual: { vehiclePurchase: 18.91, vehicleOperation: 31.43 } }, history: [] });
    expect(threePublicSeries([y], 'actual', 'vehicle')).toEqual([{ year: 2020, value: 50.34, derived: true, sumOf: '公务用车购置费与运行费之和' }]);
  });

  it('leaves a year alone when one part is missing', () => {
    expect(withDerivedSum([], [[{ year: 2020, value: 1, derived: false }], []], 'x')).toEqual([]);
  });

  it('prefers a reported value over a later report\'s statement about the same year', () => {
    const y2019 = seed000({ year: 2019, threePublic: { actual: { abroad: 13.6 } }, history: [] });
    const abroad = fieldSeries([y2020, y2019], 'threePublic.actual.abroad');
    expect(abroad.map((p) => [p.year, p.value, p.derived])).toEqual([
      [2019, 13.6, false],
      [2020, 0, false],
    ]);
  });

  it('takes the statement of the nearest later report when several mention a year', () => {
    const y2021 = seed000({ year: 2021, history: [{ year: 2019, field: 'summary.expenditureTotal', value: 1, derivedFrom: 'a' }, { year: 2020, field: 'summary.expenditureTotal', value: 7627.22, derivedFrom: 'b' }] });
    const y2020b = seed000({ summary: {}, history: [{ year: 2019, field: 'summary.expenditureTotal', value: 2, derivedFrom: 'c' }] });
    const series = fieldSeries([y2021, y2020b], 'summary.expenditureTotal');
    expect(series.map((p) => [p.year, p.value, p.statedIn])).toEqual([
      [2019, 2, 2020],
      [2020, 7627.22, 2021],
      [2021, 7627.22, undefined],
    ]);
  });
});

describe('a year a later report states differently', () => {
  // The 2020 report says 2019's abroad was 13.65; 2019's own report published 12.00.
  const restatedBy = [{ field: 'threePublic.actual.abroad', value: 12, statedIn: 2020, stated: 13.65, derivedFrom: '与上年相比减少13.65万元', difference: 1.65 }];
  const y2019 = seed000({ year: 2019, threePublic: { actual: { abroad: 12, total: 40 } }, history: [], restatedBy });
  const y2020 = seed000();

  it('keeps the reported value and carries the later figure beside it, never in its place', () => {
    const abroad = fieldSeries([y2019, y2020], 'threePublic.actual.abroad');
    expect(abroad).toEqual([
      { year: 2019, value: 12, derived: false, restated: { value: 13.65, statedIn: 2020, derivedFrom: '与上年相比减少13.65万元' } },
      { year: 2020, value: 0, derived: false },
    ]);
    expect(restatedReason(abroad[0].restated!, wan)).toBe('2020年度报告称 13.65 万元（“与上年相比减少13.65万元”）');
  });

  it('marks only the figure restated, not the others of that year', () => {
    expect(fieldSeries([y2019, y2020], 'threePublic.actual.total')[0].restated).toBeUndefined();
    expect(anyRestated(spendingSeries([y2019, y2020]))).toBe(false);
  });

  it('gives the bar a second marker at the later figure, the bar still the reported one, and the scale room for both', () => {
    const trend = threePublicTrends([y2019, y2020]).find((t) => t.key === 'abroad')!;
    const series = threePublicNamedSeries(trend);
    expect(anyRestated(series)).toBe(true);
    const groups = toBarGroups(series, wan);
    const bar = groups[0].bars.find((b) => b.slot === 'actual')!;
    expect(bar.value).toBe(12);
    expect(bar.restated).toEqual({ value: 13.65, title: '2019年 因公出国（境）费决算数：本年度报告为 12.00 万元，2020年度报告称 13.65 万元（“与上年相比减少13.65万元”）' });
    expect(sharedMax([groups])).toBe(13.65);
    const layout = layoutBars(groups, { width: 360, height: 200, slots: ['budget', 'actual'], formatValue: wan });
    const placed = layout.bars.find((b) => b.restated)!;
    // Higher figure, higher on the chart: the marker sits above the bar's top.
    expect(placed.marker!.y).toBeLessThan(placed.y);
    // The bar's own value is printed above the marker, not under it.
    expect(placed.labelY).toBeLessThan(placed.marker!.y - 4);
    expect(placed.marker!.y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(layout.bars.filter((b) => b.marker)).toHaveLength(1);
  });
});
