// /quality/: per department-year, what was present and every check that did not pass.
import type { Check } from './schema.ts';
import type { CheckCounts } from './checks-view.ts';
import type { Coverage } from './year-coverage.ts';
import type { YearListing } from './year-listing.ts';
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

export function qualityRows(listings: readonly YearListing[]): QualityRow[] {
  return sortEntries(listings).map((l) => ({
    slug: l.department.slug,
    name: l.department.name,
    year: l.year,
    coverage: l.coverage,
    sections: l.sections,
    counts: l.counts,
    notPassed: l.notPassed,
  }));
}

export function qualityTotals(rows: readonly { counts: CheckCounts }[]): CheckCounts {
  const total: CheckCounts = { pass: 0, rounding: 0, repaired: 0, fail: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof CheckCounts)[]) total[k] += r.counts[k];
  return total;
}
