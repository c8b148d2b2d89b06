// 绩效自评 total score: stated in the prose ("部门整体支出绩效自评结果为93.7分") or, failing
// that, on the 总分 row of the 部门整体支出绩效自评表 among the attachments.
import type { DepartmentYear } from '../../../src/lib/schema.ts';
import type { Line } from '../types.ts';
import { findInParagraphs, parseDecimal } from './figures.ts';
import { cleanLine, type Paragraph } from './paragraphs.ts';

const STATED_SCORE = /(?:自评|评价)(?:结果|得分|总分)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分/;
/** The table's own title ends with its name; "…自评表详见附件" in a sentence does not. */
const OVERALL_TABLE = /部门整体(?:支出)?(?:绩效)?自评表$/;
const OTHER_TABLE = /项目支出绩效自评表/;
const GRADE = /等级[:：]\s*([^\s\t]+)/;

type Performance = NonNullable<DepartmentYear['performance']>;

export function readPerformance(paragraphs: readonly Paragraph[], lines: readonly Line[]): Performance | undefined {
  const stated = findInParagraphs(paragraphs, STATED_SCORE);
  if (stated) return { score: stated.figure.value };
  return scoreFromTable(lines);
}

function scoreFromTable(lines: readonly Line[]): Performance | undefined {
  // The last title: a list of attachments may name the table before the table itself.
  const start = lines.findLastIndex((l) => l.text.includes('自评表') && OVERALL_TABLE.test(cleanLine(l.text).text));
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    const { text, markdownHeading } = cleanLine(line.text);
    if (markdownHeading || OTHER_TABLE.test(text)) return undefined;
    if (!text.startsWith('总分')) continue;
    const numbers = text.split('\t').map((cell) => parseDecimal(cell.trim())).filter((n) => n !== null);
    const grade = GRADE.exec(text)?.[1];
    if (numbers.length === 0) return grade ? { grade } : undefined;
    return { score: numbers.at(-1)!, ...(grade ? { grade } : {}) };
  }
  return undefined;
}
