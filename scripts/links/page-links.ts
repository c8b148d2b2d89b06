// The anchors and URLs of a page, exactly as htmlAnchors(startTags(page)) and
// htmlRefs(startTags(page)) find them, in one scan that keeps only the attributes the link check
// reads: startTags builds a map of every attribute of every tag, most of the check's time.
//
// The page is scanned as its bytes read as Latin-1 (one character a byte, nothing decoded):
// the markup Astro writes is ASCII, and a value holding other bytes is decoded from its own
// bytes. Where a byte above 0x7f stands in a tag outside quotes (where startTags would match
// \s against the decoded character), the page is read by startTags itself.
import { decodeEntities, htmlAnchors, htmlRefs, startTags } from './html-refs.ts';
import type { ParsedFile } from './parsed-files.ts';

/** The attributes the check reads; each kept at its first occurrence in a tag, as startTags keeps them. */
const KEYS = ['href', 'src', 'action', 'poster', 'xlink:href', 'formaction', 'cite', 'background', 'data', 'srcset', 'imagesrcset', 'id', 'name', 'http-equiv', 'content'];
const [DATA, SRCSET, IMAGESRCSET, NAME, HTTP_EQUIV, CONTENT] = [8, 9, 10, 12, 13, 14];
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];
const NAMES = ['a', 'meta', 'object', ...RAW_TEXT];
const RAW_TEXT_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, 'ig')]));

class NotAscii extends Error {}

export function pageLinks(bytes: Buffer): ParsedFile {
  try {
    return scan(bytes.toString('latin1'), bytes);
  } catch (error) {
    if (!(error instanceof NotAscii)) throw error;
    const tags = startTags(bytes.toString('utf8'));
    return { anchors: [...htmlAnchors(tags)], urls: htmlRefs(tags).map((r) => r.url) };
  }
}

/** `html`: the page's bytes as Latin-1. */
function scan(html: string, bytes: Buffer): ParsedFile {
  const anchors = new Set<string>();
  const urls: string[] = [];
  const length = html.length;
  // The tag (its number) in which each of KEYS was last seen: a tag keeps each attribute's first value.
  const seenIn = KEYS.map(() => 0);
  let tag = 0;
  const value = (start: number, end: number): string => {
    // Copied from the bytes, never cut from `html`: a cut keeps the whole page alive as long
    // as the value is (the link check keeps path-absolute URLs, 1.2 GB of pages at 5,000).
    let text = bytes.toString(hasHighByte(html, start, end) ? 'utf8' : 'latin1', start, end);
    if (text.includes('&')) text = decodeEntities(text);
    return text;
  };
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? length : end + 3;
      continue;
    }
    // The name, as /^<([a-zA-Z][^\s/>]*)/ finds it in the next 64 characters.
    if (!isLetter(html.charCodeAt(at + 1))) { at++; continue; }
    const nameStart = at + 1;
    let end = at + 2;
    for (const limit = Math.min(length, at + 64); end < limit; end++) {
      const c = html.charCodeAt(end);
      if (c === 47 || c === 62 || isSpace(c)) break;
    }
    // Only these names matter: no string is made for the others.
    const name = nameOf(html, nameStart, end);
    tag++;
    let id = '';
    let anchorName = '';
    let httpEquiv: string | undefined;
    let content: string | undefined;
    // Attributes, as /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y matches them one after another.
    for (;;) {
      let i = end;
      for (let c = html.charCodeAt(i); i < length && (c === 47 || isSpace(c)); c = html.charCodeAt(++i));
      const keyStart = i;
      for (let e = ENDS_KEY[html.charCodeAt(i)]; i < length && e !== 1; e = ENDS_KEY[html.charCodeAt(++i)]) if (e === 2) throw new NotAscii();
      if (i === keyStart) break;
      const keyEnd = i;
      let valueStart = -1;
      let valueEnd = -1;
      let j = i;
      while (j < length && isSpace(html.charCodeAt(j))) j++;
      if (html.charCodeAt(j) === 61) {
        j++;
        while (j < length && isSpace(html.charCodeAt(j))) j++;
        const quote = html.charCodeAt(j);
        const close = quote === 34 || quote === 39 ? html.indexOf(quote === 34 ? '"' : "'", j + 1) : -1;
        if (close !== -1) {
          valueStart = j + 1;
          valueEnd = close;
          i = close + 1;
        } else {
          let k = j;
          for (let c = html.charCodeAt(k); k < length && !(c === 62 || isSpace(c)); c = html.charCodeAt(++k));
          if (k > j) {
            valueStart = j;
            valueEnd = i = k;
          }
        }
      }
      end = i;
      const key = keyOf(html, keyStart, keyEnd);
      if (key === -1 || seenIn[key] === tag || (key === DATA && name !== 'object')) continue;
      seenIn[key] = tag;
      // A name is read only on <a>, http-equiv and content only on <meta>: their values are decoded there alone.
      if (key === NAME || key === HTTP_EQUIV || key === CONTENT) {
        if (name !== (key === NAME ? 'a' : 'meta')) continue;
        const text = valueStart === -1 ? '' : value(valueStart, valueEnd);
        if (key === NAME) anchorName = text;
        else if (key === HTTP_EQUIV) httpEquiv = text;
        else content = text;
        continue;
      }
      const text = valueStart === -1 ? '' : value(valueStart, valueEnd);
      if (key <= DATA) urls.push(text.trim());
      else if (key === SRCSET || key === IMAGESRCSET) {
        for (const candidate of text.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
      } else id = text;
    }
    if (id) anchors.add(id);
    if (anchorName) anchors.add(anchorName);
    if (httpEquiv?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(content ?? '')?.[1];
      if (url) urls.push(url.trim());
    }
    const close = html.indexOf('>', end);
    at = close === -1 ? length : close + 1;
    const endTag = name && RAW_TEXT_END.get(name);
    if (endTag) {
      endTag.lastIndex = at;
      at = endTag.exec(html)?.index ?? length;
    }
  }
  return { anchors: [...anchors], urls };
}

/** KEYS by length and first letter (length × 128 + the letter's code). */
const KEYS_BY_SHAPE: number[][] = [];
for (const [k, key] of KEYS.entries()) (KEYS_BY_SHAPE[key.length * 128 + key.charCodeAt(0)] ??= []).push(k);

/** The index in KEYS of the attribute name html[start, end), compared without case; -1 for another. */
function keyOf(html: string, start: number, end: number): number {
  if (end - start > 11) return -1;
  const first = html.charCodeAt(start);
  const candidates = KEYS_BY_SHAPE[(end - start) * 128 + (first >= 65 && first <= 90 ? first + 32 : first)];
  if (candidates) for (const k of candidates) if (startsWithIgnoringCase(html, start, KEYS[k])) return k;
  return -1;
}

/** The tag's name if it is one of NAMES (compared without case), else undefined. */
function nameOf(html: string, start: number, end: number): string | undefined {
  if (end - start > 8) return undefined;
  for (const name of NAMES) if (name.length === end - start && startsWithIgnoringCase(html, start, name)) return name;
  return undefined;
}

/**
 * For each character of a Latin-1 reading: 1 where an attribute's name ends ([^\s"'>/=] no
 * more), 2 for a byte above 0x7f (see isSpace), 0 within a name.
 */
const ENDS_KEY = new Uint8Array(256).map((_, c) => (c > 0x7f ? 2 : c === 34 || c === 39 || c === 62 || c === 47 || c === 61 || isSpace(c) ? 1 : 0));

function startsWithIgnoringCase(html: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = html.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function hasHighByte(html: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (html.charCodeAt(i) > 0x7f) return true;
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** \s for an ASCII character; a byte above 0x7f read as Latin-1 is part of a character only UTF-8 decoding tells. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c > 0x7f) throw new NotAscii();
  return false;
}
