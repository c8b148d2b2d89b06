// summariseSums / summariseSame skip formatting the checks that pass; they must give exactly
// what summarise() over compareSum / compareSame gives.
import { describe, expect, it } from 'vitest';
import {
  compareSame, compareSum, summarise, summariseSame, summariseSums, type Comparison, type SamePair,
} from '../../scripts/ingest/checks/compare.ts';

const sum = (stated: number, ...parts: (number | undefined)[]): Comparison => ({
  id: 't.sum', what: 'rows', stated, statedLabel: '合计', parts, field: 'x',
});
const same = (a: number, b: number): SamePair => ({ id: 't.same', kind: 'narrative-vs-table', what: '人员经费', a: { label: '基本支出决算表', value: a }, b: { label: '情况说明', value: b }, field: 'y' });

describe('summariseSums', () => {
  it.each<[string, Comparison[]]>([
    ['all pass (seed 000: 544.05 = 295 + 249.05)', [sum(544.05, 295, 249.05), sum(0.3, 0.1, 0.2)]],
    ['a rounding difference (3,037.09 vs 2,068.89 + 968.21)', [sum(3037.09, 2068.89, 968.21), sum(1, 1)]],
    ['a failure among passes', [sum(1, 1), sum(10, 4, 5), sum(2, 1, undefined, 1)]],
    ['nothing to compare', []],
  ])('%s', (_name, comparisons) => {
    expect(summariseSums('t.sum', comparisons, 'all add up')).toEqual(summarise('t.sum', comparisons.map(compareSum), 'all add up', 'sum'));
  });
});

describe('summariseSame', () => {
  it.each<[string, SamePair[]]>([
    ['all agree', [same(1497.2, 1497.2), same(0.1, 0.1)]],
    ['seed 004: 1,497.21 vs 1,497.20 is rounding', [same(1497.21, 1497.2), same(309.49, 309.49)]],
    ['a disagreement', [same(1, 2)]],
  ])('%s', (_name, pairs) => {
    expect(summariseSame('t.same', pairs, 'all agree', 'narrative-vs-table')).toEqual(summarise('t.same', pairs.map(compareSame), 'all agree', 'narrative-vs-table'));
  });

  it('keeps ready checks in their place among the pairs', () => {
    const unresolved = { id: 'u', status: 'fail' as const, message: 'unresolved' };
    expect(summariseSame('t.same', [same(1, 2), unresolved, same(3, 3)], 'ok', 'narrative-vs-table').map((c) => c.id)).toEqual(['t.same', 'u']);
  });
});
