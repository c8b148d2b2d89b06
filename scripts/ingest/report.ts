// ingest-report.json: one record per input file, so a maintainer sees at a glance
// which reports need attention. Deterministic (no timings) so rebuilds are byte-identical.
import type { FileReport, FileStatus, IngestReport } from '../../src/lib/ingest-report-schema.ts';
import type { Message } from './types.ts';

export type { FileReport, FileStatus, IngestReport } from '../../src/lib/ingest-report-schema.ts';

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
