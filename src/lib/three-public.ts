// “三公”经费 of one year as table rows and chart groups: budget vs actual with the execution rate.
import type { DepartmentYear, ThreePublicFigures } from './schema.ts';
import type { BarGroup } from './bar-chart.ts';
import { executionRate } from './budget-execution.ts';
import { wan } from './format.ts';

export interface ThreePublicRow {
  key: keyof ThreePublicFigures;
  label: string;
  /** Sub-items (购置费, 运行费) are indented under 公务用车. */
  sub: boolean;
  budget?: number;
  actual?: number;
  rate?: number;
}

const ROWS: { key: keyof ThreePublicFigures; label: string; sub: boolean }[] = [
  { key: 'total', label: '合计', sub: false },
  { key: 'abroad', label: '因公出国（境）费', sub: false },
  { key: 'vehicle', label: '公务用车购置及运行费', sub: false },
  { key: 'vehiclePurchase', label: '公务用车购置费', sub: true },
  { key: 'vehicleOperation', label: '公务用车运行（维护）费', sub: true },
  { key: 'reception', label: '公务接待费', sub: false },
];

/** Rows that state at least a budget or an actual figure. */
export function threePublicRows(tp: DepartmentYear['threePublic']): ThreePublicRow[] {
  return ROWS.map((r) => {
    const budget = tp?.budget?.[r.key];
    const actual = tp?.actual?.[r.key];
    return { ...r, budget, actual, rate: executionRate(budget, actual) };
  }).filter((r) => r.budget !== undefined || r.actual !== undefined);
}

/** One group per top-level category, budget and actual side by side. */
export function threePublicBars(rows: readonly ThreePublicRow[]): BarGroup[] {
  const short: Partial<Record<keyof ThreePublicFigures, string>> = { total: '合计', abroad: '出国（境）', vehicle: '公务用车', reception: '公务接待' };
  return rows
    .filter((r) => !r.sub)
    .map((r) => ({
      label: short[r.key] ?? r.label,
      bars: [
        ...(r.budget !== undefined ? [{ slot: 'budget', value: r.budget, derived: false, title: `${r.label} 预算 ${wan(r.budget)} 万元` }] : []),
        ...(r.actual !== undefined ? [{ slot: 'actual', value: r.actual, derived: false, title: `${r.label} 决算 ${wan(r.actual)} 万元` }] : []),
      ],
    }));
}
