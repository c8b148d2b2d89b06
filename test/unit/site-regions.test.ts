// Regions and the region-year table: the region index (nesting, counts, slugs), the figures a
// listing carries for it, and the table itself with golden values from the seeds (ingested in
// memory, then listed as the site index lists them). 株洲市 has three departments in the seeds:
// 工业和信息化局 and 人民政府办公室（本级） in 2020, 芦淞区科技和工业信息化局 in 2023.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { regionSlug } from '../../scripts/ingest/slug.ts';
import { comparedFiguresOf } from '../../src/lib/compared-figures.ts';
import { csvHeader, csvLines } from '../../src/lib/csv.ts';
import { REGION_TABLE } from '../../src/lib/download-tables.ts';
import { buildRegions, byRegionYear, inRegion, regionYearKey } from '../../src/lib/regions.ts';
import { regionTable, type RegionRow } from '../../src/lib/region-table.ts';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { listYear, type YearListing } from '../../src/lib/year-listing.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { SEED_FILES, seedBytes } from '../helpers/seeds.ts';
import { seed000 } from './site-fixtures.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

describe('regionSlug', () => {
  it('spells the places in pinyin, outer first, with a hash of the names', () => {
    expect(regionSlug(['株洲市'])).toMatch(/^zhuzhoushi-[0-9a-f]{6}$/);
    expect(regionSlug(['株洲市', '芦淞区'])).toMatch(/^zhuzhoushi-lusongqu-[0-9a-f]{6}$/);
    expect(regionSlug(['上海市', '普陀区'])).toMatch(/^shanghaishi-putuoqu-[0-9a-f]{6}$/);
  });

  it('keeps homophones apart: 泰州市 and 台州市 both spell taizhoushi', () => {
    const [a, b] = [regionSlug(['泰州市']), regionSlug(['台州市'])];
    expect(a.slice(0, -7)).toBe(b.slice(0, -7));
    expect(a).not.toBe(b);
  });

  it('is ASCII for any name, a hostile one included', () => {
    for (const names of [['株洲市"><svg onload=alert(1)>'], ['Ｘ市'], ['']]) expect(regionSlug(names)).toMatch(SLUG);
  });
});

const located = (slug: string, year: number, region?: string[]) => ({ department: { slug, ...(region ? { region } : {}) }, year });

describe('buildRegions', () => {
  const regions = buildRegions([
    located('a', 2020, ['株洲市']), located('b', 2020, ['株洲市']), located('c', 2023, ['株洲市', '芦淞区']),
    located('a', 2021, ['株洲市']), located('d', 2021, ['浏阳市']), located('e', 2022),
  ], (names) => names.join('-'));

  it('lists every place and each place outside it, cities in Chinese order, each followed by its districts', () => {
    expect(regions.map((r) => r.names.join('/'))).toEqual(['浏阳市', '株洲市', '株洲市/芦淞区']);
    expect(regions[1]).toMatchObject({ slug: '株洲市', children: ['株洲市-芦淞区'], departments: 3 });
    expect(regions[2]).toMatchObject({ parent: '株洲市', children: [], departments: 1 });
  });

  it('counts department-years by year, a city holding its districts', () => {
    expect(regions[1].years).toEqual([{ year: 2020, departments: 2 }, { year: 2021, departments: 1 }, { year: 2023, departments: 1 }]);
  });

  it('groups department-years under their region-year and every region outside it', () => {
    const groups = byRegionYear([located('a', 2020, ['株洲市']), located('c', 2023, ['株洲市', '芦淞区'])]);
    expect(groups.get(regionYearKey(['株洲市'], 2023))?.map((l) => l.department.slug)).toEqual(['c']);
    expect(groups.get(regionYearKey(['株洲市', '芦淞区'], 2023))?.map((l) => l.department.slug)).toEqual(['c']);
    expect(groups.has(regionYearKey(['株洲市'], 2021))).toBe(false);
    expect(inRegion(['株洲市', '芦淞区'], ['株洲市'])).toBe(true);
    expect(inRegion(['株洲市'], ['株洲市', '芦淞区'])).toBe(false);
    expect(inRegion(undefined, ['株洲市'])).toBe(false);
  });
});

describe('comparedFiguresOf', () => {
  it('takes the 三公 totals as stated, last year\'s from the parts this report states, and staff', () => {
    expect(comparedFiguresOf(seed000({ staff: { authorized: 107, actual: 85, retired: 74 }, operatingCosts: 968.21, procurement: { total: 3512 } }))).toEqual({
      threePublicBudget: { value: 62.34 },
      threePublicActual: { value: 62.34 },
      // 13.65 + 29.71 + 18.3: 因公出国（境）费, 公务用车 and 公务接待费 of 2019 as the 2020 report states them.
      threePublicPrior: { value: 61.66, derived: '由本年度报告所写上年各项相加得出' },
      operatingCosts: 968.21,
      procurement: 3512,
      staff: { authorized: 107, actual: 85 },
    });
  });

  it('adds the parts when a report states no 三公 total, and says so', () => {
    const parts = { abroad: 1.5, vehicle: 10, reception: 0.26 };
    expect(comparedFiguresOf(seed000({ threePublic: { actual: parts }, history: [] })).threePublicActual).toEqual({ value: 11.76, derived: '由因公出国（境）费、公务用车购置及运行费与公务接待费相加得出' });
  });

  it('leaves out what the report does not state', () => {
    expect(comparedFiguresOf(seed000({ threePublic: undefined, history: [] }))).toEqual({});
  });
});

describe('the region-year table of the seeds', async () => {
  const { effects, output } = memoryEffects(Object.fromEntries(SEED_FILES.map((f) => [f, seedBytes(f)])));
  await runIngest(effects);
  const listings = [...output].filter(([k]) => /departments\/.*-\d{4}\.json$/.test(k)).map(([, text]) => listYear(JSON.parse(text) as DepartmentYear, '0'.repeat(16)));
  const groups = byRegionYear(listings);
  const tableOf = (names: string[], year: number) => regionTable(groups.get(regionYearKey(names, year)) ?? [], () => undefined);
  const values = (r: RegionRow) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c?.value]));

  it('株洲市 2020: two departments, largest spending first, every figure as the reports give it', () => {
    const table = tableOf(['株洲市'], 2020);
    expect(table.rows.map((r) => r.name)).toEqual(['株洲市工业和信息化局', '株洲市人民政府办公室（本级）']);
    expect(values(table.rows[0])).toMatchObject({
      expenditure: 7627.22, expenditureShare: 58, basic: 3037.09, project: 4590.13,
      threePublicBudget: 62.34, threePublicActual: 62.34, threePublicRate: 100, threePublicShare: 27.9,
      // 2019: 13.65 + 29.71 + 18.3 = 61.66 (seed 000, 第三部分 七); 62.34 − 61.66 = 0.68, 1.1% of 61.66.
      threePublicChange: 0.68, threePublicChangeRate: 1.1,
      // seed 000 line 670: 实有在职85人; 62.34 / 85 = 0.7334, 968.21 / 85 = 11.3907.
      operatingCosts: 968.21, procurement: 3512, staff: 85, threePublicPerStaff: 0.73, operatingCostsPerStaff: 11.39, failed: 0,
    });
    expect(values(table.rows[1])).toMatchObject({
      expenditure: 5531.1, expenditureShare: 42, threePublicBudget: 310, threePublicActual: 161.33, threePublicRate: 52, threePublicShare: 72.1,
      // 2019: 55.2 + 221.39 + 7.47 = 284.06 (seed 001); 161.33 − 284.06 = −122.73, −43.2%.
      threePublicChange: -122.73, threePublicChangeRate: -43.2,
      // seed 001 line 584: 实有人数 99 人; 161.33 / 99 = 1.6296, 2883.06 / 99 = 29.1218.
      operatingCosts: 2883.06, procurement: 1246.85, staff: 99, threePublicPerStaff: 1.63, operatingCostsPerStaff: 29.12, failed: 1,
    });
    expect(table.totals).toEqual({
      expenditure: { value: 13158.32, stated: 2 }, threePublicBudget: { value: 372.34, stated: 2 }, threePublicActual: { value: 223.67, stated: 2 },
      operatingCosts: { value: 3851.27, stated: 2 }, procurement: { value: 4758.85, stated: 2 }, staff: { value: 184, stated: 2 },
    });
    expect(table.rows[0].cells.threePublicChange).toMatchObject({ derived: true, note: '上年数 61.66 万元，由本年度报告所写上年各项相加得出' });
  });

  it('株洲市 2023 holds 芦淞区\'s department, with its region, and no staff figures where the report states none', () => {
    const [only] = tableOf(['株洲市'], 2023).rows;
    expect(only.name).toBe('株洲市芦淞区科技和工业信息化局');
    expect(values(only)).toMatchObject({
      region: '株洲市 · 芦淞区', expenditure: 1451.29, expenditureShare: 100, threePublicActual: 3.63,
      // "与上年相比增加1.07万元": 2022 was 2.56; 1.07 / 2.56 = 41.8%.
      threePublicChange: 1.07, threePublicChangeRate: 41.8, operatingCosts: 31.84, procurement: 97.68,
      staff: undefined, threePublicPerStaff: undefined, operatingCostsPerStaff: undefined,
    });
    expect(only.cells.staff?.note).toBe('报告未写明');
    expect(only.cells.notes?.value).toBe('比上年增减：上年数 2.56 万元，据本年度报告“与上年相比增加1.07万元”推算；实有人数：报告未写明');
    expect(tableOf(['株洲市', '芦淞区'], 2023).rows.map((r) => r.slug)).toEqual([only.slug]);
  });

  it('浏阳市 2021: a self-evaluation only, its missing figures missing with the reason, never 0', () => {
    const [only] = tableOf(['浏阳市'], 2021).rows;
    expect(values(only)).toMatchObject({ expenditure: 1943.63, threePublicBudget: 8, threePublicActual: 6.8, threePublicRate: 85, operatingCosts: undefined, procurement: 44.17, staff: 40, threePublicPerStaff: 0.17 });
    expect(only.cells.operatingCosts).toEqual({ note: '只公开了绩效自评报告，其中未写明' });
    expect(only.cells.operatingCostsPerStaff).toEqual({ note: '缺少计算所需的数字', quiet: true });
    expect(String(only.cells.notes?.value)).toContain('机关运行经费：只公开了绩效自评报告，其中未写明');
  });

  it('gives a CSV of exactly the table: its columns, its rows in its order, its plain values', () => {
    const table = tableOf(['株洲市'], 2020);
    const names = REGION_TABLE.columns.map((c) => c.name);
    const csv = csvParse((csvHeader(names) + csvLines(REGION_TABLE.rows(table), names)).replace(/^\uFEFF/, ''));
    expect(csv.columns).toEqual(table.columns.map((c) => c.name));
    expect(csv.map((r) => r['部门标识'])).toEqual(table.rows.map((r) => r.slug));
    expect(csv[0]).toMatchObject({ 本年支出合计: '7627.22', 占地区支出合计: '58.0', 政府采购: '3512.00', 实有人数: '85', '人均“三公”经费': '0.73', 未通过的核验: '0' });
    expect(csv[1]).toMatchObject({ 比上年增减: '-122.73', '比上年增减（%）': '-43.2', 未通过的核验: '1' });
  });
});

describe('the region-year table', () => {
  const listing = (entry: DepartmentYear, digest = '0'.repeat(16)): YearListing => listYear(entry, digest);
  const y2020 = seed000();

  it('takes last year from the department\'s own report of that year over what this year\'s report says of it', () => {
    const y2019 = seed000({ year: 2019, threePublic: { actual: { total: 70 } }, history: [] });
    const table = regionTable([listing(y2020)], (_slug, year) => (year === 2019 ? listing(y2019) : undefined));
    expect(table.rows[0].cells.threePublicChange).toEqual({ value: -7.66, derived: false });
    expect(table.rows[0].cells.threePublicChangeRate?.value).toBe(-10.9);
  });

  it('flags a failed check beside the figure it concerns, and counts it on the row', () => {
    const failed = seed000({ checks: [{ id: 'threePublic.sum', status: 'fail', message: '“三公”经费决算各项之和与合计不符', field: 'threePublic.actual.total' }] });
    const [row] = regionTable([listing(failed)], () => undefined).rows;
    expect(row.cells.threePublicActual?.failed).toEqual(['“三公”经费决算各项之和与合计不符']);
    expect(row.cells.expenditure?.failed).toBeUndefined();
    expect(row.cells.failed?.value).toBe(1);
  });

  it('leaves shares out when no department states the figure, and puts such departments last', () => {
    const none = seed000({ department: { name: '甲局', slug: 'jia', region: ['株洲市'] }, summary: undefined, threePublic: undefined, history: [] });
    const table = regionTable([listing(none), listing(y2020)], () => undefined);
    expect(table.rows.map((r) => r.slug)).toEqual(['zhuzhou-gongxin', 'jia']);
    expect(table.rows[1].cells.expenditure).toEqual({ note: '报告未写明' });
    expect(table.rows[1].cells.expenditureShare).toMatchObject({ value: undefined, quiet: true });
    expect(table.totals.expenditure).toEqual({ value: 7627.22, stated: 1 });
  });
});
