// 整体支出, 基本支出, 项目支出 and 收入 totals as the self-evaluation states them.
// Patterns are tried in order; the first that matches gives the figure, and any other
// value the same pattern finds elsewhere is reported, not silently dropped.
import type { Summary } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import type { Message } from '../types.ts';
import { SUMMARY_LABELS, wan } from '../wording.ts';
import { AMOUNT, findAmounts, sentences } from './prose.ts';

const A = `(${AMOUNT})\\s*万元`;

const PATTERNS: Record<keyof Summary, RegExp[]> = {
  expenditureTotal: [
    new RegExp(`整体支出(?:总额|规模|合计)?(?:为|是)?\\s*${A}`),
    new RegExp(`\\d{4}\\s*年度?(?:共|全年)?支出(?:资金)?(?:合计|总额)?(?:为|是)?\\s*${A}`),
    new RegExp(`(?:本年|全年|共|合计|累计)支出(?:资金)?(?:合计|总额)?(?:为|是)?\\s*${A}`),
    new RegExp(`支出(?:总额|合计)(?:为|是)?\\s*${A}`),
  ],
  basicExpenditure: [new RegExp(`基本支出(?:决算|实际支出)?数?(?:为|是)?\\s*${A}`)],
  projectExpenditure: [new RegExp(`项目支出(?:决算|实际支出)?数?(?:为|是)?\\s*${A}`)],
  incomeTotal: [new RegExp(`(?:本年收入合计|收入合计|收入总计|总收入|预算收入)(?:为|是)?\\s*${A}`)],
  openingBalance: [],
  closingBalance: [],
  grandTotal: [],
};

/** Sentences about 三公, one project or a special fund speak of their own 支出, not the department's. */
const OTHER_SUBJECT = /三公|公务接待|公务用车|该项目|专项资金|项目资金/;

export function readSummary(lines: Line[], file: string): { summary: Summary; lines: Partial<Record<keyof Summary, number>>; messages: Message[] } {
  const summary: Summary = {};
  const where: Partial<Record<keyof Summary, number>> = {};
  const messages: Message[] = [];
  const about = sentences(lines).filter((sentence) => !OTHER_SUBJECT.test(sentence.text));
  for (const field of Object.keys(PATTERNS) as (keyof Summary)[]) {
    for (const pattern of PATTERNS[field]) {
      const found = findAmounts(about, pattern);
      if (found.length === 0) continue;
      summary[field] = found[0].value;
      where[field] = found[0].line;
      for (const other of found.filter((f) => f.value !== found[0].value)) {
        messages.push({
          code: 'performance.conflict', severity: 'warning', file, line: other.line,
          message: `${SUMMARY_LABELS[field]}：“${other.fragment}”与第 ${found[0].line} 行所说的 ${wan(found[0].value)}不同`,
        });
      }
      break;
    }
  }
  return { summary, lines: where, messages };
}
