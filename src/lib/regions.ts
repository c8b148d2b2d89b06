// Regions as the site lists them: every place a report names (department.region: the city, then
// the district or county), nested — 株洲市 holds 芦淞区 — with the years in which each has
// department-years. Built once per build by scripts/site-index.ts into content/site/regions.json;
// a region-year is every department-year of that year whose region starts with the region's names.
import { z } from 'astro/zod';

export const regionEntry = z.object({
  /** ASCII, stable: the places in pinyin plus a short hash (scripts/ingest/slug.ts regionSlug). */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** ["株洲市"], ["株洲市", "芦淞区"]. */
  names: z.array(z.string()).min(1),
  parent: z.string().optional(),
  /** The regions one level down, in the order regions are listed. */
  children: z.array(z.string()),
  /** How many departments (of any year) the region has, its sub-regions' included. */
  departments: z.number().int().positive(),
  /** Per year, ascending: how many department-years the region has, its sub-regions' included. */
  years: z.array(z.object({ year: z.number().int(), departments: z.number().int().positive() })),
});
export type RegionEntry = z.infer<typeof regionEntry>;

interface Located {
  department: { slug: string; region?: string[] };
  year: number;
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const key = (names: readonly string[]) => names.join('/');

/** True when a department's region is `names` or lies within it. */
export function inRegion(region: readonly string[] | undefined, names: readonly string[]): boolean {
  return region !== undefined && region.length >= names.length && names.every((n, i) => region[i] === n);
}

/** The region's own name: 芦淞区 for ["株洲市", "芦淞区"]. */
export function regionName(region: Pick<RegionEntry, 'names'>): string {
  return region.names[region.names.length - 1];
}

/** Every region any listing names, and each of its outer regions, parents before children. */
export function buildRegions(listings: readonly Located[], slugOf: (names: readonly string[]) => string): RegionEntry[] {
  const counts = new Map<string, { names: string[]; years: Map<number, number>; departments: Set<string> }>();
  for (const listing of listings) {
    const region = listing.department.region ?? [];
    for (let depth = 1; depth <= region.length; depth++) {
      const names = region.slice(0, depth);
      let node = counts.get(key(names));
      if (!node) counts.set(key(names), (node = { names, years: new Map(), departments: new Set() }));
      node.years.set(listing.year, (node.years.get(listing.year) ?? 0) + 1);
      node.departments.add(listing.department.slug);
    }
  }
  const entries = new Map<string, RegionEntry>();
  for (const [k, node] of counts) {
    entries.set(k, {
      slug: slugOf(node.names),
      names: node.names,
      children: [],
      departments: node.departments.size,
      years: [...node.years].sort(([a], [b]) => a - b).map(([year, departments]) => ({ year, departments })),
    });
  }
  const byName = (a: RegionEntry, b: RegionEntry) => zh(regionName(a), regionName(b));
  for (const entry of [...entries.values()].sort(byName)) {
    const parent = entries.get(key(entry.names.slice(0, -1)));
    if (!parent) continue;
    entry.parent = parent.slug;
    parent.children.push(entry.slug);
  }
  const bySlug = new Map([...entries.values()].map((e) => [e.slug, e]));
  const ordered: RegionEntry[] = [];
  const visit = (entry: RegionEntry) => {
    ordered.push(entry);
    entry.children.forEach((slug) => visit(bySlug.get(slug)!));
  };
  [...entries.values()].filter((e) => e.names.length === 1).sort(byName).forEach(visit);
  return ordered;
}

/**
 * Department-years by region-year, each under its region and every region outside it:
 * get(regionYearKey(["株洲市"], 2020)) holds 株洲市's and 芦淞区's of 2020.
 */
export function byRegionYear<T extends Located>(listings: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const l of listings) {
    const names = l.department.region ?? [];
    for (let depth = 1; depth <= names.length; depth++) {
      const k = regionYearKey(names.slice(0, depth), l.year);
      const list = groups.get(k);
      if (list) list.push(l);
      else groups.set(k, [l]);
    }
  }
  return groups;
}

export function regionYearKey(names: readonly string[], year: number): string {
  return `${key(names)}|${year}`;
}
