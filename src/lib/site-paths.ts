// Every internal link goes through here so the site works under any base path (e.g. /portal/).

/** The configured base path, always ending in "/". Outside Vite (unit tests) it is "/". */
export function basePath(): string {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins a site-relative path ("departments/x/") onto a base ("/portal/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Link to a page or file of this site. */
export function href(path: string): string {
  return joinBase(basePath(), path);
}

export const paths = {
  home: () => '',
  departments: () => 'departments/',
  department: (slug: string) => `departments/${slug}/`,
  departmentYear: (slug: string, year: number) => `departments/${slug}/${year}/`,
  regions: () => 'regions/',
  regionYear: (slug: string, year: number) => `regions/${slug}/${year}/`,
  regionYearCsv: (slug: string, year: number) => `data/regions/${slug}/${year}.csv`,
  subjects: () => 'subjects/',
  subject: (code: string) => `subjects/${code}/`,
  data: () => 'data/',
  departmentJson: (slug: string) => `data/departments/${slug}.json`,
  departmentYearJson: (slug: string, year: number) => `data/departments/${slug}/${year}.json`,
  departmentYearCsv: (slug: string, year: number, kind: string) => `data/departments/${slug}/${year}-${kind}.csv`,
  yearJsonl: (year: number) => `data/years/${year}.jsonl`,
  yearCsv: (year: number, kind: string) => `data/years/${year}-${kind}.csv`,
  bulkJson: () => 'data/all.json',
  expenditureCsv: () => 'data/expenditure.csv',
  qualityCsv: () => 'data/quality.csv',
  dataPackage: () => 'data/datapackage.json',
  schemaJson: () => 'data/schema.json',
  quality: () => 'quality/',
  about: () => 'about/',
  glossary: () => 'glossary/',
  search: () => 'search/',
};
