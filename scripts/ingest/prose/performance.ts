// 绩效自评 total score: stated in the prose ("部门整体支出绩效自评结果为93.7分") or, failing
// that, on the 总分 row of the 部门整体支出绩效自评表 among the attachments.
import type { DepartmentYear, Table } from '../../../src/lib/schema.ts';
import { compact } from '../tables/cells.ts';
import { findInParagraphs } from './figures.ts';
import type { Paragraph } from './paragraphs.ts';

const STATED_SCORE = /(?:自评|评价)(?:结果|得分|总分)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分/;
/** The table's own title ends with its name; "…自评表详见附件" in a sentence does not. */
const OVERALL_TABLE = /部门整体(?:支出)?(?:绩效)?自评表$/;
const GRADE = /等级[:：]\s*(\S+)/;

type Performance = NonNullable<DepartmentYear['performance']>;

export function readPerformance(paragraphs: readonly Paragraph[], tables: readonly Table[]): Performance | undefined {
  const stated = findInParagraphs(paragraphs, STATED_SCORE);
  if (stated) return { score: stated.figure.value };
  return scoreFromTable(tables);
}

function scoreFromTable(tables: readonly Table[]): Performance | undefined {
  // The last such table: a list of attachments may name the table before the table itself.
  const table = tables.findLast((t) => t.kind === 'other' && OVERALL_TABLE.test(compact(t.title)));
  const total = table?.rows.find((row) => typeof row.cells[0] === 'string' && compact(row.cells[0]).startsWith('总分'));
  if (!total) return undefined;
  const score = total.cells.filter((c): c is number => typeof c === 'number').at(-1);
  const grade = total.cells.map((c) => (typeof c === 'string' ? GRADE.exec(c)?.[1] : undefined)).find(Boolean);
  if (score === undefined) return grade ? { grade } : undefined;
  return { score, ...(grade ? { grade } : {}) };
}
