// Every region-year's table, from the site index (content/site/) as its page reads it, so the
// CSV and the page hold the same rows: data/regions/<region>/<year>.csv, by name in a cache
// entry (regionFileName), with the list of them in order (REGION_LIST).
import { csvHeader, csvLines } from '../../src/lib/csv.ts';
import { REGION_TABLE } from '../../src/lib/download-tables.ts';
import { byRegionYear, regionYearKey, type RegionEntry } from '../../src/lib/regions.ts';
import { regionTable } from '../../src/lib/region-table.ts';
import type { YearListing } from '../../src/lib/year-listing.ts';

/** The files' paths relative to data/, in the order datapackage.json lists them (JSON). */
export const REGION_LIST = 'paths.json';

/** A file's name in the cache entry: its path relative to data/, as one name. */
export const regionFileName = (path: string) => encodeURIComponent(path);

export function regionTableFiles(listings: YearListing[], regions: RegionEntry[]): Map<string, string> {
  const groups = byRegionYear(listings);
  const bySlugYear = new Map(listings.map((l) => [`${l.department.slug}|${l.year}`, l]));
  const files = new Map<string, string>();
  const paths: string[] = [];
  const columns = REGION_TABLE.columns.map((c) => c.name);
  for (const region of regions) {
    for (const { year } of region.years) {
      const table = regionTable(groups.get(regionYearKey(region.names, year)) ?? [], (slug, y) => bySlugYear.get(`${slug}|${y}`));
      const path = `regions/${region.slug}/${year}.csv`;
      files.set(regionFileName(path), csvHeader(columns) + csvLines(REGION_TABLE.rows(table), columns));
      paths.push(path);
    }
  }
  files.set(REGION_LIST, JSON.stringify(paths));
  return files;
}
