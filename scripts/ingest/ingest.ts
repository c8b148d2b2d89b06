// The ingest: every report under a folder → one validated JSON per department-year,
// plus ingest-report.json. File access is passed in (effects) so tests run in memory.
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { buildDepartment, internalError, unbuilt, type Built, type Member } from './build-department.ts';
import { decodeReport } from './decode.ts';
import { backgroundWrites, cacheKey, type IngestCache } from './document-cache.ts';
import { sha256Of } from './parse-report.ts';
import { pdfPool, type PdfReader } from './pdf/pool.ts';
import type { PdfReading } from './pdf/read.ts';
import { prepareReport, type PreparedReport, type ReportFacts } from './prepare-report.ts';
import { readAndParse, type Parsed } from './read-and-parse.ts';
import { statusOf, summarise, type FileReport, type IngestReport } from './report.ts';
import { parseSourcesCsv, SOURCES_CSV, type SourceMetadata } from './sources-csv.ts';

export interface IngestEffects {
  /** Report files under the seeds folder as project-relative paths, any order. */
  listReports(): Promise<string[]>;
  readFile(file: string): Promise<Uint8Array>;
  /**
   * Write output files (keyed by their path inside --out; their content as UTF-8 bytes or as
   * text) as they are completed: each department's entries, each report as read, then
   * ingest-report.json. A file whose content is already exactly this need not be touched.
   * `identities` names what a file was made from (with a cache), for `holdsOutput` in later runs.
   */
  writeOutput(files: Map<string, Uint8Array | string>, identities?: ReadonlyMap<string, string>): Promise<void>;
  /** After the last write: remove earlier output this run did not write (reports since removed). */
  finishOutput?(written: ReadonlySet<string>): Promise<void>;
  onFile?(event: { index: number; count: number; file: string; status: FileReport['status'] }): void;
  /** How a report is read and parsed. When not given: text here, PDFs with `readPdf`. */
  parse?(file: string, bytes: Uint8Array): Promise<Parsed>;
  /**
   * How a report is read, parsed and prepared for the ingest (prepare-report.ts): on every core
   * in worker threads (document-pool.ts) for the CLI and the build. When not given: `parse`,
   * then prepared here.
   */
  prepare?(file: string, bytes: Uint8Array): Promise<PreparedReport>;
  /** How a department's years are built (build-department.ts): in worker threads for the CLI and the build. When not given: here. */
  build?(members: Member[]): Promise<Built[]>;
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
  /**
   * With a cache: a report's sha256, from its bytes, or without reading it when the file is
   * unchanged since an earlier run hashed it (file-states.ts). Default: read and hashed.
   */
  hashReport?(file: string): Promise<{ sha256: string; bytes?: Uint8Array }>;
  /** With a cache: whether an output file still holds exactly what was written for `identity`, so it need not be made again. */
  holdsOutput?(path: string, identity: string): Promise<boolean>;
  /** Return the department-years built (default: when there is no cache). */
  keepEntries?: boolean;
}

export interface IngestResult {
  report: IngestReport;
  /** The department-years built (empty when a cache is given: they are only written). */
  entries: DepartmentYear[];
}

/** The formats a report may come in. */
export const REPORT_EXTENSIONS = /\.(txt|md|pdf)$/i;
export const SUPPORTED_FORMATS = '扩展名为 .pdf、.txt 或 .md 的 PDF 文件和文本文件（文本中的表格以制表符或“|”分隔，或以空格对齐）';

/** Files read, and departments built, at once: enough to keep the workers busy. */
const CONCURRENCY = 8;

export async function runIngest(given: IngestEffects): Promise<IngestResult> {
  let pool: PdfReader | undefined;
  const readPdf = given.readPdf ?? ((bytes: Uint8Array) => (pool ??= pdfPool()).read(bytes));
  const parse = given.parse ?? ((file: string, bytes: Uint8Array) => readAndParse(file, bytes, readPdf));
  const cache = given.cache && backgroundWrites(given.cache);
  const effects: IngestEffects = {
    ...given, ...(cache ? { cache } : {}),
    prepare: given.prepare ?? (async (file, bytes) => prepareReport(await parse(file, bytes))),
    build: given.build ?? (async (members) => buildHere(members)),
  };
  try {
    return await ingest(effects);
  } finally {
    await cache?.settle();
    await pool?.close();
  }
}

function buildHere(members: Member[]): Built[] {
  try {
    return buildDepartment(members);
  } catch (error) {
    return unbuilt(members, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

/** A parsed report waiting for its department: its document in memory, or in the cache under `key`. */
interface Held { file: string; department: string; year: number; key?: string; document?: Uint8Array; metadata?: SourceMetadata; sha256: string }

/** What the cache keeps of a prepared report besides its two JSON texts (each read only when needed). */
type CachedReport = Extract<PreparedReport, { ok: false }> | Omit<Extract<PreparedReport, { ok: true }>, 'source' | 'document'>;

/**
 * A built department-year as cached: without its JSON, which is made again (the department
 * built again from its cached documents) only when its file must be written.
 */
type CachedBuilt = Omit<Built, 'json'> & { hasJson: boolean };

/** Outputs written, and how: everything `finishOutput` must keep. */
interface Writer {
  written: Set<string>;
  /** Write `path` unless it still holds what `identity` made; its `content` is asked for only when it must be written. */
  put(path: string, identity: string | undefined, content: () => Promise<Uint8Array | undefined>): Promise<boolean>;
  write(output: Map<string, Uint8Array | string>): Promise<void>;
}

async function ingest(effects: IngestEffects): Promise<IngestResult> {
  const all = (await effects.listReports()).sort();
  const files = all.filter((f) => REPORT_EXTENSIONS.test(f));
  const reports = new Map<string, FileReport>();
  const writer = outputWriter(effects);
  const metadata = await readMetadata(all.filter((f) => SOURCES_CSV.test(f)), files, effects, reports);

  // Every report is read (or found in the cache), its reading written, and it waits for its department.
  const held: Held[] = [];
  let done = 0;
  const queue = [...files];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const fileReport = await readOne(file, effects, metadata.get(file), held, writer);
      reports.set(file, fileReport);
      effects.onFile?.({ index: done++, count: files.length, file, status: fileReport.status });
    }
  }));

  // Then department by department (every year of one together): entries built (a few at once,
  // on the workers), checked and written in department order, and let go of before the next.
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const departments = new Map<string, Held[]>();
  for (const h of held.sort(byFile)) departments.set(h.department, [...(departments.get(h.department) ?? []), h]);
  const keepEntries = effects.keepEntries ?? !effects.cache;
  const entries: DepartmentYear[] = [];
  let departmentYears = 0;
  let failedChecks = 0;
  const order = [...departments.values()];
  const pending: (Promise<Departmental> | undefined)[] = [];
  const startNext = () => {
    if (pending.length < order.length) pending.push(departmentOrProblem(order[pending.length], effects));
  };
  for (let i = 0; i < CONCURRENCY; i++) startNext();
  for (let i = 0; i < order.length; i++) {
    const { built, identity } = await pending[i]!;
    pending[i] = undefined;
    startNext();
    for (const result of built) {
      for (const file of result.files) {
        const fileReport = reports.get(file)!;
        fileReport.messages.push(...result.messages.filter((m) => m.file === file || m.file === ''));
        if (result.path) fileReport.entry = result.path;
        fileReport.status = statusOf(fileReport.messages);
      }
      if (!result.hasJson) continue;
      departmentYears++;
      failedChecks += result.failed;
      if (keepEntries) {
        const json = await result.json();
        if (json) entries.push(JSON.parse(decoder.decode(json)));
      }
      await writer.put(result.path, identity, result.json);
    }
  }

  const unsupported = all.filter((f) => !REPORT_EXTENSIONS.test(f) && !SOURCES_CSV.test(f)).map((file): FileReport => ({
    file, status: 'warning',
    messages: [{ code: 'unsupported-format', severity: 'warning', file, message: `未读取：只读取${SUPPORTED_FORMATS}` }],
  }));
  for (const fileReport of unsupported) reports.set(fileReport.file, fileReport);
  const fileReports = all.map((f) => reports.get(f)!);
  const report: IngestReport = { files: fileReports, summary: summarise(fileReports, departmentYears, failedChecks) };
  await writer.write(new Map([['ingest-report.json', `${JSON.stringify(report, null, 2)}\n`]]));
  await effects.finishOutput?.(writer.written);
  return { report, entries };
}

function outputWriter(effects: IngestEffects): Writer {
  const written = new Set<string>();
  const write = async (output: Map<string, Uint8Array | string>, identities?: ReadonlyMap<string, string>) => {
    for (const path of output.keys()) written.add(path);
    await effects.writeOutput(output, identities);
  };
  return {
    written, write,
    async put(path, identity, content) {
      if (identity && effects.holdsOutput && (await effects.holdsOutput(path, identity))) {
        written.add(path);
        return true;
      }
      const bytes = await content();
      if (bytes === undefined) return false;
      await write(new Map([[path, bytes]]), identity ? new Map([[path, identity]]) : undefined);
      return true;
    },
  };
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

/**
 * A prepared report in the cache: one entry of three parts, each read only when needed: what
 * the ingest report says of it (CachedReport, as JSON), its rendering as published, and its
 * document. (One file per report: creating files is most of what a cold cache costs.)
 */
const PART = { report: 0, source: 1, document: 2 } as const;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readOne(file: string, effects: IngestEffects, metadata: SourceMetadata | undefined, held: Held[], writer: Writer): Promise<FileReport> {
  try {
    const cache = effects.cache;
    const hashed = cache ? await hashOf(file, effects) : undefined;
    const key = hashed && cacheKey('report', file, hashed.sha256);
    const read = (key && (await cachedJson<CachedReport>(cache!, key, PART.report))) || (await prepareAnew(file, key, effects, hashed?.bytes));
    if (!read.ok) {
      return { file, status: 'error', ...(read.format ? { format: read.format } : {}), department: read.department, year: read.year, messages: read.messages };
    }
    const prepared = 'source' in read ? (read as Extract<PreparedReport, { ok: true }>) : undefined;
    const source = prepared?.source;
    await writer.put(read.sourcePath, key, async (): Promise<Uint8Array | undefined> => {
      if (source !== undefined) return source;
      const kept = await cache!.getPart(key!, PART.source);
      if (kept) return kept;
      const again = await prepareAnew(file, key, effects);
      return again.ok ? again.source : undefined;
    });
    const { facts } = read;
    held.push({
      file, department: facts.department, year: facts.year, sha256: facts.sha256, ...(metadata && Object.keys(metadata).length ? { metadata } : {}),
      ...(key ? { key } : { document: prepared!.document }),
    });
    return fileReportOf(file, facts);
  } catch (error) {
    // A parser bug must not take the other reports down: record it against this file.
    return { file, status: 'error', messages: [internalError(file, error)] };
  }
}

/** A value kept as JSON in part `index` of a cache entry, when the cache has it whole. */
async function cachedJson<T>(cache: IngestCache, key: string, index: number): Promise<T | undefined> {
  const bytes = await cache.getPart(key, index);
  try {
    return bytes && (JSON.parse(decoder.decode(bytes)) as T);
  } catch {
    return undefined;
  }
}

const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value));

async function hashOf(file: string, effects: IngestEffects): Promise<{ sha256: string; bytes?: Uint8Array }> {
  if (effects.hashReport) return effects.hashReport(file);
  const bytes = await effects.readFile(file);
  return { sha256: sha256Of(bytes), bytes };
}

/**
 * A report read, parsed and prepared (in the cache under `key` too, unless it failed in a way
 * the next run may not): the first time, or when the cache lost part of it.
 */
async function prepareAnew(file: string, key: string | undefined, effects: IngestEffects, bytes?: Uint8Array): Promise<PreparedReport> {
  const read = await effects.prepare!(file, bytes ?? (await effects.readFile(file)));
  if (key && (read.ok || !read.transient)) {
    if (read.ok) {
      const { source, document, ...kept } = read;
      await effects.cache!.setParts(key, [jsonBytes(kept), source, document]);
    } else {
      await effects.cache!.setParts(key, [jsonBytes(read)]);
    }
  }
  return read;
}

function fileReportOf(file: string, facts: ReportFacts): FileReport {
  return {
    file, status: statusOf(facts.messages), documentType: facts.documentType, format: facts.format,
    ...(facts.pages ? { pages: facts.pages } : {}), ...(facts.encoding ? { encoding: facts.encoding } : {}),
    department: facts.department, year: facts.year, messages: [...facts.messages],
  };
}

/** A department's years as built (or as cached), each JSON asked for only when its file must be written. */
interface Departmental {
  built: (Omit<Built, 'json'> & { hasJson: boolean; json: () => Promise<Uint8Array | undefined> })[];
  /** What the department was built from (with a cache): its files' identity as outputs. */
  identity?: string;
}

/**
 * Every year of a department, from its documents; remembered in the cache under all of them
 * (their files, bytes and metadata), so an unchanged department is not built again. Its JSON
 * files are not cached (they are most of what the ingest writes): a department found in the
 * cache whose files must be written again (changed or removed since) is built again, once.
 */
async function departmentOf(members: Held[], effects: IngestEffects): Promise<Departmental> {
  const cache = effects.cache;
  const key = cache ? cacheKey('department', ...members.map((m) => `${m.file}|${m.sha256}|${JSON.stringify(m.metadata ?? {})}`)) : undefined;
  const build = async (): Promise<Built[]> => {
    const built = await effects.build!(await Promise.all(members.map(async (m): Promise<Member> => ({
      file: m.file, year: m.year, ...(m.metadata ? { metadata: m.metadata } : {}), document: m.document ?? (await cachedDocument(m, effects)),
    }))));
    if (key && !built.some((b) => b.transient)) await cache!.setParts(key, [jsonBytes(built.map(({ json, ...rest }): CachedBuilt => ({ ...rest, hasJson: json !== undefined })))]);
    return built;
  };
  const cached = key ? await cachedJson<CachedBuilt[]>(cache!, key, 0) : undefined;
  if (!cached) {
    const built = await build();
    return { identity: key, built: built.map(({ json, ...rest }) => ({ ...rest, hasJson: json !== undefined, json: async () => json })) };
  }
  let again: Promise<Built[]> | undefined;
  return {
    identity: key,
    built: cached.map((b) => ({
      ...b,
      async json() {
        again ??= build();
        return (await again).find((built) => built.path === b.path)?.json;
      },
    })),
  };
}

/** A department, or (the cache failing under it) an internal error for its files: never a rejection, for it waits its turn. */
async function departmentOrProblem(members: Held[], effects: IngestEffects): Promise<Departmental> {
  try {
    return await departmentOf(members, effects);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const built = unbuilt(members, detail);
    return { built: built.map(({ json: _json, ...rest }) => ({ ...rest, hasJson: false, json: async () => undefined })) };
  }
}

/** A held report's document from the cache; read and parsed again if the cache lost it. */
async function cachedDocument(m: Held, effects: IngestEffects): Promise<Uint8Array> {
  const kept = await effects.cache!.getPart(m.key!, PART.document);
  if (kept) return kept;
  const again = await prepareAnew(m.file, m.key, effects);
  if (!again.ok) throw new Error(`${m.file}: ${again.messages.map((msg) => msg.message).join('；')}`);
  return again.document;
}
