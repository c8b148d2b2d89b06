// The role of every column of a table, read once from its header and checked against what
// the column holds: `code` (科目编码, or code and name in one cell), `code:类|款|项` (separate
// code parts), `name` (科目名称/项目), `lineNo` (行次), `text`, or `amount:<meaning>`. Every
// reader and check then reads a cell by its column's role, never as "the n-th number of the
// row", so a blank cell shifts nothing.
import type { Table } from '../../../src/lib/schema.ts';
import { isBareInteger, splitCodeName } from './cells.ts';
import type { TableKind } from './kinds.ts';
import { threePublicRole } from './three-public-columns.ts';

export type CodePart = '类' | '款' | '项';
export type ColumnRole = 'code' | `code:${CodePart}` | 'name' | 'lineNo' | 'text' | 'amount' | `amount:${string}`;

type Cell = Table['rows'][number]['cells'][number];

/** Amount meanings by header words, most specific first. */
const MEANINGS: [RegExp, string][] = [
  [/年初.*结转/, 'openingBalance'],
  [/年末.*结转/, 'closingBalance'],
  [/本年(收入|支出)合计/, 'total'],
  [/财政拨款收入/, 'fiscal'],
  [/上级补助收入/, 'upperGrant'],
  [/事业收入/, 'institutional'],
  [/经营收入/, 'operating'],
  [/附属单位上缴收入/, 'affiliatedRemit'],
  [/其他收入/, 'other'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/上缴上级支出/, 'remitUpper'],
  [/经营支出/, 'operatingSpending'],
  [/对附属单位补助支出/, 'subsidiaryGrant'],
  [/一般公共预算财政拨款/, 'generalBudget'],
  [/政府性基金预算财政拨款/, 'governmentFund'],
  [/国有资本经营预算财政拨款/, 'stateCapital'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/^本年收入$/, 'income'],
  [/^(合计|小计|总计)$/, 'total'],
  [/决算数|^金额$|^决算$/, 'actual'],
  [/预算数/, 'budget'],
];

/** What an amount column means, from its derived name ("本年支出/基本支出" → basic). */
export function amountMeaning(column: string, kind: TableKind): string | undefined {
  if (kind === 'threePublic') return threePublicRole(column);
  const segments = column.split('/').filter(Boolean);
  // The most specific segment speaks first: "本年支出/小计" is the total of 本年支出.
  for (const segment of segments.reverse()) {
    const found = MEANINGS.find(([pattern]) => pattern.test(segment))?.[1];
    if (found) return found;
  }
  return undefined;
}

type HeaderRole = 'code' | `code:${CodePart}` | 'name' | 'lineNo' | 'amount' | undefined;

function headerRole(column: string, kind: TableKind): HeaderRole {
  const segments = column.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  if (/行次|栏次/.test(last)) return 'lineNo';
  if (/^[类款项]$/.test(last)) return `code:${last as CodePart}`;
  // A 合计 written into the header of an empty table ("项目/功能分类科目编码/合计") does not
  // make the code or name column an amount.
  if (segments.some((s) => /编码|代码|编号/.test(s))) return 'code';
  if (/^(项目|科目|名称)$/.test(last) || segments.some((s) => /名称/.test(s))) return 'name';
  if (amountMeaning(column, kind) !== undefined) return 'amount';
  return undefined;
}

interface Content {
  filled: number;
  numbers: number;
  codes: number;
  /** Cells holding a code and a name ("201 一般公共服务支出"). */
  codeNames: number;
  /** Two-digit parts ("06"), as a 款 or 项 column of separate code parts prints them. */
  parts: number;
  names: number;
  integers: number;
}

function contentOf(rows: readonly (readonly Cell[])[], column: number): Content {
  const content: Content = { filled: 0, numbers: 0, codes: 0, codeNames: 0, parts: 0, names: 0, integers: 0 };
  for (const cells of rows) {
    const cell = cells[column];
    if (cell === null || cell === undefined || cell === '') continue;
    content.filled++;
    if (typeof cell === 'number') content.numbers++;
    else if (/^\d{2}$/.test(cell.trim())) content.parts++;
    else if (/^\d{3}(\d{2}){0,2}$/.test(cell.trim())) content.codes++;
    else if (splitCodeName(cell)) content.codeNames++;
    else if (isBareInteger(cell)) content.integers++;
    else if (/[\u3400-\u9fff]/.test(cell)) content.names++;
  }
  return content;
}

const most = (part: number, content: Content) => content.filled > 0 && part * 2 > content.filled;

/**
 * One role per column. `columns` are the derived header names (maybe fewer than the cells);
 * `rows` the typed body cells. Appendix forms (`other`) have no header and get no roles.
 */
export function columnRoles(kind: TableKind, columns: readonly string[], rows: readonly (readonly Cell[])[]): ColumnRole[] | undefined {
  if (kind === 'other') return undefined;
  const width = Math.max(columns.length, ...rows.map((cells) => cells.length));
  const contents = Array.from({ length: width }, (_, i) => contentOf(rows, i));
  const hasData = contents.some((c) => c.filled > 0);
  const roles = contents.map((content, i): ColumnRole => {
    // A column left empty in a table that has data is a spacer (a merged label's second cell).
    if (hasData && content.filled === 0 && headerRole(columns[i] ?? '', kind) !== 'amount') return 'text';
    return roleOf(headerRole(columns[i] ?? '', kind), content, columns[i] ?? '', kind);
  });
  return separateCodeParts(sparseSecondName(codeBeforeName(roles, columns, contents), contents), rows);
}

/** Two name columns side by side, the second all but empty ("合 | | 计" fills it once): a spacer. */
function sparseSecondName(roles: ColumnRole[], contents: readonly Content[]): ColumnRole[] {
  return roles.map((role, i) => (role === 'name' && roles[i - 1] === 'name' && contents[i].filled * 3 < contents[i - 1].filled ? 'text' : role));
}

/**
 * "项目" over both the code and the name column, the sub-header lost: in an empty table the
 * header alone says "项目 | 科目名称"; the first of two name columns is the code's.
 */
function codeBeforeName(roles: ColumnRole[], columns: readonly string[], contents: readonly Content[]): ColumnRole[] {
  return roles.map((role, i) => (role === 'name' && roles[i + 1] === 'name' && contents[i].filled === 0 && /(^|\/)项目$/.test(columns[i] ?? '') ? 'code' : role));
}

function roleOf(header: HeaderRole, content: Content, column: string, kind: TableKind): ColumnRole {
  const amount = (): ColumnRole => {
    const meaning = amountMeaning(column, kind);
    return meaning ? `amount:${meaning}` : 'amount';
  };
  // What the column holds overrides a header that says otherwise (a misaligned header row).
  if (most(content.numbers, content)) return amount();
  if (most(content.codes + content.codeNames, content)) return 'code';
  if (header === 'amount') return content.filled === 0 || content.numbers > 0 ? amount() : most(content.names, content) ? 'name' : 'text';
  if (header === 'lineNo' || (header === undefined && most(content.integers, content))) return 'lineNo';
  if (header?.startsWith('code:')) return header;
  if (most(content.names, content)) return 'name';
  if (header === 'code' || header === 'name') return content.filled === 0 ? header : 'text';
  return 'text';
}

/**
 * Separate 类 | 款 | 项 columns (`201 | 06 | 01`): a 3-digit code column followed by columns
 * of two-digit parts, whatever the header calls them.
 */
function separateCodeParts(roles: ColumnRole[], rows: readonly (readonly Cell[])[]): ColumnRole[] {
  const out = [...roles];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'code' && out[i] !== 'code:类') continue;
    const classOnly = rows.every((cells) => typeof cells[i] !== 'string' || /^(\d{3})?$/.test((cells[i] as string).trim()) || !/^\d/.test(cells[i] as string));
    const partsAfter = [i + 1, i + 2].filter((j) => j < out.length && rows.some((cells) => typeof cells[j] === 'string' && /^\d{2}$/.test((cells[j] as string).trim())));
    if (!classOnly || partsAfter.length === 0 || partsAfter[0] !== i + 1) continue;
    out[i] = 'code:类';
    out[i + 1] = 'code:款';
    if (partsAfter[1] === i + 2) out[i + 2] = 'code:项';
  }
  return out;
}
