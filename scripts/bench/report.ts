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
import { hashSeed, Random } from './random.ts';
import { truthEntry, type TruthEntry, type TruthSource } from './truth.ts';

export const LAYOUTS: readonly LayoutName[] = ['tabs', 'merged', 'markdown', 'prose', 'performance'];

const RENDERERS: Record<LayoutName, (ctx: ReportContext) => string[]> = {
  tabs: renderTabs, merged: renderMerged, markdown: renderMarkdown, prose: renderProse, performance: renderPerformance,
};

export interface GeneratedReport {
  /** Path relative to the corpus folder, e.g. reports/00012_3f…a1.txt */
  file: string;
  bytes: Uint8Array;
  truth: TruthEntry;
}

const utf8 = new TextEncoder();

export function renderReport(seed: number, department: Department, figures: DepartmentYearFigures, source: TruthSource): GeneratedReport {
  const ctx: ReportContext = {
    department, year: figures.year, figures, unit: figures.unit, fullWidth: source.fullWidthDigits,
    rng: new Random(hashSeed(seed, 'layout', department.name, figures.year)), writtenPaths: new Map(),
  };
  const lines = RENDERERS[source.layout](ctx);
  const text = lines.join(source.lineEnding === 'crlf' ? '\r\n' : '\n') + (source.lineEnding === 'crlf' ? '\r\n' : '\n');
  const bytes = source.encoding === 'gb18030' ? encodeGb18030(text) : utf8.encode(text);
  const truth = truthEntry({ name: department.name, region: department.region.region }, figures, source, { paths: ctx.writtenPaths });
  return { file: source.file, bytes, truth };
}
