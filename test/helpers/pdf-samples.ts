// The PDFs the reader is tested with, built from scratch (pdf-build.ts): one of each kind
// the ingest must tell apart, and the pathological ones the worker pool must bound.
import { seededRandom } from './mutations.ts';
import { buildPdf, imageOver, showText, UnicodeFont } from './pdf-build.ts';
import { flipPdfBytes } from './pdf-mutations.ts';

/** One page saying "Hello PDF". */
export function helloPdf(): Uint8Array {
  return buildPdf([{ content: showText(72, 760, 12, 'Hello PDF') }]);
}

/** A short report: a title page naming the department and year, then three pages of prose. */
export function smallReportPdf(): Uint8Array {
  const font = new UnicodeFont();
  const pages = [
    ['上海市测试局', '2024年度部门决算'],
    ['第一部分 部门概况', '一、主要职能', '负责全市测试工作。'],
    ['第二部分 2024年度部门决算表'],
    ['第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '2024年度收入、支出决算总计100.00万元。'],
  ];
  return buildPdf(pages.map((lines) => ({ content: lines.map((line, i) => showText(72, 760 - 24 * i, 14, line, font)).join('') })), { font });
}

/**
 * smallReportPdf with bits flipped (the /Pages dictionary, an xref offset, …) so that a page
 * pdf.js prefetches while opening the file has a broken xref entry: pdf.js 6.5.438 leaves that
 * promise's rejection unhandled ("Bad (uncompressed) XRef entry: 17R"), which would end the
 * thread reading it; the ingest's workers (worker-serve.ts) answer the file with it instead.
 */
export function unhandledRejectionPdf(): Uint8Array {
  return flipPdfBytes(smallReportPdf(), seededRandom(128));
}

/** Text behind a user password (Standard security handler, RC4 128-bit). */
export function encryptedPdf(password = 'secret'): Uint8Array {
  return buildPdf([{ content: showText(72, 760, 12, 'Secret report') }], { userPassword: password });
}

/** A scan: every page one image over the whole page, no text. */
export function scannedPdf(pages = 3): Uint8Array {
  return buildPdf(Array.from({ length: pages }, () => ({ content: imageOver() })));
}

/** A text layer of private-use characters (U+E000…): a font whose ToUnicode maps nowhere useful. */
export function privateUsePdf(): Uint8Array {
  const font = new UnicodeFont();
  const glyphs = (from: number, n: number) => String.fromCharCode(...Array.from({ length: n }, (_, i) => 0xe000 + from + i));
  return buildPdf([{ content: showText(72, 760, 14, glyphs(0, 12), font) + showText(72, 736, 14, `${glyphs(12, 6)} ${glyphs(3, 4)}`, font) }], { font });
}

/**
 * Thousands of tiny pages, each showing `words` times the letter x: cheap to build (the pages
 * share one content stream), slow to read page by page (about 1 ms a page at 100 words).
 */
export function manyPagesPdf(pages: number, words = 1): Uint8Array {
  const content = Array.from({ length: words }, (_, i) => showText(2 + (i % 10) * 2, 2 + Math.floor(i / 10) * 2, 1, 'x')).join('');
  return buildPdf(Array.from({ length: pages }, () => ({ width: 24, height: 24, content })));
}

/**
 * One page drawing `rules` short rules: a few kilobytes compressed, but each rule an operator,
 * a path and a segment in the reader's memory (500,000 of them need well over 100 MB).
 */
export function memoryHungryPdf(rules = 500_000): Uint8Array {
  return buildPdf([{ content: '0 0 m 100 0 l S\n'.repeat(rules) }], { compress: true });
}
