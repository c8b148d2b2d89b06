// Where a figure was read, as the pages say it: "第 N 页" for a PDF, "第 N 行" for a text file.
import { describe, expect, it } from 'vitest';
import { documentFormat, rowsLocation, sourceLocation, sourceNote, sourceTitle } from '../../src/lib/source-note.ts';
import { PDF_FILE, basicEconomicTable, expenditureTable, generalBudgetTable, threePublicTable } from './site-fixtures-pdf.ts';

const TEXT_FILE = 'seeds/000_b2f907220b214ab4.txt';

describe('sourceLocation', () => {
  it.each([
    ['2200150 事业运行 in the PDF', { file: PDF_FILE, line: 180, page: 11 }, '第 11 页'],
    ['the 基本支出 table of the PDF', { file: PDF_FILE, line: 252, page: 16 }, '第 16 页'],
    ['a row of a text report (no page)', { file: TEXT_FILE, line: 162 }, '第 162 行'],
  ])('%s', (_, source, expected) => {
    expect(sourceLocation(source)).toBe(expected);
  });
});

describe('sourceNote', () => {
  const pdf = { file: PDF_FILE, line: 180, page: 11 };

  it('gives the location alone when the department-year has one document', () => {
    expect(sourceNote(pdf, [{ file: PDF_FILE }])).toBe('第 11 页');
  });

  it('names the file when the department-year was read from several', () => {
    expect(sourceNote(pdf, [{ file: PDF_FILE }, { file: 'seeds/putuo_guihua_2024_self.txt' }])).toBe('putuo_guihua_2024.pdf 第 11 页');
  });

  it('keeps the full path for the tooltip', () => {
    expect(sourceTitle(pdf)).toBe('seeds/putuo_guihua_2024.pdf 第 11 页');
  });
});

describe('rowsLocation', () => {
  it('gives the page of a table printed on one page', () => {
    expect(rowsLocation(basicEconomicTable.rows, basicEconomicTable.source)).toBe('第 16 页');
    expect(rowsLocation(threePublicTable.rows, threePublicTable.source)).toBe('第 17 页');
  });

  it('gives the page range of a table continued over pages', () => {
    expect(rowsLocation(expenditureTable.rows, expenditureTable.source)).toBe('第 10–11 页');
    expect(rowsLocation(generalBudgetTable.rows, generalBudgetTable.source)).toBe('第 14–15 页');
  });

  it('gives the page of an empty table from where it starts', () => {
    expect(rowsLocation([], { line: 303, page: 18 })).toBe('第 18 页');
  });

  it('gives the first line of a table in a text report', () => {
    expect(rowsLocation([{ source: { line: 213 } }, { source: { line: 245 } }], { line: 200 })).toBe('第 200 行起');
  });
});

describe('documentFormat', () => {
  it.each([
    [{ format: 'pdf', pages: 30 }, 'PDF，30 页'],
    [{ format: 'text' }, '文本'],
    [{ format: 'layout-text' }, '排版文本'],
    [{}, undefined],
  ])('%o → %s', (document, expected) => {
    expect(documentFormat(document)).toBe(expected);
  });
});
