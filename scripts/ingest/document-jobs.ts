// What a document worker does (parse-worker.ts): a report read and parsed (PDFs too, pdf.js
// loaded the first time one comes), as it parsed (`parse`) or prepared for the ingest
// (`prepare`, prepare-report.ts); or a department's years built from prepared documents
// (`build`, build-department.ts). A failure is answered, never thrown.
import { buildDepartment, internalError, type Built, type Member } from './build-department.ts';
import type { PdfReading } from './pdf/read.ts';
import { prepareReport, type PreparedReport } from './prepare-report.ts';
import { readAndParse, type Parsed } from './read-and-parse.ts';

export type Job =
  | { kind: 'parse' | 'prepare'; file: string; bytes: Uint8Array }
  | { kind: 'build'; members: Member[] };

export type JobResult = Parsed | PreparedReport | Built[];

/** Text reports never load pdf.js. */
const readPdf = async (bytes: Uint8Array): Promise<PdfReading> => (await import('./pdf/read.ts')).readPdf(bytes);

/** The job's result, and the buffers to hand over with it rather than copy. */
export async function runJob(job: Job): Promise<{ result: JobResult; transfer: ArrayBuffer[] }> {
  if (job.kind === 'build') {
    try {
      const built = buildDepartment(job.members);
      return { result: built, transfer: built.flatMap((b) => (b.json ? [b.json.buffer as ArrayBuffer] : [])) };
    } catch (error) {
      return { result: [{ path: '', failed: 0, files: job.members.map((m) => m.file), messages: job.members.map((m) => internalError(m.file, error)) }], transfer: [] };
    }
  }
  let parsed: Parsed;
  try {
    parsed = await readAndParse(job.file, job.bytes, readPdf);
  } catch (error) {
    parsed = { ok: false, messages: [internalError(job.file, error)] };
  }
  if (job.kind === 'parse') return { result: parsed, transfer: [] };
  const prepared = prepareReport(parsed);
  return { result: prepared, transfer: prepared.ok ? [prepared.source.buffer as ArrayBuffer, prepared.document.buffer as ArrayBuffer] : [] };
}
