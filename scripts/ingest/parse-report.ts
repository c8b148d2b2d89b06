// One source document → one parsed document: identify the department-year, then read tables
// and prose from the reader's lines. Pure: what the reader read in, data and messages out.
import { createHash } from 'node:crypto';
import type { DocumentType, SourceFormat } from '../../src/lib/schema.ts';
import { identifyDocument } from './identity.ts';
import { parsePerformanceReport } from './performance/index.ts';
import { parseGlossary } from './prose/glossary.ts';
import { parseProse, type ProseReading } from './prose/index.ts';
import { readText, type ReadDocument } from './read-document.ts';
import { parseTables } from './tables/index.ts';
import type { SourceMetadata } from './sources-csv.ts';
import { templateMarks } from './template.ts';
import type { Line, Message, TableFacts } from './types.ts';

export interface ParsedDocument {
  file: string;
  sha256: string;
  format: SourceFormat;
  pages?: number;
  /** Where it was published (seeds/sources.csv), set by the ingest. */
  metadata?: SourceMetadata;
  /** The document as read, for the site to publish (ReadDocument.rendering). */
  rendering: Line[];
  /** The page of every line (index = line number), when the reader knows pages (PDF, text with form feeds). */
  linePages?: number[];
  documentType: DocumentType;
  department: string;
  region?: string[];
  year: number;
  tables?: TableFacts;
  prose: ProseReading;
  glossary: { term: string; definition: string }[];
  messages: Message[];
}

/**
 * `transient`: the failure is this run's, not the report's (a worker's time or memory limit
 * reached, a worker lost): the ingest does not remember it, and reads the report again next run.
 */
export type ParseOutcome =
  | { ok: true; document: ParsedDocument; encoding?: string }
  | { ok: false; messages: Message[]; department?: string; year?: number; transient?: true };

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A text report's bytes → parsed document (PDFs go through readPdfDocument, then parseDocument). */
export function parseReport(file: string, bytes: Uint8Array): ParseOutcome {
  const read = readText(file, bytes);
  return read.ok ? parseDocument(file, sha256Of(bytes), read.document) : { ok: false, messages: read.messages };
}

export function parseDocument(file: string, sha256: string, read: ReadDocument): ParseOutcome {
  const { lines } = read;
  const identity = identifyDocument(lines);
  const department = identity.department?.name;
  const year = identity.year?.value;
  const template = templateMarks(department, lines);
  if (template) {
    return { ok: false, department, year, messages: [{ code: 'template-not-report', severity: 'error', file, line: template.line, message: `这是空白模板，不是报告（${template.why}），不予发布` }] };
  }
  if (!department || year === undefined) {
    const missing = [!department && '部门名称', year === undefined && '年度'].filter(Boolean).join('和');
    const message = `不是部门决算或绩效自评报告：标题和“部门：”行中都没有找到${missing}`;
    return { ok: false, department, year, messages: [...read.messages, { code: 'not-a-report', message, file, line: 1, severity: 'error' }] };
  }
  const documentType = identity.documentType ?? 'final-accounts';
  const input = { file, lines, grids: read.grids };
  const tables = parseTables(input, documentType);
  const prose = documentType === 'performance-evaluation'
    ? parsePerformanceReport(input, { year, tables: tables.tables })
    : parseProse(input, { year, functionRows: tables.expenditureByFunction, generalBudgetRows: tables.generalBudgetRows, tables: tables.tables });
  return {
    ok: true,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    document: {
      file, sha256, format: read.format, ...(read.pages ? { pages: read.pages } : {}), rendering: read.rendering,
      ...(lines.some((l) => l.page !== undefined) ? { linePages: linePages(read) } : {}),
      documentType, department, region: identity.region, year, tables, prose,
      glossary: documentType === 'final-accounts' ? parseGlossary(input) : [],
      messages: [...read.messages, ...(tables?.messages ?? []), ...prose.messages],
    },
  };
}

function linePages(read: ReadDocument): number[] {
  const pages: number[] = [];
  for (const line of read.lines) if (line.page !== undefined) pages[line.no] = line.page;
  return pages;
}
