// The search page's state lives in its URL (?q=…&kind=…&year=…&region=…&earlier=1), so a search
// can be linked, bookmarked and submitted without JavaScript by the plain GET forms.

export const FILTER_NAMES = ['kind', 'year', 'region'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  /**
   * Departments' earlier years searched too (?earlier=1). A first search covers every page but
   * those: each department, its latest year, subjects (scripts/search-index.ts).
   */
  earlier?: boolean;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const state: SearchState = { q: (params.get('q') ?? '').trim(), filters };
  if (params.get('earlier') === '1') state.earlier = true;
  return state;
}

/** "?q=…&year=2020", or "" when there is nothing to search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.earlier) params.set('earlier', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name]);
}

/**
 * Whether the search needs departments' earlier years: asked for, or a year chosen that is some
 * department's earlier year (`earlierYears`, as the page lists them; a year that is every
 * department's latest is wholly in the first index).
 */
export function searchesEarlier(state: SearchState, earlierYears: readonly string[]): boolean {
  return Boolean(state.earlier || (state.filters.year && earlierYears.includes(state.filters.year)));
}

/** Pagefind's bundle under the site's base path ("/" or "/portal/"). */
export function pagefindBundleUrl(base: string): string {
  return `${pagefindFolder(base)}pagefind.js`;
}

/** The index of departments' earlier years, merged into the search when needed. */
export function earlierIndexUrl(base: string): string {
  return `${pagefindFolder(base)}earlier/`;
}

function pagefindFolder(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}
