// The reports as the ingest read them (content/sources/<id>.json), for the /sources/<id>/
// pages. Read one at a time from disk rather than through a content collection: a corpus of
// PDFs holds millions of lines, and each page needs only its own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { sourceFormat } from './schema.ts';

export const sourceText = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: sourceFormat,
  pages: z.number().int().positive().optional(),
  lines: z.array(z.object({ no: z.number().int().positive(), text: z.string(), page: z.number().int().positive().optional() })),
});
export type SourceText = z.infer<typeof sourceText>;

const contentDir = () => process.env.PORTAL_CONTENT ?? 'content';

/** The ids of every source the ingest wrote, sorted. */
export function sourceIds(dir = contentDir()): string[] {
  const folder = join(dir, 'sources');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => /^[0-9a-f]{16}\.json$/.test(f)).map((f) => f.slice(0, 16)).sort();
}

/**
 * When the text of a source was last written, and its size: the ingest rewrites the file only
 * when its bytes change, so this stands for its content without reading it (a page's cacheKey).
 */
export function sourceTextStamp(id: string, dir = contentDir()): string {
  const stat = statSync(join(dir, 'sources', `${id}.json`));
  return `${stat.size}:${stat.mtimeMs}`;
}

/** One source as read; throws, naming the file and the field, when it is not in the expected shape. */
export function readSourceText(id: string, dir = contentDir()): SourceText {
  const path = join(dir, 'sources', `${id}.json`);
  const parsed = sourceText.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface SourcePage {
  /** The PDF page, or undefined for a text file (one run of lines). */
  page?: number;
  lines: SourceText['lines'];
}

/** Lines grouped by page, in reading order (a text file gives one group). */
export function linesByPage(text: SourceText): SourcePage[] {
  const groups: SourcePage[] = [];
  for (const line of text.lines) {
    const last = groups[groups.length - 1];
    if (last && last.page === line.page) last.lines.push(line);
    else groups.push({ page: line.page, lines: [line] });
  }
  return groups;
}
