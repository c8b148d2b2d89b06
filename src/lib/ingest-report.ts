// The ingest's account of every input file (content/ingest-report.json), as the site reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

export const ingestMessage = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  /** For a PDF, the page the problem is on (when the ingest says). */
  page: z.number().int().optional(),
  severity: z.enum(['warning', 'error']).or(z.string()),
});

export const ingestFile = z.object({
  file: z.string(),
  status: z.enum(['ok', 'warning', 'error']),
  department: z.string().optional(),
  year: z.number().int().optional(),
  /** How the file was read (pdf, text, layout-text) and, for a PDF, its pages. */
  format: z.string().optional(),
  pages: z.number().int().optional(),
  messages: z.array(ingestMessage).default([]),
});
export type IngestFile = z.infer<typeof ingestFile>;

const ingestReport = z.object({
  files: z.array(ingestFile),
  summary: z.record(z.string(), z.unknown()).optional(),
});
export type IngestReport = z.infer<typeof ingestReport>;

/** Reads `<contentDir>/ingest-report.json`; a missing or malformed report reads as empty. */
export function readIngestReport(contentDir: string): IngestReport {
  const path = join(contentDir, 'ingest-report.json');
  if (!existsSync(path)) return { files: [] };
  try {
    const parsed = ingestReport.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
    console.warn(`[portal] ${path} does not match the expected shape: ${parsed.error.issues[0]?.message}`);
  } catch (error) {
    console.warn(`[portal] ${path} could not be read: ${(error as Error).message}`);
  }
  return { files: [] };
}
