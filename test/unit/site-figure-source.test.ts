// Figures without a source of their own get the row of the table that states them, read by
// column role; a figure no row states (prose, or a disagreeing table) gets no note.
import { describe, expect, it } from 'vitest';
import { economicTotalSource, summarySource, threePublicSource } from '../../src/lib/figure-source.ts';
import { sourceLocation } from '../../src/lib/source-note.ts';
import { PDF_FILE, putuo2024 } from './site-fixtures-pdf.ts';
import { seed000 } from './site-fixtures.ts';

const where = (source: { line: number; page?: number } | undefined) => source && sourceLocation(source);

describe('summary figures of the PDF', () => {
  const entry = putuo2024();

  it.each([
    ['incomeTotal', 122, '第 7 页'],
    ['expenditureTotal', 122, '第 7 页'],
    ['openingBalance', 124, '第 7 页'],
    ['closingBalance', 124, '第 7 页'],
    ['grandTotal', 125, '第 7 页'],
  ] as const)('%s is on the 收入支出决算总表 row of line %i (%s)', (key, line, page) => {
    const source = summarySource(entry, key);
    expect(source).toEqual({ file: PDF_FILE, line, page: 7 });
    expect(where(source)).toBe(page);
  });

  it('reads 基本支出 and 项目支出 from the 合计 row of the 支出决算表 (page 10), not the fiscal-only table', () => {
    expect(summarySource(entry, 'basicExpenditure')).toEqual({ file: PDF_FILE, line: 161, page: 10 });
    expect(summarySource(entry, 'projectExpenditure')).toEqual({ file: PDF_FILE, line: 161, page: 10 });
  });

  it('gives no source when no row states the published value', () => {
    // The narrative's figure, which the table does not print.
    expect(summarySource(putuo2024({ summary: { expenditureTotal: 9759.39 } }), 'expenditureTotal')).toBeUndefined();
    expect(summarySource(putuo2024({ tables: [] }), 'expenditureTotal')).toBeUndefined();
    expect(summarySource(putuo2024({ summary: {} }), 'incomeTotal')).toBeUndefined();
  });
});

describe('三公 and 人员经费 of the PDF', () => {
  const entry = putuo2024();

  it('finds each 三公 figure in its own column of the 12-column table (page 17)', () => {
    expect(where(threePublicSource(entry, 'actual', 'total'))).toBe('第 17 页');
    expect(where(threePublicSource(entry, 'budget', 'reception'))).toBe('第 17 页');
    expect(threePublicSource(putuo2024({ threePublic: { actual: { total: 0.54 } } }), 'actual', 'total')).toBeUndefined();
  });

  it('finds 人员经费合计 and 公用经费合计 on the merged row of the two-panel table (page 16)', () => {
    expect(economicTotalSource(entry, 'personnel')).toEqual({ file: PDF_FILE, line: 293, page: 16 });
    expect(economicTotalSource(entry, 'public')).toEqual({ file: PDF_FILE, line: 293, page: 16 });
    // The narrative's all-funds 人员经费 4,896.98 is not what the fiscal-only table prints.
    expect(economicTotalSource(putuo2024({ basicByEconomic: { personnelTotal: 4896.98, rows: [] } }), 'personnel')).toBeUndefined();
  });
});

describe('a text report (seed 000): 行次 between label and amount, a blank cell before the amount', () => {
  const at = (line: number) => ({ file: 'seeds/000_b2f907220b214ab4.txt', line });
  const entry = seed000({
    basicByEconomic: { personnelTotal: 2068.89, publicTotal: 968.21, rows: [] },
    tables: [
      {
        id: '公开01', title: '收入支出决算总表', kind: 'summary',
        columns: ['收入/项目', '收入/行次', '收入/金额', '支出/项目', '支出/行次', '支出/金额'],
        columnRoles: ['name', 'lineNo', 'amount:actual', 'name', 'lineNo', 'amount:actual'],
        rows: [{ cells: ['本年收入合计', '27', 7630.15, '本年支出合计', '58', 7627.22], source: at(139) }, { cells: ['总 计', '31', 8627.4, '总 计', '62', 8627.4], source: at(143) }],
      },
      {
        id: '公开06', title: '一般公共预算财政拨款基本支出决算表', kind: 'basicEconomic',
        columns: ['人员经费/科目编码', '人员经费/科目名称', '人员经费/决算数', '公用经费/科目编码', '公用经费/科目名称', '公用经费/决算数', '公用经费/科目编码', '公用经费/科目名称', '公用经费/决算数'],
        columnRoles: ['code', 'name', 'amount:actual', 'code', 'name', 'amount:actual', 'code', 'name', 'amount:actual'],
        rows: [{ cells: [null, '人员经费合计', 2068.89, null, '公用经费合计', null, null, null, 968.21], source: at(383) }],
      },
    ],
  });

  it('gives lines, not pages', () => {
    expect(where(summarySource(entry, 'expenditureTotal'))).toBe('第 139 行');
    expect(where(summarySource(entry, 'grandTotal'))).toBe('第 143 行');
    expect(where(economicTotalSource(entry, 'personnel'))).toBe('第 383 行');
    expect(where(economicTotalSource(entry, 'public'))).toBe('第 383 行');
  });
});
