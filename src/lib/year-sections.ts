// What each collapsed section of a department-year page holds, for its summary line:
// "7 项", "人员经费 2,068.89 万元 · 公用经费 968.21 万元", "53 项：未通过 1 · …".
import type { DepartmentYear } from './schema.ts';
import { summaryFigures } from './summary-view.ts';
import { economicBreakdown } from './economic-breakdown.ts';
import { countChecks, countsText } from './checks-view.ts';
import { otherFigures } from './other-figures.ts';
import { wan } from './format.ts';

export interface SectionCounts {
  summary: string;
  economic: string;
  execution: string;
  other: string;
  narrative: string;
  checks: string;
  tables: string;
}

export function sectionCounts(entry: DepartmentYear): SectionCounts {
  const groups = economicBreakdown(entry.basicByEconomic);
  const execution = entry.budgetExecution ?? [];
  const withReason = execution.filter((i) => i.reason).length;
  return {
    summary: `${summaryFigures(entry.summary).length} 项`,
    economic: groups.map((g) => `${g.label} ${wan(g.total)} 万元`).join(' · '),
    execution: `${execution.length} 个科目${withReason ? `，${withReason} 个说明了原因` : ''}`,
    other: `${otherFigures(entry).length} 项`,
    narrative: `${(entry.narrative ?? []).length} 节`,
    checks: countsText(countChecks(entry.checks)),
    tables: `${(entry.tables ?? []).length} 张`,
  };
}
