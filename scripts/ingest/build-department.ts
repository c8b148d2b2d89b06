// Every year of one department, from its prepared documents: each year assembled, checked and
// validated, then the years compared with each other (restatements), and each entry as the
// JSON file the site reads. Pure, so it runs in a worker thread (document-pool.ts) or here.
import { jsonRows } from '../../src/lib/json-rows.ts';
import type { Check, DepartmentYear } from '../../src/lib/schema.ts';
import { assembleDepartmentYear } from './assemble.ts';
import { withRestatements } from './checks/restated.ts';
import type { ParsedDocument } from './parse-report.ts';
import { documentOf } from './prepare-report.ts';
import type { SourceMetadata } from './sources-csv.ts';
import type { Message } from './types.ts';
import { validateDepartmentYear } from './validate.ts';

/** One report of the department: its file, year, where it was published, and its document (prepare-report.ts). */
export interface Member { file: string; year: number; metadata?: SourceMetadata; document: Uint8Array }

/**
 * One department-year as built: its JSON file's bytes (UTF-8; absent when it could not be
 * built, and handed over, not copied, from a worker thread) and messages for its files.
 */
export interface Built {
  path: string;
  json?: Uint8Array;
  failed: number;
  files: string[];
  messages: Message[];
  /** The build failed in this run (a worker's limit reached, a worker lost), not for its reports: not remembered. */
  transient?: true;
}

/** Members in file order; the years in the order their first file comes. */
export function buildDepartment(members: readonly Member[]): Built[] {
  const years = new Map<number, Member[]>();
  for (const m of members) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  const results = [...years.values()].map((group) => {
    const documents = group.map((m): ParsedDocument => {
      const document = documentOf(m.document);
      if (m.metadata) document.metadata = m.metadata;
      return document;
    });
    return { ...buildEntry(documents), files: documents.map((d) => d.file) };
  });
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
  return results.map((result) => {
    const entry = result.entry && compared.get(result.entry)!;
    const added = entry && result.entry ? entry.checks.slice(result.entry.checks.length) : [];
    const problems = crossYearError === undefined ? [] : result.files.map((file) => internalError(file, crossYearError));
    return {
      path: result.path, ...(entry ? { json: encoder.encode(jsonRows(entry)) } : {}),
      failed: entry?.checks.filter((c) => c.status === 'fail').length ?? 0,
      files: result.files, messages: [...result.messages, ...failedMessages(added, result.files[0]), ...problems],
    };
  });
}

/** What a department whose build could not finish (its worker timed out or ran out of memory) reports. */
export function unbuilt(members: readonly Pick<Member, 'file'>[], detail: string): Built[] {
  return [{ path: '', failed: 0, files: members.map((m) => m.file), messages: members.map((m) => internalError(m.file, detail)) }];
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

const encoder = new TextEncoder();

export function internalError(file: string, error: unknown): Message {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'internal-error', severity: 'error', file, message: `读取这份报告时程序出错（${detail}），其他报告不受影响` };
}
