// One parsed report, as the ingest keeps it until its department is built: what
// ingest-report.json says of it, its text as the site publishes it (content/sources/<id>.json),
// and its parsed document for the department build, both as UTF-8 JSON. Prepared where it was
// parsed (a worker thread), so the ingest's own thread never copies, walks or encodes a
// document: it passes bytes on, to the output, the cache and the thread that builds the department.
import type { DocumentType, SourceFormat } from '../../src/lib/schema.ts';
import { sourceId } from './assemble.ts';
import type { ParsedDocument } from './parse-report.ts';
import type { Parsed } from './read-and-parse.ts';
import type { Message } from './types.ts';

/** What the ingest report says of a report that was read. */
export interface ReportFacts {
  documentType: DocumentType;
  format: SourceFormat;
  pages?: number;
  encoding?: string;
  department: string;
  year: number;
  sha256: string;
  messages: Message[];
}

export type PreparedReport =
  | { ok: false; format?: SourceFormat; department?: string; year?: number; messages: Message[]; transient?: true }
  | { ok: true; facts: ReportFacts; sourcePath: string; source: Uint8Array; document: Uint8Array };

export function prepareReport(parsed: Parsed): PreparedReport {
  if (!parsed.ok) {
    return { ok: false, ...(parsed.format ? { format: parsed.format } : {}), department: parsed.department, year: parsed.year, messages: parsed.messages, ...(parsed.transient ? { transient: true as const } : {}) };
  }
  const doc = parsed.document;
  if (doc.linePages) doc.messages = doc.messages.map((m) => withPage(m, doc.linePages!));
  const facts: ReportFacts = {
    documentType: doc.documentType, format: doc.format, ...(doc.pages ? { pages: doc.pages } : {}),
    ...(parsed.encoding ? { encoding: parsed.encoding } : {}), department: doc.department, year: doc.year, sha256: doc.sha256, messages: doc.messages,
  };
  const source = encoder.encode(renderingJson(doc));
  // The rendering is published on its own; the department build does not read it.
  const document = encoder.encode(JSON.stringify({ ...doc, rendering: [] }));
  return { ok: true, facts, sourcePath: `sources/${sourceId(doc.sha256)}.json`, source, document };
}

/** A prepared document's bytes → the parsed document (as the department build reads it). */
export function documentOf(bytes: Uint8Array): ParsedDocument {
  return JSON.parse(new TextDecoder().decode(bytes)) as ParsedDocument;
}

const encoder = new TextEncoder();

function withPage(message: Message, pages: number[]): Message {
  const page = message.line !== undefined ? pages[message.line] : undefined;
  return page === undefined || message.page !== undefined ? message : { ...message, page };
}

/** content/sources/<id>.json: the document as read, for the site's /sources/<id>/ page. */
function renderingJson(doc: ParsedDocument): string {
  const lines = doc.rendering.map((l) => ({ no: l.no, text: l.text, ...(l.page !== undefined ? { page: l.page } : {}) }));
  const source = { id: sourceId(doc.sha256), file: doc.file, sha256: doc.sha256, format: doc.format, ...(doc.pages ? { pages: doc.pages } : {}), lines };
  return `${JSON.stringify(source)}\n`;
}
