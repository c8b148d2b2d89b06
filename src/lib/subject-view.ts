// A subject page's content beyond the index: what the reports say the code is for (their
// 名词解释), and each department's spending under it year by year, for a chart.
import type { Subject, SubjectUse } from './subject-index.ts';
import type { GlossaryDefinition, GlossaryEntry } from './glossary.ts';
import type { BarGroup } from './bar-chart.ts';
import { wan } from './format.ts';

/** The definitions the reports' 名词解释 give for this code (matched by its 类/款/项 names). */
export function subjectDefinitions(glossary: readonly GlossaryEntry[], code: string): GlossaryDefinition[] {
  return glossary.filter((g) => g.code === code).flatMap((g) => g.definitions);
}

export interface DepartmentSpending {
  slug: string;
  department: string;
  /** The amount each year: 本年支出合计 from the function table, else 支出决算 from the prose. */
  points: { year: number; value: number; fromProse: boolean }[];
}

const amountOf = (u: SubjectUse) => u.total ?? u.actual;

/** One series per department, the department with the largest latest amount first. */
export function spendingByDepartment(subject: Subject): DepartmentSpending[] {
  const bySlug = new Map<string, DepartmentSpending>();
  for (const u of subject.uses) {
    const value = amountOf(u);
    if (value === undefined) continue;
    const series = bySlug.get(u.slug) ?? { slug: u.slug, department: u.department, points: [] };
    series.points.push({ year: u.year, value, fromProse: u.total === undefined });
    bySlug.set(u.slug, series);
  }
  const latest = (s: DepartmentSpending) => s.points.reduce((a, b) => (b.year > a.year ? b : a)).value;
  return [...bySlug.values()]
    .map((s) => ({ ...s, points: s.points.sort((a, b) => a.year - b.year) }))
    .sort((a, b) => latest(b) - latest(a) || a.department.localeCompare(b.department, 'zh-CN'));
}

/** One small bar chart per department (its years), for the first `limit` departments. */
export function spendingCharts(spending: readonly DepartmentSpending[], limit: number): { series: DepartmentSpending; groups: BarGroup[] }[] {
  return spending.slice(0, limit).map((series) => ({
    series,
    groups: series.points.map((p) => ({
      label: String(p.year),
      bars: [{ slot: 'total', value: p.value, derived: false, title: `${series.department} ${p.year}年度 ${wan(p.value)} 万元${p.fromProse ? '（取自文字说明）' : ''}` }],
    })),
  }));
}
