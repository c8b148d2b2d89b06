import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/bar-chart.ts';
import { fitText, textWidth } from '../../src/lib/text-fit.ts';
import { functionTree } from '../../src/lib/treemap-data.ts';
import { classColour, treemapViews } from '../../src/lib/treemap-view.ts';
import { textWidth as width } from '../../src/lib/text-fit.ts';
import { threePublicNamedSeries, threePublicTrends, toBarGroups } from '../../src/lib/trend-series.ts';
import { formatWan } from '../../src/lib/money.ts';
import { seed000, seed000Function } from './site-fixtures.ts';

describe('bar layout', () => {
  const groups = toBarGroups(threePublicNamedSeries(threePublicTrends([seed000()]).find((t) => t.key === 'reception')!), formatWan);
  const layout = layoutBars(groups, { width: 360, height: 200, slots: ['budget', 'actual'], formatValue: formatWan });

  it('draws the derived 2019 actual alone in its year, flagged, and labels the group 推算', () => {
    expect(groups.map((g) => [g.label, g.bars.map((b) => [b.slot, b.value, b.derived])])).toEqual([
      ['2019', [['actual', 18.3, true]]],
      ['2020', [['budget', 12, false], ['actual', 12, false]]],
    ]);
    expect(layout.groups.map((g) => [g.label, g.derived])).toEqual([['2019', true], ['2020', false]]);
    expect(groups[0].bars[0].title).toContain('推算：2020年度报告称“与上年相比减少6.3万元”');
  });

  it('scales heights to values on one baseline, with room for labels', () => {
    const [derived, budget, actual] = layout.bars;
    expect(budget.height).toBeCloseTo(actual.height, 5);
    expect(derived.height / budget.height).toBeCloseTo(18.3 / 12, 1);
    for (const b of layout.bars) expect(b.y + b.height).toBeCloseTo(layout.plot.bottom, 0);
    expect(layout.ticks[0].label).toBe('0');
  });

  it('lifts a value label that would overlap its neighbour', () => {
    const even = layoutBars([{ label: '2020', bars: [{ slot: 'budget', value: 5531.1, derived: false, title: '' }, { slot: 'actual', value: 5531.1, derived: false, title: '' }] }], { width: 360, height: 200, slots: ['budget', 'actual'], formatValue: formatWan });
    const [a, b] = even.bars;
    expect(a.label).toBe('5,531.10');
    expect(b.labelY).toBe(a.labelY - 13);
    const apart = layoutBars([{ label: '2020', bars: [{ slot: 'budget', value: 10, derived: false, title: '' }, { slot: 'actual', value: 5000, derived: false, title: '' }] }], { width: 360, height: 200, slots: ['budget', 'actual'], formatValue: formatWan });
    expect(apart.bars[1].labelY).toBe(apart.bars[1].y - 4);
  });
});

describe('text fitting', () => {
  it('measures CJK at 1em and digits at 0.6em', () => {
    expect(textWidth('行政运行', 10)).toBe(40);
    expect(textWidth('2150501', 10)).toBeCloseTo(42);
  });

  it('cuts with an ellipsis, or gives nothing when even one glyph does not fit', () => {
    expect(fitText('资源勘探工业信息等支出', 59, 12)).toBe('资源勘…');
    expect(fitText('资源勘探工业信息等支出', 60, 12)).toBe('资源勘探…');
    expect(fitText('行政运行', 100, 12)).toBe('行政运行');
    expect(fitText('行政运行', 10, 12)).toBe('');
  });
});

describe('treemap views', () => {
  const views = treemapViews(functionTree(seed000Function, 7627.22));

  it('has an overview and one view per 类 with children', () => {
    expect(views.map((v) => v.id)).toEqual(['root', '206', '208', '210', '211', '215', '221', '222']);
    expect(views[0].tiles.every((t) => t.drill === t.code)).toBe(true);
  });

  it('labels the largest tile with name, code and amount, or share', () => {
    const big = views[0].tiles.find((t) => t.code === '222')!;
    expect(big.label).toMatchObject({ name: '粮油物资储备支出', abs: '222 · 3,337.72', share: '222 · 43.8%' });
    expect(big.description).toBe('粮油物资储备支出（类 222）3,337.72 万元，占本年支出 43.8%');
  });

  it('colours a 类 by its code, the same whichever other classes the page shows', () => {
    const alone = treemapViews(functionTree(seed000Function.filter((r) => r.code.startsWith('215')), 2243.59));
    expect(alone[0].tiles[0].fill).toBe(views[0].tiles.find((t) => t.code === '215')!.fill);
    expect(alone[0].tiles[0].fill).toBe(classColour('215'));
    const fills = views[0].tiles.map((t) => t.fill);
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('shows an amount whole or not at all, never cut', () => {
    for (const view of views) {
      for (const t of view.tiles) {
        if (!t.label || t.group) continue;
        for (const line of [t.label.abs, t.label.share]) {
          if (line) expect(line).toMatch(/^(\d{3,7} · )?[\d,]+\.\d{1,2}%?$/);
          if (line) expect(width(line, 12)).toBeLessThanOrEqual(t.width - 10);
        }
      }
    }
    // A tile too narrow for "211 · 7.86" still shows "7.86" when that fits.
    const narrow = views.find((v) => v.id === '215')!.tiles.find((t) => t.code === '2150510');
    expect(narrow?.label?.abs ?? '').not.toContain('…');
  });

  it('links tiles that open no view to their subject page, and lists each view as bars by amount', () => {
    const classView = views.find((v) => v.id === '215')!;
    expect(classView.tiles.every((t) => t.path === `subjects/${t.code}/`)).toBe(true);
    expect(views[0].bars.map((b) => b.code)).toEqual(['222', '215', '210', '206', '208', '221', '211']);
    expect(views[0].bars[0].length).toBe(100);
    expect(classView.bars.map((b) => [b.code, b.depth])).toEqual([['21505', 0], ['2150501', 1], ['2150599', 1], ['2150508', 1], ['2150510', 1]]);
  });

  it('does not report a gap when the 类 rows account for the total within rounding', () => {
    expect(views[0].unlisted).toBeUndefined();
    expect(treemapViews(functionTree(seed000Function, 8000))[0].unlisted).toBe(372.79);
  });
});
