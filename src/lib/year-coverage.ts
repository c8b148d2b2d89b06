// What a department-year's sources cover, so a page can say what is missing instead of
// drawing empty charts (a performance self-evaluation alone, or prose without the tables).
import type { DepartmentYear } from './schema.ts';
import { STANDARD_KINDS, standardKindsPresent, type StandardKind } from './table-kind.ts';

export type YearKind = 'final-accounts' | 'performance-only' | 'prose-only';

export interface Coverage {
  kind: YearKind;
  hasSummary: boolean;
  hasFunction: boolean;
  hasEconomic: boolean;
  hasThreePublic: boolean;
  hasBudgetExecution: boolean;
  /** Which of the nine tables the report has, by kind (their 公开NN numbers vary, and PDFs have none). */
  tablesPresent: StandardKind[];
  tablesMissing: StandardKind[];
  /** Plain-language notices, one per thing a reader might look for and not find. */
  missing: string[];
}

export function yearKind(entry: DepartmentYear): YearKind {
  if (entry.sources.every((s) => s.documentType === 'performance-evaluation')) return 'performance-only';
  // An appendix (a self-evaluation's 附件) does not make the accounts' tables published.
  return standardKindsPresent(entry.tables).length === 0 ? 'prose-only' : 'final-accounts';
}

export function coverage(entry: DepartmentYear): Coverage {
  const kind = yearKind(entry);
  const present = standardKindsPresent(entry.tables);
  const tp = entry.threePublic;
  const c: Coverage = {
    kind,
    hasSummary: Object.values(entry.summary ?? {}).some((v) => v !== undefined),
    hasFunction: (entry.expenditureByFunction ?? []).length > 0,
    hasEconomic: (entry.basicByEconomic?.rows ?? []).length > 0,
    hasThreePublic: Boolean(tp && (Object.keys(tp.budget ?? {}).length || Object.keys(tp.actual ?? {}).length)),
    hasBudgetExecution: (entry.budgetExecution ?? []).length > 0,
    tablesPresent: present,
    tablesMissing: kind === 'performance-only' ? [] : STANDARD_KINDS.filter((k) => !present.includes(k)),
    missing: [],
  };
  c.missing = missingNotices(c);
  return c;
}

function missingNotices(c: Coverage): string[] {
  const notes: string[] = [];
  if (c.kind === 'performance-only') notes.push('本年度只有部门整体支出绩效自评报告，没有部门决算报告：收支总表、按功能分类的支出决算表、基本支出明细和“三公”经费表均未公开。下面只列出自评报告中陈述的数字。');
  if (c.kind === 'prose-only') notes.push('本年度的部门决算只公开了文字说明，决算表没有随文公开（报告写“见附表”）。下面的数字都取自文字说明。');
  if (!c.hasSummary) notes.push('报告没有给出收入、支出总额。');
  if (!c.hasFunction) notes.push('没有按功能分类（类、款、项）的支出数据，因此不绘制支出结构图。');
  else if (c.kind !== 'final-accounts') notes.push('按功能分类的支出只包括文字说明中提到的科目，不是完整的支出决算表。');
  if (!c.hasEconomic && c.kind !== 'performance-only') notes.push('没有基本支出的经济分类明细（人员经费、公用经费）。');
  if (!c.hasThreePublic && c.kind !== 'performance-only') notes.push('没有“三公”经费的预算数和决算数。');
  return notes;
}
