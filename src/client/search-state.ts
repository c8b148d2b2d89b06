// The search page's state lives in its URL (?q=…&kind=…&year=…&region=…), so a search can be
// linked, bookmarked and submitted without JavaScript by the plain GET forms.

export const FILTER_NAMES = ['kind', 'year', 'region'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** "?q=…&year=2020", or "" when there is nothing to search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) if (state.filters[name]) params.set(name, state.filters[name]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name]);
}

/** Pagefind's bundle under the site's base path ("/" or "/portal/"). */
export function pagefindBundleUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
}
