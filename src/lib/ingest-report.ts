// The ingest's account of every input file (content/ingest-report.json), as the site reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ingestReport, type IngestReport } from './ingest-report-schema.ts';

export type { IngestReport };
export type IngestFile = IngestReport['files'][number];

const EMPTY: IngestReport = { files: [], summary: { reports: 0, departmentYears: 0, ok: 0, warnings: 0, errors: 0, failedChecks: 0 } };

/** Reads `<contentDir>/ingest-report.json`; a missing or malformed report reads as empty. */
export function readIngestReport(contentDir: string): IngestReport {
  const path = join(contentDir, 'ingest-report.json');
  if (!existsSync(path)) return EMPTY;
  try {
    const parsed = ingestReport.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
    console.warn(`[portal] ${path} does not match the expected shape: ${parsed.error.issues[0]?.message}`);
  } catch (error) {
    console.warn(`[portal] ${path} could not be read: ${(error as Error).message}`);
  }
  return EMPTY;
}
