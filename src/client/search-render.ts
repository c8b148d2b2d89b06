// One search result as the page shows it: page kind, year(s), region, title link (to the
// section where the query matched best), excerpt.
import type { PagefindFragment, PagefindSubResult, WeightedLocation } from './pagefind-api.ts';

export interface ResultView {
  /** The page, at the section holding most of the matches when that section has an anchor. */
  url: string;
  /** The page itself, without a section. */
  page: string;
  title: string;
  kind: string;
  years: string[];
  regions: string[];
  excerpt: string;
}

/**
 * The indexer splits Chinese words apart (scripts/search/segment-words.ts): with zero-width
 * spaces in the page text, with plain spaces in the title meta. Both are joined again here.
 */
const cleanText = (text: string) => text.replace(/\u200b/g, '');
export const cleanTitle = (title: string) => cleanText(title).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');

/** Words in an excerpt (src/client/search.ts asks Pagefind for excerpts this long). */
export const EXCERPT_WORDS = 40;

/**
 * Where the page's best match is: the start of the run of EXCERPT_WORDS words whose matches
 * score highest together — the run Pagefind's own excerpt of the page shows.
 */
function bestLocation(locations: readonly WeightedLocation[]): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (const start of locations) {
    const score = locations.filter((l) => l.location >= start.location && l.location < start.location + EXCERPT_WORDS).reduce((n, l) => n + l.balanced_score, 0);
    if (score > bestScore) [best, bestScore] = [start.location, score];
  }
  return best;
}

/** The section (a heading with an anchor) that holds the page's best match. */
function bestSection(data: PagefindFragment): PagefindSubResult | undefined {
  const at = bestLocation(data.weighted_locations ?? []);
  if (at === undefined) return undefined;
  return (data.sub_results ?? []).find((s) => s.url.includes('#') && (s.locations ?? []).includes(at));
}

/** Page kinds as a reader calls them (the filter values stay short and stable). */
export const KIND_LABEL: Record<string, string> = { 部门年度: '年度决算' };

/** Long pages open at the matching section; the others are short enough to open at the top. */
const OPEN_AT_SECTION = new Set(['部门年度']);

export function resultView(data: PagefindFragment): ResultView {
  const kind = data.meta.kind ?? data.filters.kind?.[0] ?? '';
  const section = OPEN_AT_SECTION.has(kind) ? bestSection(data) : undefined;
  return {
    url: section?.url ?? data.url,
    page: data.url,
    title: cleanTitle(data.meta.title ?? data.url),
    kind,
    years: [...(data.filters.year ?? [])].sort(),
    regions: data.filters.region ?? [],
    excerpt: data.excerpt,
  };
}

/** The department a department or department-year page belongs to ("/departments/x/2020/" → "x"). */
export function departmentOf(page: string): string | undefined {
  return /\/departments\/([^/]+)\/(?:\d{4}\/)?$/.exec(page)?.[1];
}

/** "2020年度", "2020、2023年度", or "" for pages without a year. */
export function yearLabel(years: readonly string[]): string {
  return years.length ? `${years.join('、')}年度` : '';
}

export function resultItem(view: ResultView, doc: Document = document): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'search-result';
  const meta = doc.createElement('p');
  meta.className = 'search-result-meta';
  if (view.kind) {
    const kind = doc.createElement('span');
    kind.className = 'search-kind';
    kind.dataset.kind = view.kind;
    kind.textContent = KIND_LABEL[view.kind] ?? view.kind;
    meta.append(kind);
  }
  const details = [yearLabel(view.years), view.regions.join(' · ')].filter(Boolean).join(' · ');
  if (details) meta.append(` ${details}`);
  const link = doc.createElement('a');
  link.href = view.url;
  link.textContent = view.title;
  const heading = doc.createElement('h2');
  heading.className = 'search-result-title';
  heading.append(link);
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(view.excerpt, doc));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * A further page of a department already in the list (its page, or another of its years):
 * a line under that department's result, so each department is one result with its years.
 */
export function subResultItem(view: ResultView, doc: Document = document): HTMLLIElement {
  const item = resultItem(view, doc);
  item.classList.add('search-sub');
  const heading = item.querySelector('h2')!;
  const line = doc.createElement('p');
  line.className = 'search-result-title';
  line.append(...heading.childNodes);
  heading.replaceWith(line);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with <mark> around matches. It is rebuilt from text
 * nodes and <mark> elements only, so nothing in the index can inject markup.
 */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const nodes = [...parsed.body.childNodes];
  return nodes.map((node, i) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = cleanText(node.textContent ?? '');
      return mark;
    }
    return doc.createTextNode(wholeNumbers(cleanText(node.textContent ?? ''), i === 0, i === nodes.length - 1));
  });
}

/**
 * An excerpt is cut after so many words, and an amount is one word per character in the index
 * (scripts/search/mask-amounts.ts): a number at either end of the excerpt may be cut short
 * ("1,806" of 1,806.91). It is dropped, never shown cut.
 */
export function wholeNumbers(text: string, first: boolean, last: boolean): string {
  let out = text;
  if (first) out = out.replace(/^[\d,.]*\d[\d,.]*/, '…');
  if (last) out = out.replace(/(?<![\d,.])[\d,.]*\d[\d,.]*$/, '…');
  return out;
}
