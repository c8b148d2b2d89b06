// Rewrites the text of an HTML document and nothing else: tags, attribute values, comments
// and raw-text elements (script, style, title, textarea) pass through unchanged, and so
// does the text inside elements marked data-pagefind-ignore (Pagefind skips it anyway).
// Enough for Astro's well-formed output; not a general HTML parser.
// dropIgnored empties those regions before the page goes to Pagefind: its binary parses
// every byte it is given, and the charts and amount cells it would skip are most of a page.

const MARKUP = /<!--[\s\S]*?-->|<(script|style|title|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const IGNORED = /\sdata-pagefind-ignore(?=[\s=>/])/i;

export function mapText(html: string, rewrite: (text: string) => string): string {
  let out = '';
  let last = 0;
  // The element that opened an ignored region, and how deep we are in elements of its name.
  let ignoredName: string | undefined;
  let depth = 0;
  for (const match of html.matchAll(MARKUP)) {
    const text = html.slice(last, match.index);
    out += (ignoredName ? text : rewrite(text)) + match[0];
    last = match.index + match[0].length;
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(match[0]);
    if (!tag || match[1]) continue;
    const name = tag[2].toLowerCase();
    const opens = !tag[1] && !VOID.has(name) && !match[0].endsWith('/>');
    if (ignoredName === undefined) {
      if (opens && IGNORED.test(match[0])) { ignoredName = name; depth = 1; }
    } else if (name === ignoredName) {
      depth += tag[1] ? -1 : opens ? 1 : 0;
      if (depth === 0) ignoredName = undefined;
    }
  }
  const rest = html.slice(last);
  return out + (ignoredName ? rest : rewrite(rest));
}

/** Pagefind reads these anywhere, ignored regions included: a region holding one is kept whole. */
const PAGEFIND_DATA = /\sdata-pagefind-(?:filter|meta|sort)\b/i;

/**
 * The page with the content of every data-pagefind-ignore element removed (the element
 * itself stays, empty), except where the region holds a filter, meta or sort value.
 */
export function dropIgnored(html: string): string {
  let out = '';
  let last = 0;
  let ignoredName: string | undefined;
  let regionStart = 0;
  let depth = 0;
  for (const match of html.matchAll(MARKUP)) {
    const end = match.index + match[0].length;
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(match[0]);
    if (!tag || match[1]) continue;
    const name = tag[2].toLowerCase();
    const opens = !tag[1] && !VOID.has(name) && !match[0].endsWith('/>');
    if (ignoredName === undefined) {
      if (opens && IGNORED.test(match[0])) { ignoredName = name; depth = 1; out += html.slice(last, end); last = regionStart = end; }
    } else if (name === ignoredName) {
      depth += tag[1] ? -1 : opens ? 1 : 0;
      if (depth === 0) {
        const inner = html.slice(regionStart, match.index);
        out += (PAGEFIND_DATA.test(inner) ? inner : '') + match[0];
        last = end;
        ignoredName = undefined;
      }
    }
  }
  return out + html.slice(last);
}
