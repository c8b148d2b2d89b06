// /quality/: per department-year, what was present and every check that did not pass.
import type { Check, DepartmentYear } from './schema.ts';
import { countChecks, notPassed, type CheckCounts } from './checks-view.ts';
import { coverage, type Coverage } from './year-coverage.ts';
import { sortEntries } from './department-index.ts';

export interface QualityRow {
  slug: string;
  name: string;
  year: number;
  coverage: Coverage;
  sections: string[];
  counts: CheckCounts;
  /** fail first, then repaired, then rounding. */
  notPassed: Check[];
}

const ORDER = { fail: 0, repaired: 1, rounding: 2, pass: 3 } as const;

export function qualityRows(entries: readonly DepartmentYear[]): QualityRow[] {
  return sortEntries(entries).map((e) => ({
    slug: e.department.slug,
    name: e.department.name,
    year: e.year,
    coverage: coverage(e),
    sections: (e.narrative ?? []).map((n) => n.title),
    counts: countChecks(e.checks),
    notPassed: notPassed(e.checks).sort((a, b) => ORDER[a.status] - ORDER[b.status]),
  }));
}

export function qualityTotals(rows: readonly QualityRow[]): CheckCounts {
  const total: CheckCounts = { pass: 0, rounding: 0, repaired: 0, fail: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof CheckCounts)[]) total[k] += r.counts[k];
  return total;
}
