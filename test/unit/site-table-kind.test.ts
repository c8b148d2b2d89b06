// Tables are found by kind, never by their 公开NN id: a PDF's tables are named by their titles,
// and the numbers differ between regions (三公 is 公开07 in one report, 公开09 in another).
import { describe, expect, it } from 'vitest';
import { STANDARD_KINDS, kindOf, standardKindsPresent, tableOfKind } from '../../src/lib/table-kind.ts';
import { coverage, yearKind } from '../../src/lib/year-coverage.ts';
import { putuo2024, pdfTables } from './site-fixtures-pdf.ts';

const withoutKind = pdfTables.map(({ kind: _kind, ...rest }) => rest);

describe('kindOf', () => {
  it('takes the published kind', () => {
    expect(pdfTables.map(kindOf)).toEqual([...STANDARD_KINDS]);
  });

  it('reads the kind from the title when the content has none (the PDF\'s nine titles)', () => {
    expect(withoutKind.map(kindOf)).toEqual([...STANDARD_KINDS]);
  });

  it.each([
    ['一般公共预算财政拨款基本支出决算明细表', 'basicEconomic'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'threePublic'],
    ['国有资本经营预算财政拨款支出决算表', 'stateCapital'],
    ['支出决算表（续）', 'expenditure'],
    ['部门整体支出绩效自评基础数据表', 'other'],
  ] as const)('reads %s as %s', (title, kind) => {
    expect(kindOf({ title })).toBe(kind);
  });
});

describe('tableOfKind', () => {
  it('finds the all-funds 支出决算表, not the fiscal-only table that ends with the same words', () => {
    const table = tableOfKind(putuo2024().tables, 'expenditure')!;
    expect(table.id).toBe('支出决算表');
    expect(table.rows.find((r) => r.cells[0] === '合计')!.cells.slice(2, 5)).toEqual([9759.38, 5377.64, 4381.74]);
    expect(tableOfKind(putuo2024().tables, 'generalBudget')!.rows.at(-1)!.cells.slice(2, 5)).toEqual([9746.5, 5364.75, 4381.74]);
  });

  it('finds the 三公 table by kind whatever its id', () => {
    expect(tableOfKind(pdfTables, 'threePublic')!.rows[0].cells[1]).toBe(0.39);
    expect(tableOfKind([{ ...pdfTables[6], id: '公开09' }], 'threePublic')!.id).toBe('公开09');
    expect(tableOfKind(withoutKind, 'threePublic')!.title).toBe('财政拨款“三公”经费支出决算表');
  });

  it('finds nothing when the report lacks the table', () => {
    expect(tableOfKind(pdfTables.filter((t) => t.kind !== 'threePublic'), 'threePublic')).toBeUndefined();
    expect(tableOfKind(undefined, 'summary')).toBeUndefined();
  });
});

describe('coverage by kind', () => {
  it('sees all nine tables of the PDF, which has no 公开NN labels', () => {
    const c = coverage(putuo2024());
    expect(c.kind).toBe('final-accounts');
    expect(c.tablesPresent).toEqual([...STANDARD_KINDS]);
    expect(c.tablesMissing).toEqual([]);
  });

  it('names the missing tables by kind', () => {
    const c = coverage(putuo2024({ tables: pdfTables.filter((t) => t.kind === 'summary' || t.kind === 'expenditure') }));
    expect(c.tablesPresent).toEqual(['summary', 'expenditure']);
    expect(c.tablesMissing).toEqual(['income', 'fiscalSummary', 'generalBudget', 'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital']);
  });

  it('does not count an appendix as the accounts\' tables', () => {
    const appendix = { id: '附表1', title: '纳入本部门决算编制范围的单位', kind: 'other' as const, columns: [], rows: [] };
    expect(standardKindsPresent([appendix])).toEqual([]);
    expect(yearKind(putuo2024({ tables: [appendix] }))).toBe('prose-only');
  });
});
