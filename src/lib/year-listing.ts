// What the site's lists know about a department-year without opening it: its department,
// year and sources, the headline figures, what it covers and the checks that need a reader's
// attention. Written once per build by scripts/site-index.ts into content/site/years.json, so
// the pages that list thousands of department-years hold these, not the department-years.
import { z } from 'astro/zod';
import { check, departmentRef, restatement, sourceDocument, summary, tableKind, type DepartmentYear } from './schema.ts';
import { countChecks, notPassed } from './checks-view.ts';
import { coverage } from './year-coverage.ts';
import { comparedFigures, comparedFiguresOf } from './compared-figures.ts';

const standardKind = tableKind.exclude(['other']);
const counts = z.object({ pass: z.number().int(), rounding: z.number().int(), repaired: z.number().int(), fail: z.number().int() });

export const yearListing = z.object({
  department: departmentRef,
  year: z.number().int(),
  /** sha256 (first 16 hex digits) of the department-year's content file: what a page built from it depends on. */
  digest: z.string().regex(/^[0-9a-f]{16}$/),
  sources: z.array(sourceDocument),
  summary: summary.optional(),
  coverage: z.object({
    kind: z.enum(['final-accounts', 'performance-only', 'prose-only']),
    hasSummary: z.boolean(),
    hasFunction: z.boolean(),
    hasEconomic: z.boolean(),
    hasThreePublic: z.boolean(),
    hasBudgetExecution: z.boolean(),
    tablesPresent: z.array(standardKind),
    tablesMissing: z.array(standardKind),
    missing: z.array(z.string()),
  }),
  /** The titles of the 情况说明's sections. */
  sections: z.array(z.string()),
  counts,
  /** Every check that did not pass cleanly: fail first, then repaired, then rounding. */
  notPassed: z.array(check),
  /** The figures a later report states differently (/quality/ lists them all). */
  restatedBy: z.array(restatement).optional(),
  /** What a region page compares beyond the summary (compared-figures.ts). */
  compared: comparedFigures,
});
export type YearListing = z.infer<typeof yearListing>;

const ORDER = { fail: 0, repaired: 1, rounding: 2, pass: 3 } as const;

export function listYear(entry: DepartmentYear, digest: string): YearListing {
  return {
    department: entry.department,
    year: entry.year,
    digest,
    sources: entry.sources,
    ...(entry.summary ? { summary: entry.summary } : {}),
    coverage: coverage(entry),
    sections: (entry.narrative ?? []).map((n) => n.title),
    counts: countChecks(entry.checks),
    notPassed: notPassed(entry.checks).sort((a, b) => ORDER[a.status] - ORDER[b.status]),
    ...(entry.restatedBy?.length ? { restatedBy: entry.restatedBy } : {}),
    compared: comparedFiguresOf(entry),
  };
}
