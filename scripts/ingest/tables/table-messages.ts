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
      messages.push(warning(file, 'table-unreadable', `${name}：有标题，但标题下读不出表格行`, t.line));
      continue;
    }
    if (!t.closed) {
      messages.push(warning(file, 'table-truncated', `${name}：报告在表格中途结束（第 ${lastLine} 行，全文共 ${lineCount} 行），没有表尾说明，可能缺少一些行`, lastLine));
    }
    if (t.rows.length === 0 && !t.noData) {
      messages.push(warning(file, 'table-no-rows', `${name}：只有表头，没有数据行，报告也没有说明本表无数据`, lastLine));
    }
    for (const line of t.stray ?? []) {
      messages.push(warning(file, 'table-stray-line', `${name}：表格行之间的这一行文字不是表格行，已跳过`, line));
    }
    if (!t.unit) messages.push(warning(file, 'table-no-unit', `${name}：没有注明金额单位，按万元读取`, t.line));
    else if (t.unitFrom) messages.push(warning(file, 'table-unit-inherited', `${name}：没有注明金额单位，沿用${t.unitFrom}的金额单位（${t.unit}）`, t.line));
  }
  const kinds = new Set(known.map((t) => t.kind));
  if (documentType !== 'final-accounts') return messages;
  if (known.length === 0) messages.push(warning(file, 'table-none', '报告中没有找到部门决算表（公开01–09）'));
  else if (listed.length > 0) {
    // The report's own 目录 says which tables it holds: name each it lists but lacks.
    for (const title of listed.filter((t, i) => !kinds.has(t.kind) && listed.findIndex((u) => u.kind === t.kind) === i)) {
      messages.push(warning(file, 'table-missing', `目录列有${title.title}（第 ${title.line} 行），但报告中没有这张表`, title.line));
    }
  } else {
    const missing = (Object.keys(EXPECTED) as KnownKind[]).filter((k) => !kinds.has(k));
    if (missing.length) messages.push(warning(file, 'table-missing', `报告中没有找到这些决算表：${missing.map((k) => EXPECTED[k]).join('、')}`));
  }
  for (const kind of kinds) {
    const same = known.filter((t) => t.kind === kind);
    if (same.length > 1) messages.push(warning(file, 'table-duplicate', `有 ${same.length} 张表的标题都是${same[0].title}（第 ${same.map((t) => t.line).join('、')} 行），数字取自第一张`, same[1].line));
  }
  return messages;
}
