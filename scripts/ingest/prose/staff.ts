// 编制人数, 实有人数 and 离退休人员: how many posts a department is authorised, how many people
// it has in post and how many retirees it looks after, as its 机构设置和人员情况 paragraph states
// them ("共有人员编制107人，年末实有在职85人，…离休2人，退休72人"; "共有编制人数 111 人，实有人数
// 99 人"), or, failing that, the 财政供养人员情况 row of a self-evaluation's 基础数据表
// (编制数 | 实际在职人数). The paragraph may sit in 第一部分 部门概况 or in an attached
// self-evaluation, so the whole document is read. Pure: lines in, figures and messages out.
import type { DepartmentYear, Table } from '../../../src/lib/schema.ts';
import { compact } from '../tables/cells.ts';
import type { Line, Message } from '../types.ts';
import { lineAt, toParagraphs, type Paragraph } from './paragraphs.ts';

export type Staff = NonNullable<DepartmentYear['staff']>;

const COUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*[人名]';
const STATED = '(?:为|是|共|共计|合计)?\\s*';
/** 人员编制, 编制人数, 核定编制, 编制数 — not 行政编制 or 事业编制, which are parts of it. */
const AUTHORIZED = new RegExp(`(?<![行政事业勤参])(?:核定)?(?:人员)?编制(?:人数|总数|数)?${STATED}${COUNT}`);
/** 实有在职, 实有人数, 实有人员. */
const ACTUAL = new RegExp(`实有(?:在职)?(?:在编)?(?:人员|人数|职工)?(?:数)?${STATED}${COUNT}`);
/** 在职人员, 在职在编人员, 在职人数: in post, when no 实有 figure is given, or as the part of one. */
const IN_POST = new RegExp(`在职(?:在编)?(?:人员|人数|职工)${STATED}${COUNT}`);
const RETIRED = new RegExp(`离退休(?:人员|干部|职工)?${STATED}${COUNT}`);
// "在职转退休3人" in a budget-execution reason is a change, not a count: only the staff
// paragraph is read, and neither part may follow 转.
const RETIRED_PARTS = [
  new RegExp(`(?<![转退])离休(?:人员|干部|职工)?${STATED}${COUNT}`),
  new RegExp(`(?<![转离])退休(?:人员|干部|职工)?${STATED}${COUNT}`),
];
/** A department of a few hundred thousand people is a misread, not a department. */
const MOST = 200_000;

/** A count with the offset it was found at. */
interface Count { value: number; index: number }

function countOf(text: string, pattern: RegExp): Count | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const value = Number(match[1].replace(/,/g, ''));
  return value <= MOST ? { value, index: match.index } : undefined;
}

/** 实有…人 — or, when it goes on "其中在职…人", the in-post part; else 在职…人. */
function inPost(text: string): Count | undefined {
  const actual = countOf(text, ACTUAL);
  if (!actual) return countOf(text, IN_POST);
  const rest = text.slice(actual.index);
  const sentenceEnd = rest.search(/[。；;]/);
  const part = countOf(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd), IN_POST);
  return part && /其中/.test(rest.slice(0, part.index)) ? { value: part.value, index: actual.index + part.index } : actual;
}

function retired(text: string): number | undefined {
  const together = countOf(text, RETIRED);
  if (together) return together.value;
  const parts = RETIRED_PARTS.map((p) => countOf(text, p)).filter((c): c is Count => c !== undefined);
  // Counts of people: a sum of integers, exact in floating point.
  return parts.length ? parts.reduce((total, c) => total + c.value, 0) : undefined;
}

function fromParagraph(paragraph: Paragraph, file: string): Staff | undefined {
  const { text } = paragraph;
  if (!text.includes('编制') && !text.includes('实有') && !text.includes('在职')) return undefined;
  const authorized = countOf(text, AUTHORIZED);
  const actual = inPost(text);
  if (!authorized && !actual) return undefined;
  const first = Math.min(authorized?.index ?? Infinity, actual?.index ?? Infinity);
  const gone = retired(text);
  return {
    ...(authorized ? { authorized: authorized.value } : {}),
    ...(actual ? { actual: actual.value } : {}),
    ...(gone !== undefined ? { retired: gone } : {}),
    source: { file, line: lineAt(paragraph, first) },
  };
}

/** The 财政供养人员情况 header (编制数 | 实际在职人数) and the numbers in the row below it. */
function fromTables(tables: readonly Table[], file: string): Staff | undefined {
  for (const table of tables) {
    const rows = table.rows;
    for (let i = 0; i + 1 < rows.length; i++) {
      const header = rows[i].cells.map((c) => (typeof c === 'string' ? compact(c) : ''));
      const authorizedAt = header.findIndex((c) => /^(?:核定)?编制(?:人数|数)$/.test(c));
      const actualAt = header.findIndex((c) => /(?:实有|在职)人数$/.test(c));
      if (authorizedAt < 0 && actualAt < 0) continue;
      const below = rows[i + 1].cells;
      const at = (index: number) => {
        const value = below[index];
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MOST ? value : undefined;
      };
      const authorized = authorizedAt < 0 ? undefined : at(authorizedAt);
      const actual = actualAt < 0 ? undefined : at(actualAt);
      if (authorized === undefined && actual === undefined) continue;
      return {
        ...(authorized !== undefined ? { authorized } : {}),
        ...(actual !== undefined ? { actual } : {}),
        source: { file, line: rows[i + 1].source.line },
      };
    }
  }
  return undefined;
}

const stated = (s: Staff) => Number(s.authorized !== undefined) + Number(s.actual !== undefined);

/**
 * The staff numbers of one document, all from one statement so that its source shows every
 * figure: the first paragraph that gives them, unless a table row gives both 编制 and 实有
 * where the paragraph gives one. When the two disagree on 实有, a warning says so.
 */
export function readStaff(lines: readonly Line[], file: string, tables: readonly Table[] = []): { staff?: Staff; messages: Message[] } {
  const prose = toParagraphs(lines.filter((l) => !l.cells))
    .map((p) => fromParagraph(p, file))
    .find((s) => s !== undefined);
  const table = fromTables(tables, file);
  const messages: Message[] = [];
  if (prose?.actual !== undefined && table?.actual !== undefined && prose.actual !== table.actual) {
    messages.push({
      code: 'prose.staffDisagree', severity: 'warning', file, line: table.source!.line,
      message: `实有人数：文字写${prose.actual}人（第${prose.source!.line}行），表格写${table.actual}人`,
    });
  }
  const staff = prose && (!table || stated(prose) >= stated(table)) ? prose : table ?? prose;
  return { ...(staff ? { staff } : {}), messages };
}
