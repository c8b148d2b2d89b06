// How one PDF report is typeset, drawn from its own random stream: the traits in which real
// published PDFs differ (see ../shared/real and the list), so that a corpus covers
// all of them. Never changes a figure, only how it is printed.
import { hashSeed, Random } from '../random.ts';

export interface PdfVariant {
  /** 功能分类科目编码 as one column (2080501) or as separate 类 | 款 | 项 columns (208 | 05 | 01). */
  codes: 'joined' | 'split';
  /**
   * Zero amounts: all printed 0.00; all left blank; or blank only in the columns and lines
   * that hold nothing at all (上缴上级支出, 结余分配 …), as the guihua report does.
   */
  zeros: 'printed' | 'blank' | 'mixed';
  /** Share of the tables drawn with horizontal rules only (no vertical ones). */
  halfRuled: number;
  /** A table split over pages repeats its header rows on the next page. */
  repeatHeader: boolean;
  /** Wide tables (收入决算表, 支出决算表, 财政拨款收入支出决算总表, 三公 …) on landscape pages. */
  landscape: boolean;
  /** Width of the 科目名称 column in em: narrow columns wrap long names over two or three lines. */
  nameWidthEm: number;
  /** 三公 table: 预算数/决算数 alternating under each item, or a 预算数 block then a 决算数 block. */
  threePublic: 'alternating' | 'grouped';
  /** 基本支出 table: 人员经费 | 公用经费 side by side, or three panels (公用经费 over two). */
  basicPanels: 2 | 3;
  /** The 合计 row of the function tables: right under the header, or at the bottom. */
  totalFirst: boolean;
  /** 行次 column in the two summary tables. */
  lineNumbers: boolean;
  /** 栏次 row under the headers (1, 2, 3 …). */
  columnNumbers: boolean;
  /** Thousands separators in table amounts (7,627.22 or 7627.22). */
  grouped: boolean;
  font: 'serif' | 'sans';
  /** Table text size in points. */
  tableFontPt: number;
  /** Where amounts sit in a row made tall by a wrapped name. */
  amountAlign: 'top' | 'middle' | 'bottom';
  /** "部门：…" printed left of "单位：万元" above each table. */
  departmentLine: boolean;
  /** Page numbers in the footer. */
  pageNumbers: boolean;
  /** Prose set justified (Chromium spreads the characters of a justified line). */
  justify: boolean;
  /** A budget-execution item's heading and its figures in one paragraph, as the guihua report prints them. */
  inlineItems: boolean;
  /** The cover: department name, then the year's title; or the year first. */
  coverYearFirst: boolean;
  /** Left and right cell padding in points: Excel's narrow margins to Word's 0.19 cm. */
  cellPaddingPt: number;
}

export function pdfVariant(seed: number, department: string, year: number): PdfVariant {
  const rng = new Random(hashSeed(seed, 'pdf-variant', department, year));
  return {
    codes: rng.chance(0.4) ? 'split' : 'joined',
    zeros: rng.pick(['printed', 'blank', 'mixed'] as const),
    halfRuled: rng.pick([0, 0, 0.5, 1]),
    repeatHeader: rng.chance(0.5),
    landscape: rng.chance(0.75),
    nameWidthEm: rng.pick([7, 8, 9, 10, 12]),
    threePublic: rng.chance(0.6) ? 'alternating' : 'grouped',
    basicPanels: rng.chance(0.6) ? 2 : 3,
    totalFirst: rng.chance(0.7),
    lineNumbers: rng.chance(0.5),
    columnNumbers: rng.chance(0.5),
    grouped: rng.chance(0.5),
    font: rng.chance(0.7) ? 'serif' : 'sans',
    tableFontPt: rng.pick([8, 9, 9, 10, 10.5]),
    amountAlign: rng.pick(['top', 'middle', 'middle', 'bottom'] as const),
    departmentLine: rng.chance(0.4),
    pageNumbers: rng.chance(0.6),
    justify: rng.chance(0.5),
    inlineItems: rng.chance(0.5),
    coverYearFirst: rng.chance(0.3),
    cellPaddingPt: rng.pick([2.5, 3, 4, 5.4]),
  };
}
