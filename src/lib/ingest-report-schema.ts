// The ingest's account of every input file (content/ingest-report.json): one schema, which
// the ingest writes to and the site reads with.
import { z } from 'astro/zod';

export const ingestMessage = z.object({
  /** Stable code, e.g. table-missing, pdf-encrypted. */
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number().int().optional(),
  /** The page of that line, for a PDF (or text with page breaks). */
  page: z.number().int().optional(),
  severity: z.enum(['warning', 'error']),
});
export type IngestMessage = z.infer<typeof ingestMessage>;

export const fileStatus = z.enum(['ok', 'warning', 'error']);
export type FileStatus = z.infer<typeof fileStatus>;

export const ingestFile = z.object({
  file: z.string(),
  status: fileStatus,
  documentType: z.enum(['final-accounts', 'performance-evaluation']).optional(),
  /** How the file was read: pdf, text or layout-text. */
  format: z.enum(['pdf', 'text', 'layout-text']).optional(),
  /** Pages, for a PDF. */
  pages: z.number().int().optional(),
  encoding: z.string().optional(),
  department: z.string().optional(),
  year: z.number().int().optional(),
  /** The content entry this file contributed to, e.g. "departments/<slug>-2020.json". */
  entry: z.string().optional(),
  messages: z.array(ingestMessage),
});
export type FileReport = z.infer<typeof ingestFile>;

export const ingestReport = z.object({
  files: z.array(ingestFile),
  summary: z.object({
    reports: z.number().int(), departmentYears: z.number().int(), ok: z.number().int(),
    warnings: z.number().int(), errors: z.number().int(), failedChecks: z.number().int(),
  }),
});
export type IngestReport = z.infer<typeof ingestReport>;
