// The part of Pagefind's browser API (dist/pagefind/pagefind.js) this site uses.
// Pagefind publishes no module types for the generated bundle, so they are declared here.

export type FilterCounts = Record<string, Record<string, number>>;

/** A matched word's position in the page and the score Pagefind gave it. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page: the text under one heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in the section. */
  locations?: number[];
  /** The same, each with the score Pagefind gave the match. */
  weighted_locations?: WeightedLocation[];
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  sub_results?: PagefindSubResult[];
  weighted_locations?: WeightedLocation[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindResults {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another index (its folder's URL) to every search from now on. */
  mergeIndex: (url: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResults>;
  debouncedSearch: (term: string | null, options?: { filters?: Record<string, string> }, ms?: number) => Promise<PagefindResults | null>;
}

/**
 * Loads the bundle at run time: it is written after the site is built, so Vite must not
 * bundle it. The filter files are not loaded here: they grow with the number of pages, and a
 * first search does not need them (a search with a filter loads what it needs). Until
 * `filters()` has been called, results carry no counts per filter value.
 */
export async function loadPagefind(url: string, options: Record<string, unknown>): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options(options);
  await pagefind.init();
  return pagefind;
}
