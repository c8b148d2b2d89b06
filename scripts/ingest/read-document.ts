// The reader stage: whatever the input format, a report becomes reading-order lines, table
// rows among them carrying their cells (blanks kept blank), each with its line and page.
// Only the readers know how the input separated its cells: tabs and pipes (text), character
// columns (space-aligned text such as pdftotext -layout), or page geometry (PDF). Everything
// after this stage reads `Line.cells`.
import type { SourceFormat } from '../../src/lib/schema.ts';
import { decodeReport } from './decode.ts';
import { readLayout, looksSpaceAligned } from './layout/read-layout.ts';
import type { ReadGrid } from './pdf/document.ts';
import type { PdfReading } from './pdf/read.ts';
import { toLines, type Line } from './text.ts';
import type { Message } from './types.ts';

export interface ReadDocument {
  format: SourceFormat;
  lines: Line[];
  /** The raw tables of a PDF or of space-aligned text: page, and whether they were read from drawn rules. */
  grids: (ReadGrid | { page?: number; ruled: false })[];
  pages?: number;
  encoding?: string;
  /**
   * The document as read, line by line, as the site publishes it for sources to link into:
   * a text file's own lines; a PDF's reading-order lines (table rows with their cells spaced).
   */
  rendering: Line[];
  /** Warnings from reading: undecodable bytes, lines cut short. */
  messages: Message[];
}

export type ReadOutcome = { ok: true; document: ReadDocument } | { ok: false; messages: Message[] };

/** Lines longer than this are cut before parsing, so no pattern can run away on them. */
export const MAX_LINE_LENGTH = 20_000;

/** A PDF starts with %PDF- (some producers put a few bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Text: decoded, split into lines, cells read from tabs, pipes or character columns. */
export function readText(file: string, bytes: Uint8Array): ReadOutcome {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { ok: false, messages: [{ code: decoded.code, message: decoded.message, file, severity: 'error' }] };
  const messages: Message[] = [];
  if (decoded.warning) messages.push({ code: 'invalid-bytes', severity: 'warning', file, message: decoded.warning });
  const raw = toLines(boundText(file, decoded.text, messages));
  if (raw.some((l) => l.cells) || !looksSpaceAligned(raw)) {
    return { ok: true, document: { format: 'text', lines: raw, grids: [], encoding: decoded.encoding, rendering: raw, messages } };
  }
  const { lines, grids } = readLayout(raw);
  return { ok: true, document: { format: 'layout-text', lines, grids, encoding: decoded.encoding, rendering: raw, messages } };
}

/** A PDF, read by `readPdf` (in a worker, by the caller's choice). */
export async function readPdfDocument(file: string, bytes: Uint8Array, readPdf: (bytes: Uint8Array) => Promise<PdfReading>): Promise<ReadOutcome> {
  const reading = await readPdf(bytes);
  if (!reading.ok) return { ok: false, messages: [{ code: reading.code, message: reading.message, file, severity: 'error' }] };
  const messages: Message[] = [];
  const lines = reading.lines.map((line) => boundLine(file, line, messages));
  return { ok: true, document: { format: 'pdf', lines, grids: reading.grids, pages: reading.pages, rendering: lines, messages } };
}

function boundText(file: string, text: string, messages: Message[]): string {
  if (text.length <= MAX_LINE_LENGTH) return text;
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    if (line.length <= MAX_LINE_LENGTH) return line;
    messages.push(cut(file, i + 1, line.length));
    return line.slice(0, MAX_LINE_LENGTH);
  }).join('\n');
}

function boundLine(file: string, line: Line, messages: Message[]): Line {
  if (line.text.length <= MAX_LINE_LENGTH) return line;
  messages.push(cut(file, line.no, line.text.length));
  return { ...line, text: line.text.slice(0, MAX_LINE_LENGTH), ...(line.cells ? { cells: line.cells.map((c) => c.slice(0, MAX_LINE_LENGTH)) } : {}) };
}

function cut(file: string, line: number, length: number): Message {
  return { code: 'line-too-long', severity: 'warning', file, line, message: `这一行有 ${length} 个字符，只读取了前 ${MAX_LINE_LENGTH} 个` };
}
