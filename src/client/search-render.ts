// One search result as the page shows it: page kind, year(s), region, title link, excerpt.
import type { PagefindFragment } from './pagefind-api.ts';

export interface ResultView {
  url: string;
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

export function resultView(data: PagefindFragment): ResultView {
  return {
    url: data.url,
    title: cleanTitle(data.meta.title ?? data.url),
    kind: data.meta.kind ?? data.filters.kind?.[0] ?? '',
    years: [...(data.filters.year ?? [])].sort(),
    regions: data.filters.region ?? [],
    excerpt: data.excerpt,
  };
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
    kind.textContent = view.kind;
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
 * Pagefind's excerpt is escaped text with <mark> around matches. It is rebuilt from text
 * nodes and <mark> elements only, so nothing in the index can inject markup.
 */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = cleanText(node.textContent ?? '');
      return mark;
    }
    return doc.createTextNode(cleanText(node.textContent ?? ''));
  });
}
