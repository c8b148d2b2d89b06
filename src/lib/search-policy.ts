// What the search index holds. Home and list pages only repeat the names and codes of the
// pages they link to, so indexing them would push the department or subject page itself
// down the results; they stay out of the index (but not out of web search engines). So do the
// reports as read (/sources/<id>/): their raw text would bury the pages made from it.

/** Page kinds (the `kind` filter) whose pages are left out of the site search. */
export const UNSEARCHED_KINDS: readonly string[] = ['首页', '列表', '来源'];

export function isSearchable(kind: unknown): boolean {
  return typeof kind === 'string' && !UNSEARCHED_KINDS.includes(kind);
}

/** The page kinds a visitor can filter search results by: filter value and its label. */
export const SEARCH_KINDS: readonly { value: string; label: string }[] = [
  { value: '部门', label: '部门' },
  { value: '部门年度', label: '年度决算' },
  { value: '科目', label: '支出科目' },
  { value: '说明', label: '说明页' },
];

/**
 * Department-years in the index of earlier years: each department's latest year is searched
 * first, its earlier ones when the visitor asks (scripts/search-index.ts splits the pages alike).
 * Their count labels the button that adds them; their years are the years a chosen year filter
 * must search them for (a year that is every department's latest is in the first index alone).
 */
export function earlierYears(entries: readonly { department: { slug: string }; year: number }[]): { count: number; years: number[] } {
  const latest = new Map<string, number>();
  for (const e of entries) {
    const known = latest.get(e.department.slug);
    if (known === undefined || e.year > known) latest.set(e.department.slug, e.year);
  }
  const earlier = entries.filter((e) => e.year !== latest.get(e.department.slug));
  return { count: earlier.length, years: [...new Set(earlier.map((e) => e.year))].sort((a, b) => a - b) };
}
