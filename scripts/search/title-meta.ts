// Pagefind boosts a page whose title matches the query (ranking.metaWeights.title), but it
// splits a meta value only at whitespace and by jieba, not at the word breaks of the page
// text: "开封市林业局" stayed one or two words and never matched the browser's 林业 + 局.
// So the indexed copy carries its title explicitly, the h1's words separated by spaces as
// a browser splits them. The search page joins them again for display (search-render.ts).
import { splitWords } from './segment-words.ts';

const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The title Pagefind should match: the first h1's text, Chinese words spaced apart. */
export function searchTitle(html: string): string | undefined {
  const h1 = H1.exec(html);
  return h1 ? titleOf(h1[1]) : undefined;
}

function titleOf(heading: string): string | undefined {
  const text = decodeEntities(heading.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return text ? splitWords(text, ' ') : undefined;
}

/** Where the title meta element goes (right after the first h1) and the element, if the page has a title. */
export function titleMeta(html: string): { at: number; markup: string } | undefined {
  const h1 = H1.exec(html);
  const title = h1 ? titleOf(h1[1]) : undefined;
  if (title === undefined) return undefined;
  return { at: h1!.index + h1![0].length, markup: `<span hidden data-pagefind-meta="title[data-value]" data-value="${escapeAttribute(title)}"></span>` };
}

/** The page with a title meta element right after its first h1 (pages without one unchanged). */
export function addTitleMeta(html: string): string {
  const meta = titleMeta(html);
  return meta ? html.slice(0, meta.at) + meta.markup + html.slice(meta.at) : html;
}
