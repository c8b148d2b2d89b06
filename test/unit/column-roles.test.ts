// Column roles: every cell is read by the role of its column, so a blank cell shifts nothing,
// separate 类 | 款 | 项 columns join into one code, and 三公 columns are named by their header.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/ingest/checks/index.ts';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { DepartmentYear } from '../../src/lib/schema.ts';

const read = (...lines: string[]) => parseTables({ file: 't.txt', lines: toLines(lines.join('\n')) });
const entry = (tables: DepartmentYear['tables']): DepartmentYear => ({
  schemaVersion: 1, department: { name: '测试局', slug: 'ce-shi-ju' }, year: 2024, unit: '万元',
  sources: [{ file: 't.txt', sha256: '0'.repeat(64), documentType: 'final-accounts' }], tables, checks: [],
});

describe('a blank cell is not stated, and shifts nothing', () => {
  const facts = read(
    '支出决算表', '单位：万元',
    '功能分类科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
    '合计\t\t200.00\t\t200.00',
    '206\t科学技术支出\t200.00\t\t200.00',
    '20604\t技术与开发\t200.00\t\t200.00',
    '2060402\t技术研究\t200.00\t\t200.00',
    '注：本表反映部门本年度各项支出情况。',
  );

  it('publishes the roles of the columns', () => {
    expect(facts.tables[0].columnRoles).toEqual(['code', 'name', 'amount:total', 'amount:basic', 'amount:project']);
    expect(facts.tables[0].kind).toBe('expenditure');
  });

  it('reads total and project, and no basic', () => {
    expect(facts.expenditureByFunction?.find((r) => r.code === '2060402')).toEqual({
      code: '2060402', name: '技术研究', level: '项', total: 200, project: 200, source: { file: 't.txt', line: 7 },
    });
    expect(facts.summary).toEqual({ projectExpenditure: 200 });
  });

  it('fails no check: 200 = blank + 200 on every row, and every column adds up', () => {
    const checks = runChecks(entry(facts.tables), { documents: [] });
    expect(checks.map((c) => `${c.id}:${c.status}`)).toEqual(['expenditure.hierarchy:pass', 'expenditure.rowSplit:pass']);
  });
});

describe('separate 类 | 款 | 项 code columns', () => {
  const facts = read(
    '一般公共预算财政拨款支出决算表', '单位：万元',
    '科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出',
    '类\t款\t项\t\t\t\t',
    '\t\t\t合计\t30.00\t20.00\t10.00',
    '201\t\t\t一般公共服务支出\t30.00\t20.00\t10.00',
    '201\t06\t\t财政事务\t30.00\t20.00\t10.00',
    '201\t06\t01\t行政运行\t20.00\t20.00\t',
    '\t\t02\t一般行政管理事务\t10.00\t\t10.00',
    '注：本表反映一般公共预算财政拨款支出情况。',
  );

  it('joins 201 + 06 + 01 into 2010601, carrying the parts a row leaves blank', () => {
    expect(facts.tables[0].columnRoles?.slice(0, 4)).toEqual(['code:类', 'code:款', 'code:项', 'name']);
    expect(facts.expenditureByFunction?.map((r) => [r.code, r.level, r.total, r.basic, r.project])).toEqual([
      ['201', '类', 30, 20, 10], ['20106', '款', 30, 20, 10], ['2010601', '项', 20, 20, undefined], ['2010602', '项', 10, undefined, 10],
    ]);
  });
});

describe('the 三公 table with 预算数 and 决算数 under each item', () => {
  const facts = read(
    '财政拨款“三公”经费支出决算表', '单位：万元',
    '财政拨款“三公”经费\t\t\t\t\t\t\t\t\t\t\t',
    '合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t',
    '\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t',
    '预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数',
    '2.85\t0.39\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t2.85\t0.39',
    '注：本表反映部门本年度“三公”经费支出预决算情况。',
  );

  it('names every column by side and item and reads the twelve figures', () => {
    expect(facts.tables[0].columnRoles).toEqual([
      'amount:budget.total', 'amount:actual.total', 'amount:budget.abroad', 'amount:actual.abroad',
      'amount:budget.vehicle', 'amount:actual.vehicle', 'amount:budget.vehiclePurchase', 'amount:actual.vehiclePurchase',
      'amount:budget.vehicleOperation', 'amount:actual.vehicleOperation', 'amount:budget.reception', 'amount:actual.reception',
    ]);
    expect(facts.threePublic).toEqual({
      budget: { total: 2.85, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 2.85 },
      actual: { total: 0.39, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0.39 },
    });
  });
});

describe('two panels side by side in the 基本支出 table', () => {
  const facts = read(
    '一般公共预算财政拨款基本支出决算表', '单位：万元',
    '经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数',
    '301\t工资福利支出\t10.00\t302\t商品和服务支出\t4.00',
    '30101\t基本工资\t10.00\t30201\t办公费\t',
    '\t\t\t30299\t其他商品和服务支出\t4.00',
    '人员经费合计\t\t10.00\t公用经费合计\t\t4.00',
    '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  );

  it('reads both panels, a blank amount as not stated, and the merged 合计 labels', () => {
    expect(facts.basicByEconomic).toEqual({
      personnelTotal: 10, publicTotal: 4,
      rows: [
        { code: '301', name: '工资福利支出', level: '类', amount: 10, source: { file: 't.txt', line: 4 } },
        { code: '30101', name: '基本工资', level: '款', amount: 10, source: { file: 't.txt', line: 5 } },
        { code: '302', name: '商品和服务支出', level: '类', amount: 4, source: { file: 't.txt', line: 4 } },
        { code: '30299', name: '其他商品和服务支出', level: '款', amount: 4, source: { file: 't.txt', line: 6 } },
      ],
    });
    expect(facts.messages.find((m) => m.code === 'table-economic-row')?.message).toBe('一般公共预算财政拨款基本支出决算表：“30201 办公费”没有金额，未读取');
  });
});
