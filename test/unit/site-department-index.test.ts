import { describe, expect, it } from 'vitest';
import { allRegions, buildDepartments, groupByRegion, regionLabel, totalsByYear, UNKNOWN_REGION } from '../../src/lib/department-index.ts';
import { seed000 } from './site-fixtures.ts';

const zhuzhou2020 = seed000();
const zhuzhou2019 = seed000({ year: 2019, department: { name: '株洲市经济和信息化委员会', slug: 'zhuzhou-gongxin', region: ['株洲市'] }, summary: { expenditureTotal: 3679.87 } });
const lusong = seed000({ department: { name: '株洲市芦淞区科技和工业信息化局', slug: 'lusong', region: ['株洲市', '芦淞区'] }, year: 2023, summary: { expenditureTotal: 1451.29 } });
const pingdingshan = seed000({ department: { name: '平顶山市工业和信息化局', slug: 'pds', region: ['平顶山市'] }, year: 2023, summary: {} });
const nowhere = seed000({ department: { name: '某局', slug: 'a-nowhere' }, year: 2023, summary: undefined });

describe('department index', () => {
  const departments = buildDepartments([lusong, zhuzhou2020, nowhere, zhuzhou2019, pingdingshan]);

  it('merges the years of a department and names it as its latest year does', () => {
    const z = departments.find((d) => d.slug === 'zhuzhou-gongxin')!;
    expect(z.years).toEqual([2019, 2020]);
    expect(z.name).toBe('株洲市工业和信息化局');
  });

  it('groups departments by city, unknown region last', () => {
    const groups = groupByRegion(departments);
    expect(groups.map((g) => g.region)).toEqual(['平顶山市', '株洲市', UNKNOWN_REGION]);
    expect(groups[1].departments.map((d) => d.slug)).toEqual(['zhuzhou-gongxin', 'lusong']);
  });

  it('lists cities and districts for the filter, and labels regions', () => {
    expect(allRegions(departments)).toEqual(['芦淞区', '平顶山市', '株洲市']);
    expect(regionLabel(['株洲市', '芦淞区'])).toBe('株洲市 · 芦淞区');
    expect(regionLabel(undefined)).toBe(UNKNOWN_REGION);
  });

  it('totals expenditure per year exactly, counting years without a stated total', () => {
    expect(totalsByYear([zhuzhou2020, zhuzhou2019, lusong, pingdingshan, nowhere])).toEqual([
      { year: 2019, departments: 1, expenditure: 3679.87, withoutTotal: 0 },
      { year: 2020, departments: 1, expenditure: 7627.22, withoutTotal: 0 },
      { year: 2023, departments: 3, expenditure: 1451.29, withoutTotal: 2 },
    ]);
  });
});
