// Rows of the per-department years table: each year's totals, 三公 actual and check counts.
import type { DepartmentYear } from './schema.ts';
import { countChecks, type CheckCounts } from './checks-view.ts';
import { yearKind, type YearKind } from './year-coverage.ts';

export interface YearRow {
  year: number;
  kind: YearKind;
  incomeTotal?: number;
  expenditureTotal?: number;
  basicExpenditure?: number;
  projectExpenditure?: number;
  threePublicActual?: number;
  checks: CheckCounts;
}

export const YEAR_KIND_LABEL: Record<YearKind, string> = {
  'final-accounts': '部门决算',
  'performance-only': '仅绩效自评',
  'prose-only': '仅文字说明',
};

export function yearRows(entries: readonly DepartmentYear[]): YearRow[] {
  return [...entries]
    .sort((a, b) => b.year - a.year)
    .map((e) => ({
      year: e.year,
      kind: yearKind(e),
      incomeTotal: e.summary?.incomeTotal,
      expenditureTotal: e.summary?.expenditureTotal,
      basicExpenditure: e.summary?.basicExpenditure,
      projectExpenditure: e.summary?.projectExpenditure,
      threePublicActual: e.threePublic?.actual?.total,
      checks: countChecks(e.checks),
    }));
}
