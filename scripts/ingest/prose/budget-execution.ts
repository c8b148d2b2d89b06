// （三）一般公共预算财政拨款支出决算具体情况: the lead sentence (年初预算 / 决算 / 完成率)
// and one item per 项: "1、科学技术支出（类）技术与开发（款）其他技术与开发支出（项）。
// 年初预算为0万元，支出决算为295万元，…主要原因是：追加运转经费开支等。"
import type { BudgetExecutionItem, DepartmentYear, HistoryEntry } from '../../../src/lib/schema.ts';
import { resolvePath, resolveWithinClass } from '../../../src/lib/classification/functional.ts';
import Decimal from 'decimal.js';
import { subjectText, wan } from '../wording.ts';
import { warn, type ProseContext } from './context.ts';
import { findFigure, findInParagraphs, parseDecimal, PERCENT, MONEY } from './figures.ts';
import { findChange, priorYear } from './history.ts';
import type { Paragraph } from './paragraphs.ts';
import { codeFromRows } from './row-codes.ts';
import { findSection, type Section } from './sections.ts';
import { subjectPath } from './subject-path.ts';

const LEAD = new RegExp(`年初预算(?:数)?为\\s*${MONEY}[^。]*?决算(?:数)?为\\s*${MONEY}(?:[，,]\\s*完成年初预算的\\s*${PERCENT})?`);
const BUDGET = new RegExp(`年初预算(?:数)?为\\s*${MONEY}`);
const ACTUAL = new RegExp(`决算(?:数)?为\\s*${MONEY}`);
const RATE = new RegExp(`完成年初预算的\\s*${PERCENT}`);
const REASON = /主要原因(?:是|为)?[：:]?\s*/;
const ITEM = /^\d{1,2}\s*[、.．](?!\d)\s*/;
const OVERALL = new RegExp(`财政拨款支出(?:决算)?(?:为)?\\s*${MONEY}[，,]\\s*占(?:本年)?支出合计`);

export interface BudgetExecutionFacts {
  items: BudgetExecutionItem[];
  total?: DepartmentYear['budgetExecutionTotal'];
  history: HistoryEntry[];
}

/** Item paragraphs, each with the paragraphs that follow it up to the next item or title. */
function groupItems(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const groups: Paragraph[][] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.heading) break;
    if (ITEM.test(paragraph.text) && /[（(][类款项][)）]/.test(paragraph.text)) groups.push([paragraph]);
    else groups.at(-1)?.push(paragraph);
  }
  return groups;
}

function readItem(group: Paragraph[], context: ProseContext): BudgetExecutionItem {
  const [head] = group;
  const path = subjectPath(head.text.replace(ITEM, ''));
  const code = codeFromRows(path, context.functionRows ?? []) ?? resolvePath(path) ?? repairedCode(path, head.line, context);
  const first = (pattern: RegExp) => {
    for (const paragraph of group) {
      const figure = findFigure(paragraph, pattern);
      if (figure) return figure;
    }
    return undefined;
  };
  const budget = first(BUDGET);
  const actual = first(ACTUAL);
  const rateMatch = group.map((p) => RATE.exec(p.text)).find((m) => m);
  const rate = rateMatch ? parseDecimal(rateMatch[1]) : null;
  if (!budget && !actual) {
    warn(context, 'prose.itemFigures', `预算执行科目“${subjectText(path)}”：读不出年初预算数或支出决算数`, head.line);
  }
  const reason = readReason(group);
  return {
    ...(code ? { code } : {}),
    path,
    ...(budget ? { budget: budget.value } : {}),
    ...(actual ? { actual: actual.value } : {}),
    ...(rate === null ? {} : { rate }),
    ...(reason ? { reason } : {}),
    source: { file: context.file, line: head.line },
  };
}

/**
 * An item whose 项 name is in no catalogue (a name of the report's own making, "机关事业单位
 * 退休人员活动费支出"): the one 项 row of the report's function table under the same 款 that no
 * other item names and that spent exactly the item's 支出决算. The repair is recorded.
 */
function resolveByAmount(items: BudgetExecutionItem[], context: ProseContext): BudgetExecutionItem[] {
  const rows = context.generalBudgetRows ?? context.functionRows ?? [];
  const claimed = new Set(items.map((i) => i.code).filter(Boolean));
  return items.map((item) => {
    if (item.code || item.actual === undefined || item.path.length < 3) return item;
    const kuan = codeFromRows(item.path.slice(0, 2), rows) ?? resolvePath(item.path.slice(0, 2));
    const candidates = kuan ? rows.filter((r) => r.level === '项' && r.code.startsWith(kuan) && !claimed.has(r.code)) : [];
    const matching = candidates.filter((r) => new Decimal(r.total).equals(item.actual!));
    const line = item.source?.line;
    if (matching.length !== 1) {
      warn(context, 'prose.unresolvedItem', `预算执行科目“${subjectText(item.path)}”：找不到对应的支出功能分类科目编码`, line);
      return item;
    }
    const [row] = matching;
    claimed.add(row.code);
    context.checks.push({
      id: 'repair.budgetPath', status: 'repaired', kind: 'repair',
      message: `预算执行科目“${subjectText(item.path)}”已对应到 ${row.code} ${row.name}。`
        + `依据：“${item.path[1]}”款（${kuan}）下没有叫“${item.path[2]}”的项；报告的支出功能分类表中，${row.code} ${row.name}是 ${kuan} 下唯一没有被其他科目对应的项，`
        + `其支出决算数与该科目相同，都是 ${wan(item.actual!)}。`,
      field: `budgetExecution.${row.code}`,
      ...(item.source ? { source: item.source } : {}),
    });
    return { ...item, code: row.code };
  });
}

/** A 项 named under the wrong 款 still resolves when its name is unique in the 类; the repair is recorded. */
function repairedCode(path: string[], line: number, context: ProseContext): string | undefined {
  const code = resolveWithinClass(path);
  if (!code) return undefined; // resolveByAmount tries next, and reports what stays unresolved
  context.checks.push({
    id: 'repair.budgetPath',
    status: 'repaired',
    kind: 'repair',
    message: `预算执行科目“${subjectText(path)}”已对应到 ${code} ${path[2]}。`
      + `依据：“${path[2]}”不在“${path[1]}”款下；${path[0]}类中叫这个名称的项只有 ${code}。`,
    field: `budgetExecution.${code}`,
    source: { file: context.file, line },
  });
  return code;
}

/** 主要原因 as written, to the end of the item (it may run over several paragraphs). */
function readReason(group: Paragraph[]): string | undefined {
  const at = group.findIndex((p) => REASON.test(p.text));
  if (at < 0) return undefined;
  const [first, ...rest] = group.slice(at);
  const match = REASON.exec(first.text)!;
  const text = [first.text.slice(match.index + match[0].length), ...rest.map((p) => p.text)].join('');
  return text.replace(/[。；;]$/, '') || undefined;
}

export function readBudgetExecution(sections: readonly Section[], context: ProseContext): BudgetExecutionFacts {
  const section = findSection(sections, /一般公共预算财政拨款支出决算情况/) ?? findSection(sections, /财政拨款支出决算情况/);
  if (!section) return { items: [], history: [] };
  const detailStart = section.paragraphs.findIndex((p) => p.heading && /具体情况/.test(p.text));
  const detail = detailStart < 0 ? section.paragraphs : section.paragraphs.slice(detailStart + 1);
  const history: HistoryEntry[] = [];

  const lead = detail.filter((p) => !ITEM.test(p.text)).map((p) => ({ p, m: LEAD.exec(p.text) })).find(({ m }) => m);
  let total: BudgetExecutionFacts['total'];
  if (lead) {
    const [budget, actual] = [findFigure(lead.p, BUDGET), findFigure(lead.p, ACTUAL)];
    const rate = lead.m![3] === undefined ? null : parseDecimal(lead.m![3]);
    total = { budget: budget?.value, actual: actual?.value, ...(rate === null ? {} : { rate }) };
  }

  const overall = findInParagraphs(section.paragraphs, OVERALL);
  if (overall) {
    const change = findChange(overall.paragraph, overall.figure.index);
    const prior = change && priorYear(context, 'budgetExecutionTotal.actual', overall.figure.value, change);
    if (prior) history.push(prior);
  }

  const items = resolveByAmount(groupItems(detail).map((group) => readItem(group, context)), context);
  return { items, total, history };
}
