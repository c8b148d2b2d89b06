// The ingest: every report under a folder → one validated JSON per department-year,
// plus ingest-report.json. File access is passed in (effects) so tests run in memory.
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { assembleDepartmentYear, sourceId } from './assemble.ts';
import { decodeReport } from './decode.ts';
import { parseDocument, sha256Of, type ParsedDocument } from './parse-report.ts';
import { pdfPool, type PdfReader } from './pdf/pool.ts';
import type { PdfReading } from './pdf/read.ts';
import { isPdf, readPdfDocument, readText, type ReadOutcome } from './read-document.ts';
import { statusOf, summarise, type FileReport, type IngestReport } from './report.ts';
import { parseSourcesCsv, SOURCES_CSV, type SourceMetadata } from './sources-csv.ts';
import type { Message } from './types.ts';
import { validateDepartmentYear } from './validate.ts';

export interface IngestEffects {
  /** Report files under the seeds folder as project-relative paths, any order. */
  listReports(): Promise<string[]>;
  readFile(file: string): Promise<Uint8Array>;
  /** Replace the output: entries keyed by their path inside --out. */
  writeOutput(files: Map<string, string>): Promise<void>;
  onFile?(event: { index: number; count: number; file: string; status: FileReport['status'] }): void;
  /**
   * How PDFs are read. When not given, a pool of worker threads (pdf/pool.ts) is started for
   * this run and closed after it: each PDF with a time and memory bound, and pdf.js's own
   * failures (it can reject where nothing catches it) kept out of this process.
   */
  readPdf?(bytes: Uint8Array): Promise<PdfReading>;
}

export interface IngestResult {
  report: IngestReport;
  entries: DepartmentYear[];
}

/** The formats a report may come in. */
export const REPORT_EXTENSIONS = /\.(txt|md|pdf)$/i;
export const SUPPORTED_FORMATS = '扩展名为 .pdf、.txt 或 .md 的 PDF 文件和文本文件（文本中的表格以制表符或“|”分隔，或以空格对齐）';

/** Files read at once: enough to keep the PDF workers busy. */
const CONCURRENCY = 4;

export async function runIngest(given: IngestEffects): Promise<IngestResult> {
  let pool: PdfReader | undefined;
  const effects: IngestEffects = { ...given, readPdf: given.readPdf ?? ((bytes) => (pool ??= pdfPool()).read(bytes)) };
  try {
    return await ingest(effects);
  } finally {
    await pool?.close();
  }
}

async function ingest(effects: IngestEffects): Promise<IngestResult> {
  const all = (await effects.listReports()).sort();
  const files = all.filter((f) => REPORT_EXTENSIONS.test(f));
  const reports = new Map<string, FileReport>();
  const groups = new Map<string, ParsedDocument[]>();
  const output = new Map<string, string>();
  const metadata = await readMetadata(all.filter((f) => SOURCES_CSV.test(f)), files, effects, reports);

  let done = 0;
  const read = async (file: string) => {
    const fileReport = await readOne(file, effects, groups, metadata.get(file), output);
    reports.set(file, fileReport);
    effects.onFile?.({ index: done++, count: files.length, file, status: fileReport.status });
  };
  const queue = [...files];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await read(file);
  }));
  // Documents of one department-year in file order, whatever order they were read in.
  const byFile = (a: ParsedDocument, b: ParsedDocument) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const documents of groups.values()) documents.sort(byFile);

  const entries: DepartmentYear[] = [];
  for (const documents of [...groups.values()].sort((a, b) => byFile(a[0], b[0]))) {
    const built = buildEntry(documents);
    for (const doc of documents) {
      const fileReport = reports.get(doc.file)!;
      fileReport.messages.push(...built.messages.filter((m) => m.file === doc.file || m.file === ''));
      if (built.entry) fileReport.entry = built.path;
      fileReport.status = statusOf(fileReport.messages);
    }
    if (built.entry) {
      entries.push(built.entry);
      output.set(built.path, `${JSON.stringify(built.entry, null, 2)}\n`);
    }
  }
  const unsupported = all.filter((f) => !REPORT_EXTENSIONS.test(f) && !SOURCES_CSV.test(f)).map((file): FileReport => ({
    file, status: 'warning',
    messages: [{ code: 'unsupported-format', severity: 'warning', file, message: `未读取：只读取${SUPPORTED_FORMATS}` }],
  }));
  for (const fileReport of unsupported) reports.set(fileReport.file, fileReport);
  const fileReports = all.map((f) => reports.get(f)!);
  const failedChecks = entries.reduce((n, e) => n + e.checks.filter((c) => c.status === 'fail').length, 0);
  const report: IngestReport = { files: fileReports, summary: summarise(fileReports, entries.length, failedChecks) };
  output.set('ingest-report.json', `${JSON.stringify(report, null, 2)}\n`);
  await effects.writeOutput(output);
  return { report, entries };
}

/** Where the reports were published (seeds/sources.csv): metadata by report file; each CSV listed in the report. */
async function readMetadata(csvFiles: string[], reports: string[], effects: IngestEffects, listed: Map<string, FileReport>): Promise<Map<string, SourceMetadata>> {
  const metadata = new Map<string, SourceMetadata>();
  for (const csv of csvFiles) {
    const decoded = decodeReport(await effects.readFile(csv));
    const parsed = decoded.ok ? parseSourcesCsv(decoded.text, csv, reports) : { metadata: new Map(), messages: [{ code: decoded.code, message: decoded.message, file: csv, severity: 'error' as const }] };
    for (const [file, entry] of parsed.metadata) metadata.set(file, entry);
    listed.set(csv, { file: csv, status: statusOf(parsed.messages), messages: parsed.messages });
  }
  return metadata;
}

async function readOne(
  file: string, effects: IngestEffects, groups: Map<string, ParsedDocument[]>, metadata: SourceMetadata | undefined, output: Map<string, string>,
): Promise<FileReport> {
  try {
    const bytes = await effects.readFile(file);
    const read: ReadOutcome = isPdf(bytes) || /\.pdf$/i.test(file)
      ? await readPdfDocument(file, bytes, effects.readPdf!)
      : readText(file, bytes);
    if (!read.ok) return { file, status: 'error', ...(isPdf(bytes) ? { format: 'pdf' } : {}), messages: read.messages };
    const outcome = parseDocument(file, sha256Of(bytes), read.document);
    if (!outcome.ok) {
      return { file, status: 'error', format: read.document.format, department: outcome.department, year: outcome.year, messages: outcome.messages };
    }
    const doc = outcome.document;
    if (doc.linePages) doc.messages = doc.messages.map((m) => withPage(m, doc.linePages!));
    if (metadata && Object.keys(metadata).length) doc.metadata = metadata;
    output.set(`sources/${sourceId(doc.sha256)}.json`, renderingJson(doc));
    // The rendering is written; the document need not hold it any longer.
    doc.rendering = [];
    const key = `${doc.department}|${doc.year}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
    return {
      file, status: statusOf(doc.messages), documentType: doc.documentType, format: doc.format,
      ...(doc.pages ? { pages: doc.pages } : {}), ...(outcome.encoding ? { encoding: outcome.encoding } : {}),
      department: doc.department, year: doc.year, messages: [...doc.messages],
    };
  } catch (error) {
    // A parser bug must not take the other reports down: record it against this file.
    return { file, status: 'error', messages: [internalError(file, error)] };
  }
}

function buildEntry(documents: ParsedDocument[]): { entry?: DepartmentYear; path: string; messages: Message[] } {
  const file = documents[0].file;
  try {
    const assembled = assembleDepartmentYear(documents);
    const path = `departments/${assembled.department.slug}-${assembled.year}.json`;
    const validation = validateDepartmentYear(assembled);
    if (!validation.ok) {
      const message = `${assembled.department.name} ${assembled.year}年度的数据不符合数据格式规定（${validation.errors.join('；')}）`;
      return { path, messages: documents.map((d) => ({ code: 'schema-invalid', message, file: d.file, severity: 'error' as const })) };
    }
    const failed = validation.entry.checks.filter((c) => c.status === 'fail');
    const messages: Message[] = failed.map((c) => ({
      code: 'check-failed', severity: 'warning', file: c.source?.file ?? file, line: c.source?.line,
      ...(c.source?.page !== undefined ? { page: c.source.page } : {}), message: c.message,
    }));
    return { entry: validation.entry, path, messages };
  } catch (error) {
    return { path: '', messages: documents.map((d) => internalError(d.file, error)) };
  }
}

function internalError(file: string, error: unknown): Message {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'internal-error', severity: 'error', file, message: `读取这份报告时程序出错（${detail}），其他报告不受影响` };
}

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
