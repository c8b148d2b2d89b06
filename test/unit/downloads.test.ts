// The downloads: the CSV tables (download-tables.ts), the files written from content/
// (scripts/write-downloads.ts), datapackage.json and the JSON Schema. Golden figures from
// seeds/000 (株洲市工业和信息化局 2020, site-fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import Decimal from 'decimal.js';
import { departmentYearJsonSchema } from '../../src/lib/downloads.ts';
import { DOWNLOAD_TABLES, ECONOMIC_TABLE, FUNCTION_TABLE, REGION_TABLE, THREE_PUBLIC_TABLE, downloadTablesOf } from '../../src/lib/download-tables.ts';
import { QUALITY_TABLE } from '../../src/lib/quality-table.ts';
import { csvHeader, csvLines, neutraliseFormula } from '../../src/lib/csv.ts';
import { departmentDownload, departmentYear } from '../../src/lib/schema.ts';
import { writeDownloads } from '../../scripts/write-downloads.ts';
import { writeSiteIndex } from '../../scripts/site-index.ts';
import { regionSlug } from '../../scripts/ingest/slug.ts';
import { seed000, seed000Function } from './site-fixtures.ts';

const y2020 = seed000();
const y2019 = seed000({ year: 2019, expenditureByFunction: [{ code: '215', name: '资源勘探工业信息等支出', level: '类', total: 1000 }], threePublic: undefined });
const other = seed000({ department: { name: '浏阳市工业和信息化局', slug: 'liuyang', region: ['浏阳市'] }, year: 2021, expenditureByFunction: undefined });

const parse = (text: string) => csvParse(text.replace(/^\uFEFF/, ''));
const tableCsv = (table: (typeof DOWNLOAD_TABLES)[number], entry = y2020) => parse(csvHeader(table.columns.map((c) => c.name)) + csvLines(table.rows(entry), table.columns.map((c) => c.name)));

describe('the function CSV', () => {
  const rows = tableCsv(FUNCTION_TABLE);

  it('has a row per 类/款/项 with the amounts as printed', () => {
    expect(rows).toHaveLength(seed000Function.length);
    expect(rows.find((r) => r['科目编码'] === '2150501')).toMatchObject({
      部门: '株洲市工业和信息化局', 年度: '2020', 科目名称: '行政运行', 级次: '项', 本年支出合计: '1826.22', 基本支出: '1811.22', 项目支出: '15.00', 末级: '是',
    });
    expect(rows.find((r) => r['科目编码'] === '215')).toMatchObject({ 级次: '类', 本年支出合计: '2243.59', 末级: '否' });
  });

  it('keeps the columns of the first expenditure.csv, in order, and adds only at the end', () => {
    expect(FUNCTION_TABLE.columns.map((c) => c.name).join(',')).toBe('部门,部门标识,地区,年度,科目编码,科目名称,级次,本年支出合计,基本支出,项目支出,来源文件,来源行,来源页,末级');
  });

  it('marks the rows that add up to the year, each 元 once: 16 项 summing as the 类 do', () => {
    const sum = (list: readonly Record<string, string | undefined>[]) => list.reduce((s, r) => s.plus(r['本年支出合计']!), new Decimal(0)).toFixed(2);
    const leaves = rows.filter((r) => r['末级'] === '是');
    expect(leaves).toHaveLength(16);
    expect(sum(leaves)).toBe('7627.21');
    expect(sum(rows.filter((r) => r['级次'] === '类'))).toBe('7627.21');
    // 公开01 prints 本年支出合计 7,627.22: the report's own rounding, within 0.01.
    expect(y2020.summary!.expenditureTotal).toBe(7627.22);
  });

  it('leaves unstated amounts empty, not 0', () => {
    const [row] = tableCsv(FUNCTION_TABLE, seed000({ expenditureByFunction: [{ code: '206', name: '科学技术支出', level: '类', total: 295 }] }));
    expect(row).toMatchObject({ 本年支出合计: '295.00', 基本支出: '', 项目支出: '', 末级: '是' });
  });
});

describe('the other CSVs', () => {
  it('三公: budget and actual per item, 合计 first, the vehicle split as 其中 rows', () => {
    const rows = tableCsv(THREE_PUBLIC_TABLE);
    expect(rows.map((r) => r['项目'])).toEqual(['合计', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车购置费', '其中：公务用车运行费', '公务接待费']);
    expect(rows[0]).toMatchObject({ 预算数: '62.34', 决算数: '62.34' });
    expect(rows[3]).toMatchObject({ 预算数: '18.91', 决算数: '18.91' });
    // No 三公 table row holds these figures in the fixture: no source rather than a wrong one.
    expect(rows[0]['来源文件']).toBe('');
  });

  it('经济分类: 末级 marks the 款 under each 类', () => {
    const entry = seed000({ basicByEconomic: { rows: [
      { code: '301', name: '工资福利支出', level: '类', amount: 100 },
      { code: '30101', name: '基本工资', level: '款', amount: 60 },
      { code: '30102', name: '津贴补贴', level: '款', amount: 40 },
      { code: '310', name: '资本性支出', level: '类', amount: 5.5 },
    ] } });
    expect(tableCsv(ECONOMIC_TABLE, entry).map((r) => [r['科目编码'], r['决算数'], r['末级']])).toEqual([
      ['301', '100.00', '否'], ['30101', '60.00', '是'], ['30102', '40.00', '是'], ['310', '5.50', '是'],
    ]);
  });

  it('a department-year offers only the tables it has rows for', () => {
    expect(downloadTablesOf(y2020).map((t) => t.kind)).toEqual(['function', 'three-public']);
    expect(downloadTablesOf(y2019).map((t) => t.kind)).toEqual(['function']);
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('株洲市')).toBe('株洲市');
    expect(tableCsv(FUNCTION_TABLE, seed000({ department: { name: '=1+1', slug: 'x' } }))[0]!['部门']).toBe("'=1+1");
  });
});

describe('writeDownloads', () => {
  let content: string;
  let dist: string;
  const read = (path: string) => readFileSync(join(dist, 'data', path), 'utf8');
  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'downloads-content-'));
    dist = mkdtempSync(join(tmpdir(), 'downloads-dist-'));
    mkdirSync(join(content, 'departments'));
    for (const e of [y2020, other, y2019]) writeFileSync(join(content, 'departments', `${e.department.slug}-${e.year}.json`), `${JSON.stringify(e, null, 2)}\n`);
    // A department whose report was removed since the last build.
    mkdirSync(join(dist, 'data', 'departments', 'gone'), { recursive: true });
    writeFileSync(join(dist, 'data', 'departments', 'gone.json'), '{}');
    // The region tables come from the site index, written before the downloads as in the build.
    await writeSiteIndex(content, { cache: false });
    await writeDownloads(content, dist, '2026-11-29', { cache: false });
  });
  afterAll(() => { rmSync(content, { recursive: true, force: true }); rmSync(dist, { recursive: true, force: true }); });

  it('copies each department-year byte for byte', () => {
    expect(read('departments/zhuzhou-gongxin/2020.json')).toBe(readFileSync(join(content, 'departments', 'zhuzhou-gongxin-2020.json'), 'utf8'));
  });

  it('writes a department with its years ascending, valid against the contract', () => {
    const d = JSON.parse(read('departments/zhuzhou-gongxin.json'));
    expect(d.years.map((y: { year: number }) => y.year)).toEqual([2019, 2020]);
    expect(departmentDownload.safeParse(d).success).toBe(true);
  });

  it('writes all.json with departments by slug, and one JSONL line per department-year of a year', () => {
    const all = JSON.parse(read('all.json'));
    expect(all.departments.map((d: { department: { slug: string } }) => d.department.slug)).toEqual(['liuyang', 'zhuzhou-gongxin']);
    // Byte for byte the compact form of the departments' own downloads (all.json is put together from stored parts).
    expect(read('all.json')).toBe(`${JSON.stringify({ schemaVersion: 1, departments: ['liuyang', 'zhuzhou-gongxin'].map((slug) => JSON.parse(read(`departments/${slug}.json`))) })}\n`);
    const lines = read('years/2020.jsonl').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(departmentYear.parse(JSON.parse(lines[0]!)).summary?.expenditureTotal).toBe(7627.22);
  });

  it('writes the CSVs per year, per department-year and for all years', () => {
    expect(parse(read('years/2020-function.csv'))).toHaveLength(seed000Function.length);
    expect(parse(read('years/2019-function.csv'))).toHaveLength(1);
    expect(parse(read('expenditure.csv'))).toHaveLength(seed000Function.length + 1);
    expect(parse(read('departments/zhuzhou-gongxin/2020-three-public.csv'))).toHaveLength(6);
    expect(read('years/2021-function.csv')).toBe(`\uFEFF${FUNCTION_TABLE.columns.map((c) => c.name).join(',')}\n`);
  });

  it('describes every CSV in datapackage.json by the columns it has', () => {
    const pkg = JSON.parse(read('datapackage.json'));
    expect(pkg.created).toBe('2026-11-29');
    for (const table of DOWNLOAD_TABLES) {
      const resource = pkg.resources.find((r: { name: string }) => r.name === table.kind);
      expect(resource.path).toEqual(['years/2019-' + table.kind + '.csv', 'years/2020-' + table.kind + '.csv', 'years/2021-' + table.kind + '.csv']);
      const header = read(resource.path[0]).replace(/^\uFEFF/, '').split('\n')[0];
      expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(header);
    }
  });

  it('writes a region table per region and year from the site index, listed in datapackage.json', () => {
    const zhuzhou = `regions/${regionSlug(['株洲市'])}`;
    const rows = parse(read(`${zhuzhou}/2020.csv`));
    expect(rows.columns).toEqual(REGION_TABLE.columns.map((c) => c.name));
    expect(rows.map((r) => [r['部门标识'], r['本年支出合计'], r['“三公”经费决算'], r['占地区支出合计']])).toEqual([['zhuzhou-gongxin', '7627.22', '62.34', '100.0']]);
    expect(parse(read(`${zhuzhou}/2019.csv`))).toHaveLength(1);
    const resource = JSON.parse(read('datapackage.json')).resources.find((r: { name: string }) => r.name === REGION_TABLE.kind);
    expect(resource.path).toEqual([`regions/${regionSlug(['浏阳市'])}/2021.csv`, `${zhuzhou}/2019.csv`, `${zhuzhou}/2020.csv`]);
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(REGION_TABLE.columns.map((c) => c.name));
  });

  it('writes quality.csv: one row per department-year, by slug and year, described in datapackage.json', () => {
    const rows = parse(read('quality.csv'));
    expect(rows.map((r) => [r['部门标识'], r['年度']])).toEqual([['liuyang', '2021'], ['zhuzhou-gongxin', '2019'], ['zhuzhou-gongxin', '2020']]);
    const resource = JSON.parse(read('datapackage.json')).resources.find((r: { name: string }) => r.name === 'quality');
    expect(resource.path).toBe('quality.csv');
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(QUALITY_TABLE.columns.map((c) => c.name));
  });

  it('leaves nothing of a department no longer in content/', () => {
    expect(existsSync(join(dist, 'data', 'departments', 'gone'))).toBe(false);
    expect(readdirSync(join(dist, 'data', 'departments')).filter((n) => n.endsWith('.json')).sort()).toEqual(['liuyang.json', 'zhuzhou-gongxin.json']);
  });
});

describe('JSON Schema', () => {
  it('is generated from the contract, with an id under the site and base path', () => {
    const schema = departmentYearJsonSchema('https://example.org/portal/');
    expect(schema.$id).toBe('https://example.org/portal/data/schema.json');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'department', 'year', 'unit', 'sources', 'checks']));
    expect(Object.keys(schema)[0]).toBe('$schema');
  });

  it('claims no address without a site: no $id, and no example.org', () => {
    const schema = departmentYearJsonSchema();
    expect(schema).not.toHaveProperty('$id');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'year', 'checks']));
    expect(JSON.stringify(schema)).not.toContain('example.org');
  });
});
