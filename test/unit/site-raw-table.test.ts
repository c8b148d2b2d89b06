// The raw tables as the page draws them: nested headers from "/"-joined column names,
// side-by-side panels, headings without a repeated title, cells printed by role.
import { describe, expect, it } from 'vitest';
import { cellClasses, cellText, columnCount, headerRows, panelStarts, tableHeading } from '../../src/lib/raw-table.ts';
import { basicEconomicTable, summaryTable, threePublicTable } from './site-fixtures-pdf.ts';

const labels = (rows: ReturnType<typeof headerRows>) => rows.map((r) => r.map((c) => `${c.label}${c.colspan > 1 ? `×${c.colspan}` : ''}${c.rowspan > 1 ? `↓${c.rowspan}` : ''}`));

describe('headerRows', () => {
  it('draws the 12 columns of the PDF\'s 三公 table as four header rows', () => {
    expect(labels(headerRows(threePublicTable.columns))).toEqual([
      ['财政拨款“三公”经费×12'],
      ['合计×2', '因公出国（境）费×2', '公务用车购置及运行维护费×6', '公务接待费×2'],
      ['预算数↓2', '决算数↓2', '预算数↓2', '决算数↓2', '小计×2', '公务用车购置费×2', '公务用车运行维护费×2', '预算数↓2', '决算数↓2'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    ]);
  });

  it('puts 收入 and 支出 over their columns in the summary table', () => {
    expect(labels(headerRows(summaryTable.columns))).toEqual([['收入×2', '支出×2'], ['项目', '决算数', '项目', '决算数']]);
  });

  it('gives every column a cell, also those the header does not name', () => {
    const rows = headerRows([], 3);
    expect(rows).toEqual([[{ label: '', colspan: 1, rowspan: 1, column: 0 }, { label: '', colspan: 1, rowspan: 1, column: 1 }, { label: '', colspan: 1, rowspan: 1, column: 2 }]]);
    expect(columnCount({ columns: [], rows: [{ cells: ['序号', '单位名称', '备注'], source: { file: 'x', line: 87, page: 6 } }] })).toBe(3);
  });
});

describe('cellClasses', () => {
  it('marks amounts and the columns where a panel starts', () => {
    const cellClass = cellClasses(6, panelStarts(['code', 'name', 'amount:actual', 'code', 'name', 'amount:actual']));
    expect([0, 2, 3, 5].map((i) => [cellClass(i, true), cellClass(i, false)])).toEqual([
      ['num', undefined], ['num', undefined], ['num panel-start', 'panel-start'], ['num', undefined],
    ]);
  });
});

describe('panelStarts', () => {
  it('finds the 公用经费 panel beside 人员经费 in the 基本支出 table', () => {
    expect([...panelStarts(basicEconomicTable.columnRoles)]).toEqual([3]);
  });

  it('finds both panels of a text report\'s three-panel table, and none in the 三公 table', () => {
    expect([...panelStarts(['code', 'name', 'amount:actual', 'code', 'name', 'amount:actual', 'code', 'name', 'amount:actual'])]).toEqual([3, 6]);
    expect([...panelStarts(['name', 'lineNo', 'amount:actual', 'name', 'lineNo', 'amount:actual'])]).toEqual([3]);
    expect([...panelStarts(threePublicTable.columnRoles)]).toEqual([]);
    expect([...panelStarts(undefined)]).toEqual([]);
  });
});

describe('tableHeading', () => {
  it('does not repeat a PDF table\'s title, whose id it is', () => {
    expect(tableHeading(basicEconomicTable)).toBe('一般公共预算财政拨款基本支出决算表');
    expect(tableHeading({ id: '公开06', title: '一般公共预算财政拨款基本支出决算表' })).toBe('公开06 一般公共预算财政拨款基本支出决算表');
  });
});

describe('cellText', () => {
  it.each([
    [4884.09, 'amount:actual', '4,884.09'],
    [0, 'amount:actual.abroad', '0.00'],
    [null, 'amount:actual', ''],
    ['人员经费合计', 'code', '人员经费合计'],
    [27, 'lineNo', '27'],
    [2.85, undefined, '2.85'],
  ] as const)('%o (%s) → %s', (value, role, expected) => {
    expect(cellText(value, role)).toBe(expected);
  });
});
