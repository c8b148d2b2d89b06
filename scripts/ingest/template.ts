// A blank template (附件 部门决算模板: 上海市XX局, "收入支出总计 XXX 万元") is not a report: it
// names no department and states no figure. Recognised by its placeholders.
import type { Line } from './text.ts';

const PLACEHOLDER_NAME = /[XＸ×]{2,}|某某|＊＊|\*\*/;
const PLACEHOLDER_FIGURE = /[XＸ×]{2,}\s*万?元|[XＸ×]{2,}\s*%/;

/** Why the document is a template, or undefined. */
export function templateMarks(department: string | undefined, lines: readonly Line[]): { why: string; line: number } | undefined {
  if (department && PLACEHOLDER_NAME.test(department)) {
    const line = lines.find((l) => l.text.replace(/\s+/g, '').includes(department))?.no ?? 1;
    return { why: `部门名称是“${department}”`, line };
  }
  const placeholders = lines.filter((l) => PLACEHOLDER_FIGURE.test(l.text));
  if (placeholders.length >= 5) {
    return { why: `有 ${placeholders.length} 行的数字是占位符，没有填写金额`, line: placeholders[0].no };
  }
  return undefined;
}
