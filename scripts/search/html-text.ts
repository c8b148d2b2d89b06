// Rewrites the text of an HTML document and nothing else: tags, attribute values, comments
// and raw-text elements (script, style, title, textarea) pass through unchanged, and so
// does the text inside elements marked data-pagefind-ignore (Pagefind skips it anyway).
// Enough for Astro's well-formed output; not a general HTML parser.
// dropIgnored empties those regions before the page goes to Pagefind: its binary parses
// every byte it is given, and the charts and amount cells it would skip are most of a page.
//
// Pages are scanned once, character by character (scanPage), not by a regular expression per
// token: preparing the pages took about as much CPU as Pagefind's binary indexing them.
// MARKUP says what a token is; the scanner finds the same tokens and asks MARKUP itself
// wherever the markup is unusual (a quote in a tag name, an unclosed quote).

const MARKUP = /<!--[\s\S]*?-->|<(script|style|title|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/iy;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const IGNORED = /\sdata-pagefind-ignore(?=[\s=>/])/i;
/** Pagefind reads these anywhere, ignored regions included: a region holding one is kept whole. */
const PAGEFIND_DATA = /\sdata-pagefind-(?:filter|meta|sort)\b/i;
const RAW_TEXT = ['script', 'style', 'title', 'textarea'];

/**
 * A page in pieces, in order: markup and text outside ignored regions (`text[i]` true for text),
 * and each ignored region as its opening tag, its content (empty unless Pagefind reads a value
 * in it) and its closing tag. Joined, the pieces are dropIgnored's page.
 */
interface Pieces {
  pieces: string[];
  text: boolean[];
}

/** The markup token found by nextToken: [tokenStart, tokenEnd), and for a tag its name's span. */
let tokenStart = 0;
let tokenEnd = 0;
/** 0: a comment, declaration or raw-text element; 1: a start tag; 2: an end tag. */
let tokenKind = 0;
let nameStart = 0;
let nameEnd = 0;

/** Finds the first markup token at or after `from`, as MARKUP would; false when there is none. */
function nextToken(html: string, from: number): boolean {
  for (let at = html.indexOf('<', from); at !== -1; at = html.indexOf('<', at + 1)) {
    if (tokenAt(html, at)) return true;
  }
  return false;
}

function tokenAt(html: string, at: number): boolean {
  const next = html.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
    if (html.startsWith('--', at + 2)) {
      const end = html.indexOf('-->', at + 4);
      if (end !== -1) return found(at, end + 3, 0);
    }
    const end = html.indexOf('>', at + 2);
    return end !== -1 && found(at, end + 1, 0);
  }
  const closing = next === 47; /* / */
  const start = closing ? at + 2 : at + 1;
  if (!isLetter(html.charCodeAt(start))) return false;
  if (!closing) {
    const raw = rawTextEnd(html, start);
    if (raw !== -1) return found(at, raw, 0);
  }
  let i = start + 1;
  for (let c = html.charCodeAt(i); i < html.length && !isSpace(c) && c !== 47 && c !== 62; c = html.charCodeAt(++i)) {
    if (c === 34 || c === 39) return byExpression(html, at);
  }
  const name = i;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) {
      nameStart = start;
      nameEnd = name;
      return found(at, i + 1, closing ? 2 : 1);
    }
    if (c === 34 || c === 39) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return byExpression(html, at);
      i = close;
    }
  }
  return false;
}

function found(start: number, end: number, kind: number): true {
  tokenStart = start;
  tokenEnd = end;
  tokenKind = kind;
  return true;
}

/** Where MARKUP's script/style/title/textarea alternative ends when it matches at `start` (after "<"), else -1. */
function rawTextEnd(html: string, start: number): number {
  for (const name of RAW_TEXT) {
    if (!startsWithIgnoringCase(html, start, name) || isWordChar(html.charCodeAt(start + name.length))) continue;
    const open = html.indexOf('>', start + name.length);
    if (open === -1) return -1;
    for (let at = html.indexOf('</', open + 1); at !== -1; at = html.indexOf('</', at + 2)) {
      if (!startsWithIgnoringCase(html, at + 2, name)) continue;
      let i = at + 2 + name.length;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      if (html.charCodeAt(i) === 62) return i + 1;
    }
    return -1;
  }
  return -1;
}

/** MARKUP itself at `at`, for markup the scanner does not follow. */
function byExpression(html: string, at: number): boolean {
  MARKUP.lastIndex = at;
  const match = MARKUP.exec(html);
  if (!match) return false;
  if (match[1] !== undefined || match[0][1] === '!') return found(at, at + match[0].length, 0);
  const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(match[0])!;
  nameStart = at + 1 + tag[1].length;
  nameEnd = nameStart + tag[2].length;
  return found(at, at + match[0].length, tag[1] ? 2 : 1);
}

function startsWithIgnoringCase(html: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = html.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The lower-case name of the tag nextToken found. */
function tokenName(html: string): string {
  return html.slice(nameStart, nameEnd).toLowerCase();
}

/** Whether the start tag nextToken found opens an element (not void, not self-closed). */
function tokenOpens(html: string, name: string): boolean {
  return tokenKind === 1 && !VOID.has(name) && html.charCodeAt(tokenEnd - 2) !== 47;
}

/** The page in pieces (see Pieces): one scan, ignored regions tracked by their element's name and depth. */
function scanPage(html: string): Pieces {
  const pieces: string[] = [];
  const text: boolean[] = [];
  let last = 0;
  // The element that opened an ignored region, and how deep we are in elements of its name.
  let ignoredName: string | undefined;
  let regionStart = 0;
  let depth = 0;
  for (let from = 0; nextToken(html, from); from = tokenEnd) {
    if (ignoredName === undefined) {
      if (tokenStart > last) {
        pieces.push(html.slice(last, tokenStart));
        text.push(true);
      }
      pieces.push(html.slice(tokenStart, tokenEnd));
      text.push(false);
      last = tokenEnd;
      // The shortest tag that can open a region: <a data-pagefind-ignore>.
      if (tokenKind !== 1 || tokenEnd - tokenStart < 24 || !IGNORED.test(pieces[pieces.length - 1])) continue;
      const name = tokenName(html);
      if (!tokenOpens(html, name)) continue;
      ignoredName = name;
      depth = 1;
      regionStart = tokenEnd;
    } else if (tokenKind !== 0 && nameEnd - nameStart === ignoredName.length && tokenName(html) === ignoredName) {
      depth += tokenKind === 2 ? -1 : tokenOpens(html, ignoredName) ? 1 : 0;
      if (depth === 0) {
        const inner = html.slice(regionStart, tokenStart);
        pieces.push(PAGEFIND_DATA.test(inner) ? inner : '', html.slice(tokenStart, tokenEnd));
        text.push(false, false);
        last = tokenEnd;
        ignoredName = undefined;
      }
    }
  }
  pieces.push(html.slice(last));
  text.push(ignoredName === undefined);
  return { pieces, text };
}

export function mapText(html: string, rewrite: (text: string) => string): string {
  let out = '';
  let last = 0;
  let ignoredName: string | undefined;
  let depth = 0;
  for (let from = 0; nextToken(html, from); from = tokenEnd) {
    const text = html.slice(last, tokenStart);
    out += (ignoredName ? text : rewrite(text)) + html.slice(tokenStart, tokenEnd);
    last = tokenEnd;
    if (tokenKind === 0) continue;
    const name = tokenName(html);
    const opens = tokenOpens(html, name);
    if (ignoredName === undefined) {
      if (opens && IGNORED.test(html.slice(tokenStart, tokenEnd))) { ignoredName = name; depth = 1; }
    } else if (name === ignoredName) {
      depth += tokenKind === 2 ? -1 : opens ? 1 : 0;
      if (depth === 0) ignoredName = undefined;
    }
  }
  const rest = html.slice(last);
  return out + (ignoredName ? rest : rewrite(rest));
}

/**
 * The page with the content of every data-pagefind-ignore element removed (the element
 * itself stays, empty), except where the region holds a filter, meta or sort value.
 */
export function dropIgnored(html: string): string {
  return scanPage(html).pieces.join('');
}

/**
 * dropIgnored's page with `rewrite` applied to its text outside ignored regions (mapText), and
 * `insert(dropped)` (a position of dropIgnored's page and the markup to put there, or undefined)
 * put in first. When the position falls inside a token or a text, dropIgnored's page alone:
 * the caller inserts and maps the text itself.
 */
export function dropIgnoredAndMapText(
  html: string,
  rewrite: (text: string) => string,
  insert: (dropped: string) => { at: number; markup: string } | undefined,
): string | { dropped: string } {
  const { pieces, text } = scanPage(html);
  const dropped = pieces.join('');
  const inserted = insert(dropped);
  let at = 0;
  let placed = inserted === undefined;
  for (let i = 0; i < pieces.length; i++) {
    if (!placed && at === inserted!.at) {
      pieces.splice(i, 0, inserted!.markup);
      text.splice(i, 0, false);
      placed = true;
      continue;
    }
    at += pieces[i].length;
    if (!placed && at > inserted!.at) return { dropped };
    if (text[i] && pieces[i]) pieces[i] = rewrite(pieces[i]);
  }
  if (!placed) {
    if (at !== inserted!.at) return { dropped };
    pieces.push(inserted!.markup);
  }
  return pieces.join('');
}
