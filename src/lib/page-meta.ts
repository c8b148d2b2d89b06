// Titles and meta descriptions, one per page, built from the data they introduce.
import type { DepartmentYear } from './schema.ts';
import type { DepartmentInfo } from './department-index.ts';
import type { YearListing } from './year-listing.ts';
import type { Subject } from './subject-index.ts';
import { regionLabel } from './department-index.ts';
import { yearKind } from './year-coverage.ts';
import { wan } from './format.ts';

/** A department-year's kind, from the entry itself or from its listing. */
const kindOf = (entry: DepartmentYear | YearListing) => ('coverage' in entry ? entry.coverage.kind : yearKind(entry));

export function departmentYearTitle(entry: DepartmentYear | YearListing): string {
  const kind = kindOf(entry) === 'performance-only' ? '部门整体支出绩效自评' : '部门决算';
  return `${entry.department.name} ${entry.year}年度${kind}`;
}

export function departmentYearDescription(entry: DepartmentYear): string {
  const s = entry.summary;
  const parts = [`${entry.department.name}${entry.year}年度${yearKind(entry) === 'performance-only' ? '绩效自评报告' : '部门决算'}`];
  if (s?.expenditureTotal !== undefined) {
    const split = s.basicExpenditure !== undefined && s.projectExpenditure !== undefined ? `，其中基本支出${wan(s.basicExpenditure)}万元、项目支出${wan(s.projectExpenditure)}万元` : '';
    parts.push(`本年支出合计${wan(s.expenditureTotal)}万元${split}`);
  }
  parts.push('按功能分类的支出结构、“三公”经费预决算、预算执行情况、核验结果和原始来源');
  return `${parts.join('：')}。`;
}

export function departmentDescription(d: DepartmentInfo): string {
  return `${d.name}（${regionLabel(d.region)}）${d.years.join('、')}年度部门决算数据：各年度收支总额、“三公”经费趋势、支出趋势和数据下载。`;
}

export function subjectDescription(s: Subject): string {
  const users = new Set(s.uses.map((u) => u.slug)).size;
  return `支出功能分类科目 ${s.code} ${s.name}（${s.level}）：上下级科目，以及${users ? `${users}个部门` : '各部门'}在该科目下的决算支出。`;
}
