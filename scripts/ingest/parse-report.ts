// One source file → one parsed document: decode, number the lines, identify the
// department-year, then read tables and prose. Pure: bytes in, data and messages out.
import { createHash } from 'node:crypto';
import type { DocumentType } from '../../src/lib/schema.ts';
import { decodeReport } from './decode.ts';
import { identifyDocument } from './identity.ts';
import { parsePerformanceReport } from './performance/index.ts';
import { parseGlossary } from './prose/glossary.ts';
import { parseProse, type ProseReading } from './prose/index.ts';
import { parseTables } from './tables/index.ts';
import { toLines, type Line } from './text.ts';
import type { Message, TableFacts } from './types.ts';

/** Lines longer than this are cut before parsing, so no pattern can run away on them. */
export const MAX_LINE_LENGTH = 20_000;

export interface ParsedDocument {
  file: string;
  sha256: string;
  documentType: DocumentType;
  department: string;
  region?: string[];
  year: number;
  tables?: TableFacts;
  prose: ProseReading;
  glossary: { term: string; definition: string }[];
  messages: Message[];
}

export type ParseOutcome =
  | { ok: true; document: ParsedDocument; encoding: string }
  | { ok: false; messages: Message[]; department?: string; year?: number };

export function parseReport(file: string, bytes: Uint8Array): ParseOutcome {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { ok: false, messages: [{ code: decoded.code, message: decoded.message, file, severity: 'error' }] };
  const messages: Message[] = [];
  if (decoded.warning) messages.push({ code: 'invalid-bytes', severity: 'warning', file, message: decoded.warning });
  const lines = boundLines(file, toLines(decoded.text), messages);

  const identity = identifyDocument(lines);
  const department = identity.department?.name;
  const year = identity.year?.value;
  if (!department || year === undefined) {
    const missing = [!department && '部门名称 (department name)', year === undefined && '年度 (fiscal year)'].filter(Boolean).join(' and ');
    const message = `not a 部门决算 or 绩效自评 report: no ${missing} found in the title or a "部门：" line`;
    return { ok: false, department, year, messages: [{ code: 'not-a-report', message, file, line: 1, severity: 'error' }] };
  }
  const documentType = identity.documentType ?? 'final-accounts';
  const input = { file, lines };
  const tables = parseTables(input, documentType);
  const prose = documentType === 'performance-evaluation'
    ? parsePerformanceReport(input, { year, tables: tables.tables })
    : parseProse(input, { year, functionRows: tables.expenditureByFunction, tables: tables.tables });
  return {
    ok: true,
    encoding: decoded.encoding,
    document: {
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      documentType,
      department,
      region: identity.region,
      year,
      tables,
      prose,
      glossary: documentType === 'final-accounts' ? parseGlossary(input) : [],
      messages: [...messages, ...(tables?.messages ?? []), ...prose.messages],
    },
  };
}

function boundLines(file: string, lines: Line[], messages: Message[]): Line[] {
  return lines.map((line) => {
    if (line.text.length <= MAX_LINE_LENGTH) return line;
    messages.push({
      code: 'line-too-long', severity: 'warning', file, line: line.no,
      message: `line has ${line.text.length} characters; only the first ${MAX_LINE_LENGTH} were read`,
    });
    return { no: line.no, text: line.text.slice(0, MAX_LINE_LENGTH) };
  });
}
