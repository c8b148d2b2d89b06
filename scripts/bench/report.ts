// One report: its figures rendered in its layout, encoded as the variant asks, with the
// truth entry of exactly what it states. Pure: no file system.
import { encodeGb18030 } from './gb18030.ts';
import type { ReportContext } from './layouts/context.ts';
import { renderMarkdown } from './layouts/markdown.ts';
import { renderMerged } from './layouts/merged.ts';
import { renderPerformance } from './layouts/performance.ts';
import { renderProse } from './layouts/prose.ts';
import { renderTabs } from './layouts/tabs.ts';
import type { Department } from './model/department.ts';
import type { DepartmentYearFigures, LayoutName } from './model/types.ts';
import { pdfReportHtml } from './pdf/document.ts';
import { pdfVariant } from './pdf/variant.ts';
import { hashSeed, Random } from './random.ts';
import { truthEntry, type TruthEntry, type TruthSource } from './truth.ts';

export type TextLayout = Exclude<LayoutName, 'pdf'>;

/** The text layouts, which take turns in a corpus; the PDF layout makes a corpus of its own. */
export const LAYOUTS: readonly TextLayout[] = ['tabs', 'merged', 'markdown', 'prose', 'performance'];

const RENDERERS: Record<TextLayout, (ctx: ReportContext) => string[]> = {
  tabs: renderTabs, merged: renderMerged, markdown: renderMarkdown, prose: renderProse, performance: renderPerformance,
};

export interface GeneratedReport {
  /** Path relative to the corpus folder, e.g. reports/00012_3f…a1.txt */
  file: string;
  bytes: Uint8Array;
  truth: TruthEntry;
}

const utf8 = new TextEncoder();

/** A PDF report before printing: the HTML Chromium prints, and the truth of what it states. */
export interface GeneratedPdfReport {
  /** reports/<n>_<hex>.pdf */
  file: string;
  html: string;
  truth: TruthEntry;
}

function reportContext(seed: number, department: Department, figures: DepartmentYearFigures, source: TruthSource): ReportContext {
  return {
    department, year: figures.year, figures, unit: figures.unit, fullWidth: source.fullWidthDigits,
    rng: new Random(hashSeed(seed, 'layout', department.name, figures.year)), writtenPaths: new Map(),
  };
}

export function renderReport(seed: number, department: Department, figures: DepartmentYearFigures, source: TruthSource): GeneratedReport {
  if (source.layout === 'pdf') throw new Error('renderReport: PDF reports are rendered by renderPdfReport');
  const ctx = reportContext(seed, department, figures, source);
  const lines = RENDERERS[source.layout](ctx);
  const text = lines.join(source.lineEnding === 'crlf' ? '\r\n' : '\n') + (source.lineEnding === 'crlf' ? '\r\n' : '\n');
  const bytes = source.encoding === 'gb18030' ? encodeGb18030(text) : utf8.encode(text);
  const truth = truthEntry({ name: department.name, region: department.region.region }, figures, source, { paths: ctx.writtenPaths });
  return { file: source.file, bytes, truth };
}

/** Layout (f): the report as HTML in the style of published PDFs, its variant drawn from the seed. */
export function renderPdfReport(seed: number, department: Department, figures: DepartmentYearFigures, source: TruthSource): GeneratedPdfReport {
  const variant = source.pdf ?? pdfVariant(seed, department.name, figures.year);
  const ctx = reportContext(seed, department, figures, { ...source, fullWidthDigits: false });
  const html = pdfReportHtml(ctx, variant);
  const statement = { paths: ctx.writtenPaths, blankZeros: variant.zeros === 'blank' };
  const truth = truthEntry({ name: department.name, region: department.region.region }, figures, { ...source, layout: 'pdf', pdf: variant }, statement);
  return { file: source.file, html, truth };
}
