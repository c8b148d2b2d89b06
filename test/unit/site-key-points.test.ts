// The point first: the 要点 paragraph and the year-over-year changes it and the tables use,
// worked out exactly from the published figures (seed 000, 株洲市工业和信息化局 2020).
import { describe, expect, it } from 'vitest';
import { departmentPoints, keyPoints, type KeyPoint } from '../../src/lib/key-points.ts';
import { changeFrom, changeShort, changeText, functionChanges, yearChange } from '../../src/lib/year-change.ts';
import type { Check } from '../../src/lib/schema.ts';
import { seed000 } from './site-fixtures.ts';

const text = (points: KeyPoint[]) => points.map((p) => p.map((s) => s.text).join('')).join('');

describe('year changes', () => {
  it('are exact, with the minus sign and the percentage of the year before', () => {
    expect(changeFrom(0.3, { year: 2019, value: 0.1, derived: false })).toMatchObject({ difference: 0.2, percent: 200 });
    const down = changeFrom(12, { year: 2019, value: 18.3, derived: true })!;
    expect(changeText(down)).toBe('减少 6.30 万元（−34.4%）');
    expect(changeShort(down)).toBe('−34.4%');
    expect(changeText(changeFrom(5, { year: 2019, value: 5, derived: false })!)).toBe('持平');
    // From zero there is no percentage: the difference stands alone.
    expect(changeShort(changeFrom(2.85, { year: 2019, value: 0, derived: false })!)).toBe('+2.85');
  });

  it('take the previous year from that year\'s own report before this year\'s statement about it', () => {
    const y2020 = seed000();
    expect(yearChange([y2020], y2020, 'threePublic.actual.reception', 12)).toMatchObject({ previous: { value: 18.3, derived: true }, difference: -6.3 });
    const y2019 = seed000({ year: 2019, threePublic: { actual: { reception: 18 } }, history: [] });
    expect(yearChange([y2019, y2020], y2020, 'threePublic.actual.reception', 12)).toMatchObject({ previous: { value: 18, derived: false }, difference: -6 });
  });

  it('compare function rows only with the department\'s own report of the year before', () => {
    const y2020 = seed000();
    expect(functionChanges([y2020], y2020)).toBeUndefined();
    const y2019 = seed000({ year: 2019, expenditureByFunction: [{ code: '222', name: '粮油物资储备支出', level: '类', total: 3000 }] });
    const changes = functionChanges([y2019, y2020], y2020)!;
    expect([...changes.keys()]).toEqual(['222']);
    expect(changes.get('222')).toMatchObject({ difference: 337.72, percent: 11.3 });
  });
});

describe('keyPoints', () => {
  it('says what was spent, where most of it went, the 三公 against budget and last year, and the checks', () => {
    const checks: Check[] = [
      { id: 'a', status: 'pass', message: '' },
      { id: 'b', status: 'rounding', message: '' },
    ];
    const y2020 = seed000({ checks, history: [...seed000().history!, { year: 2019, field: 'summary.expenditureTotal', value: 7000, derivedFrom: '增加627.22万元' }] });
    const points = keyPoints([y2020], y2020);
    expect(text(points)).toBe(
      '2020年度本年支出合计 7,627.22 万元，其中基本支出 3,037.09 万元、项目支出 4,590.13 万元，比上年增加 627.22 万元（+9.0%）（上年为推算数）。'
      + '支出最多的是粮油物资储备支出（222），3,337.72 万元，占本年支出的 43.8%。'
      + '“三公”经费决算 62.34 万元，为预算 62.34 万元的 100.0%，比上年增加 0.68 万元（+1.1%）（上年为推算数）。'
      + '全部 2 项核验通过，其中 1 项有尾数误差。',
    );
    expect(points[1].find((s) => s.path)?.path).toBe('subjects/222/');
  });

  it('falls back to 收支总计 when only it has a previous year, and leads with a failed check', () => {
    const fail: Check = { id: 'budgetExecution.budgetSum', status: 'fail', message: '各项年初预算之和 4,896.22 万元，与年初预算数 4,900.84 万元相差 4.62 万元' };
    const y = seed000({ checks: [fail], history: [{ year: 2019, field: 'summary.grandTotal', value: 4673.77, derivedFrom: '' }] });
    const t = text(keyPoints([y], y));
    expect(t).toContain('；收支总计 8,627.40 万元，比上年增加 3,953.63 万元（+84.6%）（上年为推算数）。');
    expect(t).toContain('有 1 项核验未通过：各项年初预算之和 4,896.22 万元，与年初预算数 4,900.84 万元相差 4.62 万元。');
  });

  it('says so when there is no previous year, and leaves out what the report does not state', () => {
    const y = seed000({ history: [], threePublic: undefined, expenditureByFunction: [], checks: [] });
    expect(text(keyPoints([y], y))).toBe('2020年度本年支出合计 7,627.22 万元，其中基本支出 3,037.09 万元、项目支出 4,590.13 万元；本站没有上一年度的数字可以比较。');
  });

  it('opens a department page with its years and its latest year', () => {
    const t = text(departmentPoints([seed000()]));
    expect(t).toMatch(/^本站收录了株洲市工业和信息化局 2020 年度的报告，共 1 份。最近一年（2020年度）：2020年度本年支出合计 7,627.22 万元/);
  });
});
