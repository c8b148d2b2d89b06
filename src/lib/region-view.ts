// What a region-year page says above its table: the region's totals (sums over the departments
// that state each figure, worked out in region-table.ts), the largest departments, its description.
import type { RegionEntry } from './regions.ts';
import type { RegionRow, RegionTable, RegionTotal } from './region-table.ts';
import type { ColumnKey } from './region-columns.ts';
import { regionLabel } from './department-index.ts';
import { pct, wan } from './format.ts';

export interface RegionFigure {
  label: string;
  /** Printed: 7,627.22 or 3. */
  value: string;
  unit?: string;
  sub: string;
}

const of = (total: RegionTotal, departments: number) =>
  total.stated === departments ? `${departments} 个部门之和` : `${departments} 个部门中 ${total.stated} 个写明`;

export function regionYearFigures(table: RegionTable): RegionFigure[] {
  const { totals, departments } = table;
  const money = (label: string, total: RegionTotal): RegionFigure => ({ label, value: wan(total.value), unit: total.value === undefined ? undefined : '万元', sub: total.stated ? of(total, departments) : '没有部门写明' });
  return [
    { label: '部门', value: String(departments), unit: '个', sub: `${table.rows.filter((r) => (r.cells.failed?.value as number) > 0).length} 个有核验未通过` },
    money('本年支出合计', totals.expenditure),
    money('“三公”经费决算', totals.threePublicActual),
    money('机关运行经费', totals.operatingCosts),
    money('政府采购', totals.procurement),
    { label: '实有人数', value: totals.staff.value === undefined ? '—' : String(totals.staff.value), unit: totals.staff.value === undefined ? undefined : '人', sub: totals.staff.stated ? of(totals.staff, departments) : '没有部门写明' },
  ];
}

/** The department with the largest value in a column, when two or more state it. */
function largest(rows: readonly RegionRow[], key: ColumnKey): RegionRow | undefined {
  const stated = rows.filter((r) => typeof r.cells[key]?.value === 'number');
  if (stated.length < 2) return undefined;
  return stated.reduce((a, b) => ((b.cells[key]!.value as number) > (a.cells[key]!.value as number) ? b : a));
}

/** One sentence on the largest spender and the largest 三公, when there is a comparison to make. */
export function regionYearPoints(table: RegionTable): string[] {
  const points: string[] = [];
  const spender = largest(table.rows, 'expenditure');
  if (spender) points.push(`本年支出合计最多的是${spender.name}，${wan(spender.cells.expenditure!.value as number)} 万元，占 ${pct(spender.cells.expenditureShare?.value as number)}`);
  const three = largest(table.rows, 'threePublicActual');
  if (three) points.push(`“三公”经费决算最多的是${three.name}，${wan(three.cells.threePublicActual!.value as number)} 万元，占 ${pct(three.cells.threePublicShare?.value as number)}`);
  return points;
}

export function regionYearDescription(region: RegionEntry, year: number, table: RegionTable): string {
  return `${regionLabel(region.names)}${year}年度${table.departments}个部门的决算并列对比：本年支出、基本支出、项目支出、“三公”经费预决算及比上年增减、机关运行经费、政府采购、人均数和核验结果，可排序，可下载 CSV。`;
}
