// Where a source note leads: every report is published twice under /sources/ — the file as
// published (/sources/<id>.pdf, .txt, …; copied by scripts/publish-sources.ts) and the text
// as the ingest read it (/sources/<id>/, with an anchor per line, #L123). A note of a text
// report opens its line; a note of a PDF opens the PDF at its page and, beside it, the line.
import type { DepartmentYear, SourceRef } from './schema.ts';

type SourceDocument = Pick<DepartmentYear['sources'][number], 'file' | 'id'>;

/** The published file's name: "<id>.pdf", "<id>.txt"; an odd extension is left off. */
export function publishedFileName(id: string, file: string): string {
  const dot = file.lastIndexOf('.');
  const ext = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? `${id}${ext}` : id;
}

export const sourcePaths = {
  /** The text as read: /sources/<id>/ */
  text: (id: string) => `sources/${id}/`,
  /** One line of it. */
  line: (id: string, line: number) => `sources/${id}/#L${line}`,
  /** The file as published. */
  file: (id: string, file: string) => `sources/${publishedFileName(id, file)}`,
  /** A page of a published PDF (browsers' PDF viewers open #page=N). */
  page: (id: string, file: string, page: number) => `sources/${publishedFileName(id, file)}#page=${page}`,
};

export interface SourceTarget {
  /** Site path of the line in the text as read. */
  line: string;
  /** Site path of the page in the published PDF, for a figure read from a PDF. */
  page?: string;
}

/** Where a note about `source` links, or undefined when its document has no published copy. */
export function sourceTarget(source: SourceRef, documents: readonly SourceDocument[]): SourceTarget | undefined {
  const id = documents.find((d) => d.file === source.file)?.id;
  if (!id) return undefined;
  const line = sourcePaths.line(id, source.line);
  return source.page !== undefined && /\.pdf$/i.test(source.file) ? { line, page: sourcePaths.page(id, source.file, source.page) } : { line };
}

/** file → id over many department-years (for pages that list files, such as /quality/). */
export function documentIds(entries: readonly Pick<DepartmentYear, 'sources'>[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const e of entries) for (const s of e.sources) if (s.id) ids.set(s.file, s.id);
  return ids;
}
