// Departments as the site lists them: department-years grouped by slug, then by region.
import type { DepartmentRef, Summary } from './schema.ts';
import { sum } from './money.ts';

/** What a list needs of a department-year: a full one or its listing (year-listing.ts). */
export interface YearOf {
  department: DepartmentRef;
  year: number;
  summary?: Summary;
}

export interface DepartmentInfo {
  slug: string;
  /** The name as the latest year prints it. */
  name: string;
  region: string[];
  /** Fiscal years, ascending. */
  years: number[];
}

export interface RegionGroup {
  /** City (region[0]) or 未注明地区. */
  region: string;
  departments: DepartmentInfo[];
}

export const UNKNOWN_REGION = '未注明地区';

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** Department-years sorted by slug, then year — the one order every listing and download uses. */
export function sortEntries<T extends YearOf>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.department.slug < b.department.slug ? -1 : a.department.slug > b.department.slug ? 1 : a.year - b.year));
}

export function buildDepartments(entries: readonly YearOf[]): DepartmentInfo[] {
  const bySlug = new Map<string, YearOf[]>();
  for (const entry of sortEntries(entries)) {
    const list = bySlug.get(entry.department.slug) ?? [];
    list.push(entry);
    bySlug.set(entry.department.slug, list);
  }
  return [...bySlug.values()]
    .map((list) => {
      const latest = list[list.length - 1];
      return {
        slug: latest.department.slug,
        name: latest.department.name,
        region: latest.department.region ?? list.find((e) => e.department.region)?.department.region ?? [],
        years: list.map((e) => e.year),
      };
    })
    .sort((a, b) => zh(regionLabel(a.region), regionLabel(b.region)) || zh(a.name, b.name));
}

export function groupByRegion(departments: readonly DepartmentInfo[]): RegionGroup[] {
  const groups = new Map<string, DepartmentInfo[]>();
  for (const d of departments) {
    const key = d.region[0] ?? UNKNOWN_REGION;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === UNKNOWN_REGION ? 1 : b === UNKNOWN_REGION ? -1 : zh(a, b)))
    .map(([region, list]) => ({ region, departments: list }));
}

/** "株洲市 · 芦淞区", or 未注明地区. */
export function regionLabel(region: readonly string[] | undefined): string {
  return region && region.length ? region.join(' · ') : UNKNOWN_REGION;
}

/** Every region name (cities and districts) used by any department, for filters. */
export function allRegions(departments: readonly DepartmentInfo[]): string[] {
  return [...new Set(departments.flatMap((d) => d.region))].sort(zh);
}

/** The newest department-years: latest fiscal year first, then by department name. */
export function latestReports<T extends YearOf>(entries: readonly T[], count: number): T[] {
  return [...entries].sort((a, b) => b.year - a.year || zh(a.department.name, b.department.name)).slice(0, count);
}

export interface YearTotal {
  year: number;
  departments: number;
  /** Sum of 本年支出合计 over the department-years that state it, 万元. */
  expenditure: number;
  /** How many of those department-years state no total. */
  withoutTotal: number;
}

/** What the portal holds, year by year. */
/** Every year that has a department-year, newest first (for year filters). */
export function allYears(entries: readonly YearOf[]): number[] {
  return [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a);
}

export function totalsByYear(entries: readonly YearOf[]): YearTotal[] {
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = entries.filter((e) => e.year === year);
    const totals = ofYear.map((e) => e.summary?.expenditureTotal);
    return {
      year,
      departments: ofYear.length,
      expenditure: sum(totals).toNumber(),
      withoutTotal: totals.filter((t) => t === undefined).length,
    };
  });
}

/** The entries of one department, ascending by year. */
export function entriesOf<T extends YearOf>(entries: readonly T[], slug: string): T[] {
  return sortEntries(entries.filter((e) => e.department.slug === slug));
}
