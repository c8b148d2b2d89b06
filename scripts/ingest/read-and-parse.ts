// One report file's bytes → its parsed document (or why it could not be read): sniff the
// format, read it (text here; a PDF with `readPdf`), identify and parse it. The same in the
// ingest's thread and in a worker thread.
import type { SourceFormat } from '../../src/lib/schema.ts';
import { parseDocument, sha256Of, type ParseOutcome } from './parse-report.ts';
import type { PdfReading } from './pdf/read.ts';
import { isPdf, readPdfDocument, readText } from './read-document.ts';

/** A parse outcome, with the format the file turned out to be (also when it could not be read). */
export type Parsed = ParseOutcome & { format?: SourceFormat };

export async function readAndParse(file: string, bytes: Uint8Array, readPdf: (bytes: Uint8Array) => Promise<PdfReading>): Promise<Parsed> {
  const pdf = isPdf(bytes) || /\.pdf$/i.test(file);
  const read = pdf ? await readPdfDocument(file, bytes, readPdf) : readText(file, bytes);
  if (!read.ok) return { ok: false, messages: read.messages, ...(isPdf(bytes) ? { format: 'pdf' as const } : {}) };
  return { ...parseDocument(file, sha256Of(bytes), read.document), format: read.document.format };
}
