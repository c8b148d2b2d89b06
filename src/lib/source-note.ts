// Where a figure was read, as the pages say it: "第 11 页" for a PDF (the page a reader can
// open; `line` is then only a line of our own text rendering), "第 162 行" for a text file.
import type { DepartmentYear, SourceRef } from './schema.ts';

type SourceDocument = DepartmentYear['sources'][number];

/** "第 11 页" for a figure read from a PDF, else "第 162 行". */
export function sourceLocation(source: Pick<SourceRef, 'line' | 'page'>): string {
  return source.page !== undefined ? `第 ${source.page} 页` : `第 ${source.line} 行`;
}

/**
 * The note beside a figure: its location, preceded by the file's name when the
 * department-year was read from more than one file (else the file goes without saying).
 */
export function sourceNote(source: SourceRef, documents: readonly Pick<SourceDocument, 'file'>[] = []): string {
  const files = new Set(documents.map((d) => d.file));
  const location = sourceLocation(source);
  return files.size > 1 ? `${baseName(source.file)} ${location}` : location;
}

/** The full reference, for a tooltip: "seeds/x.pdf 第 11 页". */
export function sourceTitle(source: SourceRef): string {
  return `${source.file} ${sourceLocation(source)}`;
}

/**
 * Where a run of rows (a table) sits: "第 14–15 页" when its rows carry pages,
 * else "第 94 行起" from its first line.
 */
export function rowsLocation(rows: readonly { source: Pick<SourceRef, 'line' | 'page'> }[], start?: Pick<SourceRef, 'line' | 'page'>): string | undefined {
  const pages = rows.map((r) => r.source.page).filter((p): p is number => p !== undefined);
  if (start?.page !== undefined) pages.push(start.page);
  if (pages.length) {
    const first = Math.min(...pages);
    const last = Math.max(...pages);
    return first === last ? `第 ${first} 页` : `第 ${first}–${last} 页`;
  }
  const line = start?.line ?? rows[0]?.source.line;
  return line === undefined ? undefined : `第 ${line} 行起`;
}

const FORMAT_LABEL: Record<string, string> = {
  pdf: 'PDF',
  text: '文本',
  'layout-text': '排版文本',
};

/** "PDF，30 页", "文本", or undefined when the ingest did not say how it read the file. */
export function documentFormat(document: { format?: string; pages?: number }): string | undefined {
  if (!document.format) return document.pages !== undefined ? `${document.pages} 页` : undefined;
  const label = FORMAT_LABEL[document.format] ?? document.format;
  return document.pages !== undefined ? `${label}，${document.pages} 页` : label;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
