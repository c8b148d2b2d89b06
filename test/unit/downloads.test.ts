import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { bulkDownload, departmentDownloadOf, departmentYearJsonSchema, expenditureCsv, expenditureRows } from '../../src/lib/downloads.ts';
import { neutraliseFormula } from '../../src/lib/csv.ts';
import { departmentDownload } from '../../src/lib/schema.ts';
import { seed000, seed000Function } from './site-fixtures.ts';

const y2020 = seed000();
const y2019 = seed000({ year: 2019, expenditureByFunction: [{ code: '215', name: '资源勘探工业信息等支出', level: '类', total: 1000 }] });
const other = seed000({ department: { name: '浏阳市工业和信息化局', slug: 'liuyang', region: ['浏阳市'] }, year: 2021, expenditureByFunction: undefined });

describe('department download', () => {
  it('holds every year of one department, ascending, and validates against the contract', () => {
    const d = departmentDownloadOf([y2020, other, y2019], 'zhuzhou-gongxin')!;
    expect(d.years.map((y) => y.year)).toEqual([2019, 2020]);
    expect(d.department.slug).toBe('zhuzhou-gongxin');
    expect(departmentDownload.safeParse(d).success).toBe(true);
    expect(departmentDownloadOf([y2020], 'nobody')).toBeUndefined();
  });

  it('is byte-identical whatever order the content arrives in', () => {
    expect(JSON.stringify(bulkDownload([y2020, other, y2019]))).toBe(JSON.stringify(bulkDownload([y2019, y2020, other])));
    expect(bulkDownload([y2020, other]).departments.map((d) => d.department.slug)).toEqual(['liuyang', 'zhuzhou-gongxin']);
  });
});

describe('expenditure CSV', () => {
  const csv = expenditureCsv([y2020, other]);

  it('starts with a BOM and round-trips through a CSV parser with Chinese headers', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(csv.slice(1));
    expect(rows).toHaveLength(seed000Function.length);
    const row = rows.find((r) => r['科目编码'] === '2150501')!;
    expect(row).toMatchObject({ 部门: '株洲市工业和信息化局', 年度: '2020', 科目名称: '行政运行', 级次: '项', 本年支出合计: '1826.22', 基本支出: '1811.22', 项目支出: '15.00' });
  });

  it('prints amounts with two decimals and leaves unstated ones empty', () => {
    const rows = expenditureRows([seed000({ expenditureByFunction: [{ code: '206', name: '科学技术支出', level: '类', total: 295 }] })]);
    expect(rows[0]).toMatchObject({ 本年支出合计: '295.00', 基本支出: '', 项目支出: '' });
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('株洲市')).toBe('株洲市');
    const rows = csvParse(expenditureCsv([seed000({ department: { name: '=1+1', slug: 'x' } })]).slice(1));
    expect(rows[0]['部门']).toBe("'=1+1");
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
});
