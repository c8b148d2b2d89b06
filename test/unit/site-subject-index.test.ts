import { describe, expect, it } from 'vitest';
import { buildSubjectIndex } from '../../src/lib/subject-index.ts';
import { seed000, seed000Function } from './site-fixtures.ts';

describe('buildSubjectIndex', () => {
  const zhuzhou = seed000();
  // Seed 003 has no tables: its codes are resolved from the budget-execution prose.
  const lusong = seed000({
    department: { name: '株洲市芦淞区科技和工业信息化局', slug: 'lusong', region: ['株洲市', '芦淞区'] },
    year: 2023,
    expenditureByFunction: undefined,
    budgetExecution: [
      { code: '2060101', path: ['科学技术支出', '科学技术管理事务', '行政运行'], budget: 120.5, actual: 118.2 },
      { path: ['其他支出', '其他支出', '其他支出'], actual: 1 },
    ],
  });
  const index = buildSubjectIndex([zhuzhou, lusong]);
  const byCode = new Map(index.map((s) => [s.code, s]));

  it('covers every code of every department-year, with their ancestors', () => {
    for (const row of seed000Function) expect(byCode.has(row.code), row.code).toBe(true);
    expect(byCode.has('2060101')).toBe(true);
    expect(byCode.has('20601')).toBe(true);
    expect(index).toHaveLength(seed000Function.length + 2);
  });

  it('lists the department-years that spent under a code, with amounts', () => {
    expect(byCode.get('2150501')!.uses).toEqual([
      { slug: 'zhuzhou-gongxin', department: '株洲市工业和信息化局', year: 2020, total: 1826.22, basic: 1811.22, project: 15, from: 'table' },
    ]);
    expect(index.every((s) => s.uses.every((u) => u.slug !== 'zhuzhou-gongxin' || u.from === 'table'))).toBe(true);
    expect(byCode.get('206')!.uses.map((u) => [u.slug, u.total])).toEqual([['zhuzhou-gongxin', 544.05]]);
  });

  it('takes prose-only codes with their budget and actual, and names ancestors from the path', () => {
    expect(byCode.get('2060101')!.uses).toEqual([{ slug: 'lusong', department: '株洲市芦淞区科技和工业信息化局', year: 2023, budget: 120.5, actual: 118.2, from: 'prose' }]);
    expect(byCode.get('20601')!.name).toBe('科学技术管理事务');
    expect(byCode.get('20601')!.uses).toEqual([]);
  });

  it('adds the 年初预算 of the budget-execution prose to a code already in the function rows', () => {
    const both = buildSubjectIndex([seed000({
      budgetExecution: [{ code: '2150501', path: ['资源勘探工业信息等支出', '工业和信息产业监管', '行政运行'], budget: 1801.85, actual: 1826.22 }],
    })]);
    expect(both.find((s) => s.code === '2150501')!.uses).toEqual([
      { slug: 'zhuzhou-gongxin', department: '株洲市工业和信息化局', year: 2020, total: 1826.22, basic: 1811.22, project: 15, budget: 1801.85, actual: 1826.22, from: 'table' },
    ]);
  });

  it('links parents and children', () => {
    expect(byCode.get('215')!.children).toEqual(['21505']);
    expect(byCode.get('21505')!.children).toEqual(['2150501', '2150508', '2150510', '2150599']);
    expect(byCode.get('2150501')!.parent).toBe('21505');
    expect(byCode.get('206')!.children).toEqual(['20601', '20604', '20699']);
  });

  it('prefers the classification\'s name and keeps older and printed names', () => {
    const withLookup = buildSubjectIndex([zhuzhou], (code) => (code === '222' ? { name: '粮油物资储备支出', aliases: ['粮油物资储备事务'] } : undefined));
    const s = withLookup.find((x) => x.code === '222')!;
    expect(s.name).toBe('粮油物资储备支出');
    expect(s.otherNames).toEqual(['粮油物资储备事务']);
    const printed = buildSubjectIndex([seed000({ expenditureByFunction: [{ code: '222', name: '粮油物质储备支出', level: '类', total: 1 }] })], (code) => (code === '222' ? { name: '粮油物资储备支出' } : undefined));
    expect(printed[0].otherNames).toEqual(['粮油物质储备支出']);
  });
});
