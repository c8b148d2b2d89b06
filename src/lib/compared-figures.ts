// The few figures of a department-year that a region page sets beside the other departments',
// beyond its summary: the “三公”经费 budget and actual (the total, or the exact sum of its parts
// when only they are stated), last year's 三公 actual as this year's report states it, 机关运行经费,
// 政府采购 and the staff numbers. They travel in the site index (year-listing.ts), a few dozen
// bytes a department-year, so that a region page of a thousand departments opens none of them.
import { z } from 'astro/zod';
import type { DepartmentYear } from './schema.ts';
import { threePublicSeries, type SeriesPoint } from './trend-series.ts';

const comparedPoint = z.object({
  value: z.number(),
  /** How the figure was arrived at when the report does not print it as such, in Chinese. */
  derived: z.string().optional(),
});
export type ComparedPoint = z.infer<typeof comparedPoint>;

export const comparedFigures = z.object({
  threePublicBudget: comparedPoint.optional(),
  threePublicActual: comparedPoint.optional(),
  /** Last year's 三公 actual as this year's report states it ("与上年相比减少…"). */
  threePublicPrior: comparedPoint.optional(),
  operatingCosts: z.number().optional(),
  procurement: z.number().optional(),
  staff: z.object({ authorized: z.number().int().optional(), actual: z.number().int().optional() }).optional(),
});
export type ComparedFigures = z.infer<typeof comparedFigures>;

function pointOf(point: SeriesPoint | undefined, derivedWhy: (p: SeriesPoint) => string): ComparedPoint | undefined {
  if (!point) return undefined;
  return point.derived ? { value: point.value, derived: derivedWhy(point) } : { value: point.value };
}

const partsWhy = '由因公出国（境）费、公务用车购置及运行费与公务接待费相加得出';

export function comparedFiguresOf(entry: DepartmentYear): ComparedFigures {
  const at = (side: 'budget' | 'actual', year: number) => threePublicSeries([entry], side, 'total').find((p) => p.year === year);
  const staff = entry.staff && {
    ...(entry.staff.authorized !== undefined ? { authorized: entry.staff.authorized } : {}),
    ...(entry.staff.actual !== undefined ? { actual: entry.staff.actual } : {}),
  };
  const figures: ComparedFigures = {
    threePublicBudget: pointOf(at('budget', entry.year), () => partsWhy),
    threePublicActual: pointOf(at('actual', entry.year), () => partsWhy),
    threePublicPrior: pointOf(at('actual', entry.year - 1), (p) => (p.derivedFrom ? `据本年度报告“${p.derivedFrom}”推算` : '由本年度报告所写上年各项相加得出')),
    operatingCosts: entry.operatingCosts,
    procurement: entry.procurement?.total,
    staff: staff && Object.keys(staff).length > 0 ? staff : undefined,
  };
  return Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined)) as ComparedFigures;
}
