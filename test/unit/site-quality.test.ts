// /quality/ at scale: what the page lists (problems, restatements, files that could not be
// read cleanly) and what it only counts; the full table as data/quality.csv.
import { describe, expect, it } from 'vitest';
import { fileSummary, qualitySummary } from '../../src/lib/quality.ts';
import { QUALITY_TABLE } from '../../src/lib/quality-table.ts';
import { listYear } from '../../src/lib/year-listing.ts';
import type { Check, DepartmentYear, Restatement } from '../../src/lib/schema.ts';
import type { IngestFile } from '../../src/lib/ingest-report.ts';
import { seed000 } from './site-fixtures.ts';

const check = (status: Check['status'], id = `c.${status}`): Check => ({ id, status, message: '核验' });
const restatement: Restatement = {
  field: 'threePublic.actual.total', value: 2.63, source: { file: 'seeds/a.txt', line: 410 },
  statedIn: 2023, stated: 3.13, derivedFrom: '与上年相比增加1.06万元', statedSource: { file: 'seeds/b.txt', line: 107 }, difference: 0.5,
};

function listing(slug: string, year: number, checks: Check[], extra: Partial<DepartmentYear> = {}) {
  return listYear(seed000({ department: { name: `部门${slug}`, slug }, year, checks, ...extra }), '0123456789abcdef');
}

describe('qualitySummary', () => {
  const listings = [
    listing('b', 2021, [check('pass'), check('fail', 'summary.basicPlusProject'), check('rounding')]),
    listing('a', 2021, [check('pass'), check('rounding')]),
    listing('a', 2022, [check('pass')], { restatedBy: [restatement] }),
    listing('c', 2022, [check('repaired', 'repair.code'), check('repaired', 'repair.code'), check('pass')]),
    listing('d', 2022, []),
  ];
  const q = qualitySummary(listings);

  it('totals every check and counts the department-years', () => {
    expect(q.departmentYears).toBe(5);
    expect(q.totals).toEqual({ pass: 4, rounding: 2, repaired: 2, fail: 1 });
  });

  it('lists only the department-years with a failed or repaired check, each problem titled once', () => {
    expect(q.problems.map((p) => [p.slug, p.year, p.titles])).toEqual([
      ['b', 2021, ['基本支出与项目支出之和等于本年支出合计']],
      ['c', 2022, ['读取更正：科目编码']],
    ]);
  });

  it('counts, without listing, the rounding-only and the clean ones', () => {
    expect(q.roundingOnly).toBe(1);
    expect(q.clean).toBe(2);
  });

  it('lists every restatement with the department-year it concerns', () => {
    expect(q.restatements).toEqual([{ slug: 'a', name: '部门a', year: 2022, restatement }]);
  });

  it('summarises each year, newest first', () => {
    expect(q.byYear).toEqual([
      { year: 2022, departmentYears: 3, allNine: 0, failed: 0, repaired: 1, restated: 1, roundingOnly: 0 },
      { year: 2021, departmentYears: 2, allNine: 0, failed: 1, repaired: 0, restated: 0, roundingOnly: 1 },
    ]);
  });

  it('counts a department-year with all nine tables', () => {
    const kinds = ['summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudget', 'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital'] as const;
    const tables = kinds.map((kind) => ({ id: kind, title: kind, kind, columns: [], rows: [] }));
    expect(qualitySummary([listing('e', 2020, [], { tables })]).byYear[0].allNine).toBe(1);
  });

  it('holds what the page shows: it does not grow with department-years that passed', () => {
    const many = Array.from({ length: 500 }, (_, i) => listing(`x${i}`, 2020, [check('pass'), check('rounding')]));
    const big = qualitySummary([...many, ...listings]);
    expect(big.problems).toHaveLength(2);
    expect(big.restatements).toHaveLength(1);
    expect(big.roundingOnly).toBe(501);
  });
});

describe('fileSummary', () => {
  const file = (name: string, status: IngestFile['status'], codes: string[], message = (code: string) => `${code}的说明`): IngestFile => ({
    file: name, status, messages: codes.map((code) => ({ code, message: message(code), file: name, severity: code === 'pdf-encrypted' ? 'error' : 'warning' })),
  });
  const s = fileSummary([
    file('a.txt', 'ok', []),
    file('b.txt', 'warning', ['check-failed', 'check-failed']),
    file('c.txt', 'warning', ['table-no-unit', 'check-failed', 'table-none'], (code) => (code === 'table-none' ? '报告中没有部门决算表' : '公开02 收入决算表没有注明金额单位')),
    file('d.pdf', 'error', ['pdf-encrypted']),
    file('e.txt', 'warning', ['table-none'], () => '报告中没有部门决算表'),
  ]);

  it('counts the clean files and those whose only remarks are failed checks', () => {
    expect(s).toMatchObject({ total: 5, ok: 1, checksOnly: 1, warned: 2 });
  });

  it('lists the files with errors in full', () => {
    expect(s.errors.map((l) => [l.file.file, l.messages.map((m) => m.code), l.failedChecks])).toEqual([['d.pdf', ['pdf-encrypted'], 0]]);
  });

  it('groups the files read with problems by the problem, most files first, a shared sentence said once', () => {
    expect(s.warnings.map((g) => [g.code, g.title, g.same, g.files.map((f) => f.file.file)])).toEqual([
      ['table-none', '报告中没有部门决算表', '报告中没有部门决算表', ['c.txt', 'e.txt']],
      ['table-no-unit', '表格没有注明金额单位', '公开02 收入决算表没有注明金额单位', ['c.txt']],
    ]);
  });
});

describe('data/quality.csv', () => {
  it('has one row per department-year with its coverage and check counts', () => {
    const entry = seed000({ checks: [check('pass'), check('fail'), check('rounding'), check('rounding')], restatedBy: [restatement], narrative: [{ title: '一', text: '…' }] });
    const [row] = QUALITY_TABLE.rows(entry);
    expect(row).toMatchObject({
      部门: '株洲市工业和信息化局', 年度: '2020', 资料: '部门决算', 公开的表格数: '1',
      说明章节: '1', 通过: '1', 尾数误差: '2', 已修正: '0', 未通过: '1', 被后续报告改写: '1',
    });
    expect(row.缺少的表格.split('、')).toHaveLength(8);
    expect(Object.keys(row)).toEqual(QUALITY_TABLE.columns.map((c) => c.name));
  });
});
