// Layout (f), after the PDFs departments publish (../shared/real/putuo_guihua_2024.pdf): one
// HTML document for Chromium to print on A4 — cover, 目录, 概况, the nine tables (each from a
// new page, wide ones on landscape pages), 情况说明 as prose paragraphs, 名词解释, 附件.
import { classicAppendix } from '../layouts/appendix.ts';
import type { ReportContext } from '../layouts/context.ts';
import { explanationTitles } from '../layouts/contents.ts';
import { GLOSSARY_SHORT } from '../layouts/glossary.ts';
import { classicNarrative } from '../layouts/narrative-classic.ts';
import { duties, offices } from '../layouts/part-one.ts';
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { escapeHtml, fitTable, tableHtml } from './html-table.ts';
import { reportTables } from './tables.ts';
import type { PdfVariant } from './variant.ts';

export const PDF_TABLE_TITLES = [
  '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
];

const FONTS = { serif: '"Noto Serif CJK SC", "Noto Serif CJK", serif', sans: '"Noto Sans CJK SC", "Noto Sans CJK", sans-serif' };

function css(v: PdfVariant): string {
  return `
@page { size: A4; margin: 24mm 22mm 22mm; }
@page landscape { size: A4 landscape; margin: 20mm 18mm 18mm; }
html { font-family: ${FONTS[v.font]}; font-size: 12pt; line-height: 1.7; color: #000; }
body { margin: 0; }
section { break-before: page; }
section:first-child { break-before: auto; }
.landscape { page: landscape; }
.cover { text-align: center; font-size: 24pt; font-weight: bold; line-height: 1.6; padding-top: 70mm; }
.cover p { margin: 0; }
h1, h2 { text-align: center; font-size: 16pt; margin: 0 0 10pt; }
h4 { font-size: 12pt; margin: 8pt 0 2pt; text-indent: 2em; }
h5 { font-size: 12pt; font-weight: normal; margin: 2pt 0; text-indent: 2em; }
.contents p { margin: 2pt 0; }
.contents .part { font-weight: bold; margin-top: 8pt; }
.prose p { margin: 0 0 3pt; text-indent: 2em; text-align: ${v.justify ? 'justify' : 'left'}; }
.table-title { text-align: center; font-size: 14pt; font-weight: normal; margin: 0 0 2pt; }
.tables-heading { text-align: center; font-size: 16pt; font-weight: bold; margin: 0 0 10pt; }
.table-meta { display: flex; justify-content: space-between; font-size: ${v.tableFontPt}pt; margin: 0 0 2pt; }
table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: ${v.tableFontPt}pt; line-height: 1.35; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 3pt ${v.cellPaddingPt}pt; font-weight: normal; overflow-wrap: anywhere; }
table.grid.half th, table.grid.half td { border-left: none; border-right: none; }
table.grid th { text-align: center; vertical-align: middle; }
table.grid td.num { text-align: right; vertical-align: ${v.amountAlign}; white-space: nowrap; }
table.grid td.code { vertical-align: ${v.amountAlign}; white-space: nowrap; }
table.grid td.name { vertical-align: middle; }
table.grid td.label { vertical-align: middle; }
table.grid td.center { text-align: center; vertical-align: middle; }
table.grid tr { break-inside: avoid; }
p.note { font-size: ${v.tableFontPt}pt; margin: 3pt 0 0; line-height: 1.5; }
`;
}

const PART = /^第[一二三四五六七八九十]部分$/;
const SECTION = /^[一二三四五六七八九十]+、/;
const SUB = /^[（(][一二三四五六七八九十]+[）)]/;
const ITEM_HEADING = /^\d+、.*（项）。$/;

/**
 * Narrative lines (as the text layouts write them, one paragraph a line) → HTML blocks: part
 * titles centred, numbered titles as headings, everything else a paragraph.
 */
export function proseBlocks(lines: readonly string[], inlineItems: boolean): string[] {
  const text = lines.filter((l) => l.trim() !== '');
  const blocks: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const line = text[i];
    const sentence = /[。；：，]/.test(line);
    if (PART.test(line) || /^\d{4}\s*年度部门决算情况说明$/.test(line)) blocks.push(`<h2>${escapeHtml(line)}</h2>`);
    else if (SECTION.test(line) && !sentence) blocks.push(`<h4>${escapeHtml(line)}</h4>`);
    else if (SUB.test(line) && !sentence) blocks.push(`<h5>${escapeHtml(line)}</h5>`);
    else if (inlineItems && ITEM_HEADING.test(line) && i + 1 < text.length) blocks.push(`<p>${escapeHtml(line + text[++i])}</p>`);
    else blocks.push(`<p>${escapeHtml(line)}</p>`);
  }
  return blocks;
}

function cover(ctx: ReportContext, v: PdfVariant): string {
  const lines = v.coverYearFirst ? [`${ctx.year}年度`, `${ctx.department.name}部门决算`] : [ctx.department.name, `${ctx.year}年度部门决算`];
  return `<section class="cover">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`;
}

function contents(ctx: ReportContext): string {
  const d = ctx.department.name;
  const y = ctx.year;
  const part = (t: string) => `<p class="part">${escapeHtml(t)}</p>`;
  const item = (t: string, i: number) => `<p>${chineseOrdinal(i + 1)}、${escapeHtml(t)}</p>`;
  return [
    '<section class="contents">', '<h1>目　录</h1>',
    part(`第一部分 ${d}概况`), item('部门职责', 0), item('机构设置及决算单位构成', 1),
    part(`第二部分 ${d}${y}年度部门决算表`), ...PDF_TABLE_TITLES.map(item),
    part(`第三部分 ${d}${y}年度部门决算情况说明`), ...explanationTitles(y).map(item),
    part('第四部分 名词解释'), part('第五部分 附件'),
    '</section>',
  ].join('\n');
}

function partOne(ctx: ReportContext): string {
  const d = ctx.department.name;
  return [
    '<section class="prose">', `<h2>第一部分 ${escapeHtml(d)}概况</h2>`, '<h4>一、部门职责</h4>',
    ...duties(ctx).map((t, i) => `<p>（${chineseOrdinal(i + 1)}）${escapeHtml(t)}</p>`),
    '<h4>二、机构设置及决算单位构成</h4>',
    `<p>（一）内设机构设置。${escapeHtml(d)}内设机构包括：${escapeHtml(offices(ctx))}。</p>`,
    `<p>（二）决算单位构成。${escapeHtml(d)}${ctx.year}年部门决算汇总公开单位构成包括：${escapeHtml(d)}本级。</p>`,
    '</section>',
  ].join('\n');
}

function tablesPart(ctx: ReportContext, v: PdfVariant): string {
  const tables = reportTables({ ctx, variant: v }).map((table) => tableHtml(fitTable(table, v.tableFontPt, v.cellPaddingPt)));
  // The part's title sits above the first table, on the same page (as in the guihua report).
  const heading = `<p class="tables-heading">第二部分 ${escapeHtml(ctx.department.name)}${ctx.year}年度部门决算表</p>`;
  tables[0] = tables[0].replace('<h3 class="table-title">', `${heading}\n<h3 class="table-title">`);
  return tables.join('\n');
}

function narrative(ctx: ReportContext, v: PdfVariant): string {
  return ['<section class="prose">', ...proseBlocks(classicNarrative(ctx, 'tabs', { pageBreaks: false }), v.inlineItems), '</section>'].join('\n');
}

function glossary(): string {
  return ['<section class="prose">', '<h2>第四部分 名词解释</h2>', ...GLOSSARY_SHORT.map((t, i) => `<p>${chineseOrdinal(i + 1)}、${escapeHtml(t)}</p>`), '</section>'].join('\n');
}

function appendix(ctx: ReportContext): string {
  const lines = classicAppendix(ctx).filter((l) => l !== '');
  // '第五部分', '附件', title, then the report's paragraphs.
  return ['<section class="prose">', `<h2>${lines[0]} ${lines[1]}</h2>`, `<h2>${escapeHtml(lines[2])}</h2>`, ...proseBlocks(lines.slice(3), false), '</section>'].join('\n');
}

export function pdfReportHtml(ctx: ReportContext, v: PdfVariant): string {
  return [
    '<!doctype html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(ctx.department.name)}${ctx.year}年度部门决算</title>`,
    `<style>${css(v)}</style></head><body>`,
    cover(ctx, v), contents(ctx), partOne(ctx), tablesPart(ctx, v), narrative(ctx, v), glossary(), appendix(ctx),
    '</body></html>', '',
  ].join('\n');
}
