// ingest-report.json: one record per input file, so a maintainer sees at a glance
// which reports need attention. Deterministic (no timings) so rebuilds are byte-identical.
import type { Message } from './types.ts';

export type FileStatus = 'ok' | 'warning' | 'error';

export interface FileReport {
  file: string;
  status: FileStatus;
  documentType?: string;
  /** How the file was read: pdf, text or layout-text. */
  format?: string;
  /** Pages, for a PDF. */
  pages?: number;
  encoding?: string;
  department?: string;
  year?: number;
  /** The content entry this file contributed to, e.g. "departments/<slug>-2020.json". */
  entry?: string;
  messages: { code: string; message: string; file: string; line?: number; severity: Message['severity'] }[];
}

export interface IngestReport {
  files: FileReport[];
  summary: { reports: number; departmentYears: number; ok: number; warnings: number; errors: number; failedChecks: number };
}

export function statusOf(messages: Message[]): FileStatus {
  if (messages.some((m) => m.severity === 'error')) return 'error';
  return messages.length > 0 ? 'warning' : 'ok';
}

export function summarise(files: FileReport[], departmentYears: number, failedChecks: number): IngestReport['summary'] {
  const count = (status: FileStatus) => files.filter((f) => f.status === status).length;
  return {
    reports: files.length,
    departmentYears,
    ok: count('ok'),
    warnings: files.reduce((n, f) => n + f.messages.filter((m) => m.severity === 'warning').length, 0),
    errors: files.reduce((n, f) => n + f.messages.filter((m) => m.severity === 'error').length, 0),
    failedChecks,
  };
}
