// parseProse: the figures a final-accounts report states in words, read from its
// 第三部分 情况说明. Each reader below handles one kind of sentence; this file only wires
// them together. Pure: lines in, facts and messages out.
import type { DepartmentYear, FunctionRow, Table } from '../../../src/lib/schema.ts';
import type { ParseInput, ProseFacts } from '../types.ts';
import { readBasicBasis, readBasicSplit } from './basic-economic.ts';
import { readBudgetExecution } from './budget-execution.ts';
import { warn, type ProseContext } from './context.ts';
import { inCodeOrder, rowsFromItems } from './function-rows.ts';
import { readOtherMatters } from './other-matters.ts';
import { readPerformance } from './performance.ts';
import { readStaff } from './staff.ts';
import { explanationSections, type Section } from './sections.ts';
import { readStructure } from './structure.ts';
import { readThreePublic } from './three-public-prose.ts';
import { readTotals } from './totals.ts';
import { reportUnreadableAmounts } from './unreadable.ts';

export { parseGlossary, type GlossaryEntry } from './glossary.ts';

/**
 * ProseFacts plus the 人员经费/公用经费 totals of 六、基本支出决算情况说明 (a basicByEconomic
 * without rows). Kept here because types.ts is shared; the field could move into ProseFacts.
 */
export interface ProseReading extends ProseFacts {
  basicByEconomic?: DepartmentYear['basicByEconomic'];
  /** The 基本支出 that section splits into 人员经费 and 公用经费, as stated there. */
  basicBasis?: number;
}

export interface ProseOptions {
  /** Fiscal year of the report; history entries need it. Read from the title when absent. */
  year?: number;
  /** The function-table rows of the same report (公开03, else 05), to resolve item codes. */
  functionRows?: readonly FunctionRow[];
  /** The rows of its 一般公共预算财政拨款支出决算表, to match an item by its 支出决算. */
  generalBudgetRows?: readonly FunctionRow[];
  /**
   * The report's tables as the table layer read them. A report without 部门决算 tables
   * (seed 003: "见附表") gets its 款/项 rows from the budget-execution items; the appendix
   * tables may hold the self-evaluation score.
   */
  tables?: readonly Table[];
}

const TITLE_YEAR = /(\d{4})\s*年度?\s*(?:部门)?决算/;

/** The first "2020年度部门决算…" in the report (cover, contents or a part title). */
export function yearOfReport(input: ParseInput): number | undefined {
  const match = input.lines.map((l) => TITLE_YEAR.exec(l.text)).find((m) => m);
  return match ? Number(match[1]) : undefined;
}

function narrativeOf(sections: readonly Section[], file: string): DepartmentYear['narrative'] {
  return sections.map((s) => ({
    title: s.title,
    text: s.paragraphs.map((p) => p.text).join('\n'),
    source: { file, line: s.line },
  }));
}

export function parseProse(input: ParseInput, options: ProseOptions = {}): ProseReading {
  const context: ProseContext = {
    file: input.file, year: options.year ?? yearOfReport(input), functionRows: options.functionRows, generalBudgetRows: options.generalBudgetRows, messages: [], checks: [],
  };
  // The staff paragraph sits in 第一部分 部门概况 or an attached self-evaluation, not in 第三部分.
  const staff = readStaff(input.lines, input.file, options.tables);
  context.messages.push(...staff.messages);
  const sections = explanationSections(input.lines);
  if (sections.length === 0) {
    // A performance self-evaluation has no 第三部分 but may still state its score.
    warn(context, 'prose.noExplanation', '没有找到第三部分 情况说明');
    return { performance: readPerformance([], options.tables ?? []), staff: staff.staff, checks: context.checks, messages: context.messages };
  }
  if (context.year === undefined) {
    warn(context, 'prose.noYear', '不知道报告是哪一年度的，上年数字不予记录');
  }
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const totals = readTotals(sections, context);
  const classRows = readStructure(sections, context);
  const execution = readBudgetExecution(sections, context);
  const basicByEconomic = readBasicSplit(sections);
  const basicBasis = readBasicBasis(sections);
  const three = readThreePublic(sections, context);
  const other = readOtherMatters(paragraphs, context);
  const performance = readPerformance(paragraphs, options.tables ?? []);
  reportUnreadableAmounts(paragraphs, context);

  const hasTables = (options.tables ?? []).some((t) => t.kind !== 'other');
  const functionRows = inCodeOrder([...classRows, ...(hasTables ? [] : rowsFromItems(execution.items, classRows, context))]);
  const history = [...totals.history, ...execution.history, ...three.history, ...other.history];

  return {
    summary: totals.summary,
    expenditureByFunction: functionRows.length ? functionRows : undefined,
    basicByEconomic,
    ...(basicBasis !== undefined ? { basicBasis } : {}),
    budgetExecution: execution.items.length ? execution.items : undefined,
    budgetExecutionTotal: execution.total,
    threePublic: three.threePublic,
    operatingCosts: other.operatingCosts,
    procurement: other.procurement,
    performance,
    vehicles: other.vehicles,
    staff: staff.staff,
    history: history.length ? history : undefined,
    narrative: narrativeOf(sections, input.file),
    checks: context.checks,
    messages: context.messages,
  };
}
