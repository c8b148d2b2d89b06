// The ingest: every report under a folder → one validated JSON per department-year,
// plus ingest-report.json. File access is passed in (effects) so tests run in memory.
import type { Check, DepartmentYear } from '../../src/lib/schema.ts';
import { assembleDepartmentYear, sourceId } from './assemble.ts';
import { withRestatements } from './checks/restated.ts';
import { decodeReport } from './decode.ts';
import { cacheKey, type IngestCache } from './document-cache.ts';
import { sha256Of, type ParsedDocument } from './parse-report.ts';
import { pdfPool, type PdfReader } from './pdf/pool.ts';
import type { PdfReading } from './pdf/read.ts';
import { readAndParse, type Parsed } from './read-and-parse.ts';
import { statusOf, summarise, type FileReport, type IngestReport } from './report.ts';
import { parseSourcesCsv, SOURCES_CSV, type SourceMetadata } from './sources-csv.ts';
import type { Message } from './types.ts';
import { validateDepartmentYear } from './validate.ts';

export interface IngestEffects {
  /** Report files under the seeds folder as project-relative paths, any order. */
  listReports(): Promise<string[]>;
  readFile(file: string): Promise<Uint8Array>;
  /**
   * Write output files (keyed by their path inside --out) as they are completed: each
   * department's entries, each report as read, then ingest-report.json. A file whose content
   * is already exactly this need not be touched.
   */
  writeOutput(files: Map<string, string>): Promise<void>;
  /** After the last write: remove earlier output this run did not write (reports since removed). */
  finishOutput?(written: ReadonlySet<string>): Promise<void>;
  onFile?(event: { index: number; count: number; file: string; status: FileReport['status'] }): void;
  /**
   * How a report is read and parsed: on every core in worker threads (document-pool.ts) for the
   * CLI and the build. When not given: text here, PDFs with `readPdf`.
   */
  parse?(file: string, bytes: Uint8Array): Promise<Parsed>;
  /**
   * How PDFs are read when `parse` is not given. Default: a pool of worker threads
   * (pdf/pool.ts) started for this run, each PDF with a time and memory bound, and pdf.js's
   * own failures (it can reject where nothing catches it) kept out of this process.
   */
  readPdf?(bytes: Uint8Array): Promise<PdfReading>;
  /**
   * Remember parsed reports and built departments between runs (document-cache.ts). With a
   * cache, parsed documents wait in it rather than in memory, and `entries` is not returned,
   * so memory does not grow with the corpus.
   */
  cache?: IngestCache;
}

export interface IngestResult {
  report: IngestReport;
  /** The department-years built (empty when a cache is given: they are only written). */
  entries: DepartmentYear[];
}

/** The formats a report may come in. */
export const REPORT_EXTENSIONS = /\.(txt|md|pdf)$/i;
export const SUPPORTED_FORMATS = '扩展名为 .pdf、.txt 或 .md 的 PDF 文件和文本文件（文本中的表格以制表符或“|”分隔，或以空格对齐）';

/** Files read at once: enough to keep the workers busy. */
const CONCURRENCY = 4;

export async function runIngest(given: IngestEffects): Promise<IngestResult> {
  let pool: PdfReader | undefined;
  const readPdf = given.readPdf ?? ((bytes: Uint8Array) => (pool ??= pdfPool()).read(bytes));
  const effects: IngestEffects = { ...given, parse: given.parse ?? ((file, bytes) => readAndParse(file, bytes, readPdf)) };
  try {
    return await ingest(effects);
  } finally {
    await pool?.close();
  }
}

/** A parsed report waiting for its department: in memory, or in the cache under `key`. */
interface Held { file: string; department: string; year: number; key?: string; document?: ParsedDocument; metadata?: SourceMetadata; sha256: string }

async function ingest(effects: IngestEffects): Promise<IngestResult> {
  const all = (await effects.listReports()).sort();
  const files = all.filter((f) => REPORT_EXTENSIONS.test(f));
  const reports = new Map<string, FileReport>();
  const written = new Set<string>();
  const write = async (output: Map<string, string>) => {
    for (const path of output.keys()) written.add(path);
    await effects.writeOutput(output);
  };
  const metadata = await readMetadata(all.filter((f) => SOURCES_CSV.test(f)), files, effects, reports);

  // Every report is read (or found in the cache), its reading written, and it waits for its department.
  const held: Held[] = [];
  let done = 0;
  const queue = [...files];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const fileReport = await readOne(file, effects, metadata.get(file), held, write);
      reports.set(file, fileReport);
      effects.onFile?.({ index: done++, count: files.length, file, status: fileReport.status });
    }
  }));

  // Then department by department (every year of one together): entries built, checked and
  // written, and let go of before the next.
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const departments = new Map<string, Held[]>();
  for (const h of held.sort(byFile)) departments.set(h.department, [...(departments.get(h.department) ?? []), h]);
  const entries: DepartmentYear[] = [];
  let departmentYears = 0;
  let failedChecks = 0;
  for (const members of departments.values()) {
    const built = await buildDepartment(members, effects);
    for (const result of built) {
      for (const file of result.files) {
        const fileReport = reports.get(file)!;
        fileReport.messages.push(...result.messages.filter((m) => m.file === file || m.file === ''));
        if (result.path) fileReport.entry = result.path;
        fileReport.status = statusOf(fileReport.messages);
      }
      if (!result.text) continue;
      departmentYears++;
      failedChecks += result.failed;
      if (!effects.cache) entries.push(JSON.parse(result.text));
    }
    await write(new Map(built.filter((b) => b.text).map((b) => [b.path, b.text!])));
  }

  const unsupported = all.filter((f) => !REPORT_EXTENSIONS.test(f) && !SOURCES_CSV.test(f)).map((file): FileReport => ({
    file, status: 'warning',
    messages: [{ code: 'unsupported-format', severity: 'warning', file, message: `未读取：只读取${SUPPORTED_FORMATS}` }],
  }));
  for (const fileReport of unsupported) reports.set(fileReport.file, fileReport);
  const fileReports = all.map((f) => reports.get(f)!);
  const report: IngestReport = { files: fileReports, summary: summarise(fileReports, departmentYears, failedChecks) };
  await write(new Map([['ingest-report.json', `${JSON.stringify(report, null, 2)}\n`]]));
  await effects.finishOutput?.(written);
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
  file: string, effects: IngestEffects, metadata: SourceMetadata | undefined, held: Held[], write: (output: Map<string, string>) => Promise<void>,
): Promise<FileReport> {
  try {
    const bytes = await effects.readFile(file);
    const sha256 = sha256Of(bytes);
    const key = effects.cache ? cacheKey('report', file, sha256) : undefined;
    let parsed = key ? await effects.cache!.get<Parsed>(key) : undefined;
    if (!parsed) {
      parsed = await effects.parse!(file, bytes);
      if (key) await effects.cache!.set(key, parsed);
    }
    if (!parsed.ok) {
      return { file, status: 'error', ...(parsed.format ? { format: parsed.format } : {}), department: parsed.department, year: parsed.year, messages: parsed.messages };
    }
    const doc = parsed.document;
    if (doc.linePages) doc.messages = doc.messages.map((m) => withPage(m, doc.linePages!));
    await write(new Map([[`sources/${sourceId(doc.sha256)}.json`, renderingJson(doc)]]));
    // The rendering is written; the document need not hold it any longer.
    doc.rendering = [];
    held.push({ file, department: doc.department, year: doc.year, sha256, ...(metadata && Object.keys(metadata).length ? { metadata } : {}), ...(key ? { key } : { document: doc }) });
    return {
      file, status: statusOf(doc.messages), documentType: doc.documentType, format: doc.format,
      ...(doc.pages ? { pages: doc.pages } : {}), ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      department: doc.department, year: doc.year, messages: [...doc.messages],
    };
  } catch (error) {
    // A parser bug must not take the other reports down: record it against this file.
    return { file, status: 'error', messages: [internalError(file, error)] };
  }
}

/** One department-year as built: its JSON (absent when it could not be built) and messages for its files. */
interface Built { path: string; text?: string; failed: number; files: string[]; messages: Message[] }

/**
 * Every year of a department, from its documents; remembered in the cache under all of them
 * (their files, bytes and metadata), so an unchanged department is not built again.
 */
async function buildDepartment(members: Held[], effects: IngestEffects): Promise<Built[]> {
  const key = effects.cache ? cacheKey('department', ...members.map((m) => `${m.file}|${m.sha256}|${JSON.stringify(m.metadata ?? {})}`)) : undefined;
  const cached = key ? await effects.cache!.get<Built[]>(key) : undefined;
  if (cached) return cached;
  const years = new Map<number, Held[]>();
  for (const m of members) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  const results: (ReturnType<typeof buildEntry> & { files: string[] })[] = [];
  for (const group of [...years.values()]) {
    const documents = await Promise.all(group.map(async (m) => {
      const document = m.document ?? (await effects.cache!.get<Parsed & { ok: true }>(m.key!))!.document;
      if (m.metadata) document.metadata = m.metadata;
      document.rendering = [];
      return document;
    }));
    results.push({ ...buildEntry(documents), files: documents.map((d) => d.file) });
  }
  // Across the years: what each report states about the year before, against that year's own report.
  // A bug here must not take the department down: its years are then published as built alone.
  const entries = results.flatMap((r) => (r.entry ? [r.entry] : []));
  let compared = new Map(entries.map((entry) => [entry, entry]));
  let crossYearError: unknown;
  try {
    const restated = withRestatements(entries);
    compared = new Map(entries.map((entry, i) => [entry, restated[i]]));
  } catch (error) {
    crossYearError = error;
  }
  const built: Built[] = results.map((result) => {
    const entry = result.entry && compared.get(result.entry)!;
    const added = entry && result.entry ? entry.checks.slice(result.entry.checks.length) : [];
    const problems = crossYearError === undefined ? [] : result.files.map((file) => internalError(file, crossYearError));
    return {
      path: result.path, ...(entry ? { text: `${JSON.stringify(entry, null, 2)}\n` } : {}),
      failed: entry?.checks.filter((c) => c.status === 'fail').length ?? 0,
      files: result.files, messages: [...result.messages, ...failedMessages(added, result.files[0]), ...problems],
    };
  });
  if (key) await effects.cache!.set(key, built);
  return built;
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
    return { entry: validation.entry, path, messages: failedMessages(validation.entry.checks, file) };
  } catch (error) {
    return { path: '', messages: documents.map((d) => internalError(d.file, error)) };
  }
}

/** A warning in ingest-report.json for each failed check, against the file and line it concerns. */
function failedMessages(checks: readonly Check[], file: string): Message[] {
  return checks.filter((c) => c.status === 'fail').map((c) => ({
    code: 'check-failed', severity: 'warning', file: c.source?.file ?? file, line: c.source?.line,
    ...(c.source?.page !== undefined ? { page: c.source.page } : {}), message: c.message,
  }));
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
