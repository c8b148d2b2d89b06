// 一、二、三 of 第三部分: 收、支总计 (with 年初/年末结转和结余), 本年收入合计, 本年支出合计,
// 基本支出 and 项目支出, plus last year's 收、支总计 when stated as a change.
import type { HistoryEntry, Summary } from '../../../src/lib/schema.ts';
import type { ProseContext } from './context.ts';
import { findInParagraphs, findFigure, MONEY } from './figures.ts';
import { findChange, priorYear } from './history.ts';
import { findSection, type Section } from './sections.ts';

const GRAND_TOTAL = new RegExp(`(?:收、?支|收入支出)总计(?:均为|为)?\\s*${MONEY}`);
const OPENING = new RegExp(`年初结转和结余\\s*${MONEY}`);
const CLOSING = new RegExp(`年末结转和结余\\s*${MONEY}`);
const INCOME_TOTAL = new RegExp(`收入合计(?:为)?\\s*${MONEY}`);
const EXPENDITURE_TOTAL = new RegExp(`支出合计(?:为)?\\s*${MONEY}`);
const BASIC = new RegExp(`基本支出(?:为)?\\s*${MONEY}`);
const PROJECT = new RegExp(`项目支出(?:为)?\\s*${MONEY}`);

export interface TotalsFacts {
  summary?: Summary;
  history: HistoryEntry[];
}

export function readTotals(sections: readonly Section[], context: ProseContext): TotalsFacts {
  const summary: Summary = {};
  const history: HistoryEntry[] = [];
  const read = (section: Section | undefined, pattern: RegExp, field: keyof Summary) => {
    const found = section && findInParagraphs(section.paragraphs, pattern);
    if (found) summary[field] = found.figure.value;
    return found;
  };

  const overall = findSection(sections, /^收入支出决算总体情况/);
  const grand = read(overall, GRAND_TOTAL, 'grandTotal');
  if (grand) {
    const { figure, paragraph } = grand;
    const opening = findFigure(paragraph, OPENING);
    const closing = findFigure(paragraph, CLOSING);
    if (opening) summary.openingBalance = opening.value;
    if (closing) summary.closingBalance = closing.value;
    const change = findChange(paragraph, figure.index);
    const prior = change && priorYear(context, 'summary.grandTotal', figure.value, change);
    if (prior) history.push(prior);
  }

  const income = read(findSection(sections, /^收入决算情况/), INCOME_TOTAL, 'incomeTotal');
  const expenditureSection = findSection(sections, /^支出决算情况/);
  const expenditure = read(expenditureSection, EXPENDITURE_TOTAL, 'expenditureTotal');
  read(expenditureSection, BASIC, 'basicExpenditure');
  read(expenditureSection, PROJECT, 'projectExpenditure');
  for (const [found, field] of [[income, 'summary.incomeTotal'], [expenditure, 'summary.expenditureTotal']] as const) {
    const change = found && findChange(found.paragraph, found.figure.index);
    const prior = found && change && priorYear(context, field, found.figure.value, change);
    if (prior) history.push(prior);
  }
  return { summary: Object.keys(summary).length > 0 ? summary : undefined, history };
}
