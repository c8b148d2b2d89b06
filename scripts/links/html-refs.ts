// Every URL an HTML page refers to (href, src, srcset, form action, meta refresh …) and
// every anchor it defines (id, name). A small tokenizer, not a full HTML parser: enough
// for the markup Astro writes, and it skips comments and the bodies of <script>/<style>
// so text that merely looks like a tag is never taken for one.

export interface HtmlRef {
  tag: string;
  attribute: string;
  url: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'xlink:href', 'formaction', 'cite', 'background']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
}

/** The start tags of a page, in order, with entity-decoded attribute values. */
export function startTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 64))?.[1]?.toLowerCase();
    if (!name) { at++; continue; }
    const attributes = new Map<string, string>();
    let end = at + 1 + name.length;
    for (;;) {
      ATTRIBUTE.lastIndex = end;
      const match = ATTRIBUTE.exec(html);
      if (!match) break;
      end = ATTRIBUTE.lastIndex;
      const key = match[1].toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    const close = html.indexOf('>', end);
    at = close === -1 ? html.length : close + 1;
    tags.push({ name, attributes });
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = at;
      at = end.exec(html)?.index ?? html.length;
    }
  }
  return tags;
}

/** The URLs a page loads or links to. */
export function htmlRefs(tags: readonly HtmlTag[]): HtmlRef[] {
  const refs: HtmlRef[] = [];
  for (const { name, attributes } of tags) {
    for (const [attribute, value] of attributes) {
      if (URL_ATTRIBUTES.has(attribute) || (attribute === 'data' && name === 'object')) refs.push({ tag: name, attribute, url: value.trim() });
      if (attribute === 'srcset' || attribute === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ tag: name, attribute, url });
        }
      }
    }
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.get('content') ?? '')?.[1];
      if (url) refs.push({ tag: name, attribute: 'content', url: url.trim() });
    }
  }
  return refs;
}

/** Fragment targets a page defines. */
export function htmlAnchors(tags: readonly HtmlTag[]): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attributes } of tags) {
    const id = attributes.get('id');
    if (id) anchors.add(id);
    if (name === 'a' && attributes.get('name')) anchors.add(attributes.get('name')!);
  }
  return anchors;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
