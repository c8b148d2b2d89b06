// Problems with a table as a whole: cut off before its end, unreadable, no unit, or
// missing from the report. Reported with file and line; the table is kept as read.
import type { DocumentType } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import type { KnownKind } from './kinds.ts';
import { error, tableName, warning, type RawTable } from './model.ts';
import type { TitleAt } from './titles.ts';

const EXPECTED: Record<KnownKind, string> = {
  summary: '收入支出决算总表', income: '收入决算表', expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表', generalBudget: '一般公共预算财政拨款支出决算表',
  basicEconomic: '一般公共预算财政拨款基本支出决算表', threePublic: '“三公”经费支出决算表',
  governmentFund: '政府性基金预算财政拨款收入支出决算表', stateCapital: '国有资本经营预算财政拨款支出决算表',
};

/** `listed`: the tables the report's 目录 names (when it has one). */
export function tableMessages(tables: RawTable[], file: string, lineCount: number, documentType: DocumentType, listed: TitleAt[] = []): Message[] {
  const messages: Message[] = [];
  const known = tables.filter((t) => t.kind !== 'other');
  for (const t of known) {
    const name = tableName(t);
    const lastLine = t.rows.at(-1)?.line ?? t.header.at(-1)?.line ?? t.line;
    if (t.header.length === 0 && t.rows.length === 0 && !t.noData) {
      // The rest of the report is still read and published: a warning, not an error.
      messages.push(warning(file, 'table-unreadable', `${name}: the title is there but no table rows could be read under it`, t.line));
      continue;
    }
    if (!t.closed) {
      messages.push(warning(file, 'table-truncated', `${name}: the report ends inside the table (line ${lastLine} of ${lineCount}) without its closing note; rows may be missing`, lastLine));
    }
    if (t.rows.length === 0 && !t.noData) {
      messages.push(warning(file, 'table-no-rows', `${name}: a header but no data rows, and the report does not say the table is empty`, lastLine));
    }
    for (const line of t.stray ?? []) {
      messages.push(warning(file, 'table-stray-line', `${name}: a line of text between the rows is not a table row; skipped`, line));
    }
    if (!t.unit) messages.push(warning(file, 'table-no-unit', `${name}: no 金额单位 stated; amounts taken as 万元`, t.line));
    else if (t.unitFrom) messages.push(warning(file, 'table-unit-inherited', `${name}: no 金额单位 stated; ${t.unit} taken from ${t.unitFrom}`, t.line));
  }
  const kinds = new Set(known.map((t) => t.kind));
  if (documentType !== 'final-accounts') return messages;
  if (known.length === 0) messages.push(warning(file, 'table-none', 'no 部门决算 table (公开01–09) found in the report'));
  else if (listed.length > 0) {
    // The report's own 目录 says which tables it holds: name each it lists but lacks.
    for (const title of listed.filter((t, i) => !kinds.has(t.kind) && listed.findIndex((u) => u.kind === t.kind) === i)) {
      messages.push(warning(file, 'table-missing', `the 目录 lists ${title.title} (line ${title.line}) but the report has no such table`, title.line));
    }
  } else {
    const missing = (Object.keys(EXPECTED) as KnownKind[]).filter((k) => !kinds.has(k));
    if (missing.length) messages.push(warning(file, 'table-missing', `tables not found in the report: ${missing.map((k) => EXPECTED[k]).join('、')}`));
  }
  for (const kind of kinds) {
    const same = known.filter((t) => t.kind === kind);
    if (same.length > 1) messages.push(warning(file, 'table-duplicate', `${same.length} tables titled ${same[0].title} (lines ${same.map((t) => t.line).join(', ')}); the first is read for the figures`, same[1].line));
  }
  return messages;
}
