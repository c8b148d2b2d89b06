// Rewrites the text of an HTML document and nothing else: tags, attribute values, comments
// and raw-text elements (script, style, title, textarea) pass through unchanged.
// Enough for Astro's well-formed output; not a general HTML parser.

const MARKUP = /<!--[\s\S]*?-->|<(script|style|title|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

export function mapText(html: string, rewrite: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    out += rewrite(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + rewrite(html.slice(last));
}
