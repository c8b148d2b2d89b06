// Pagefind segments Chinese twice, with two different tools: at index time with jieba
// (in the extended binary), at query time with the browser's Intl.Segmenter (ICU).
// They disagree ("工业和信息化" is 工业/和信/息/化 to one and 工业/和/信息/化 to the other),
// and a query word that is no word of the index finds nothing. Splitting the indexed text
// at ICU's word boundaries first makes the index hold the words a browser will ask for.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
/** Whether `text` holds a Han character: a first character of the common ideographs says so at once, and text below U+2E80 (where Han begins) holds none. */
function isHan(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fa5) return true;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x2e80) i++;
  return i < text.length && HAN.test(text);
}

/** Zero-width space: a word boundary to Pagefind, invisible in excerpts. */
export const WORD_BREAK = '\u200b';

/** The text with `separator` between every two neighbouring Chinese words. */
export function splitWords(text: string, separator: string): string {
  if (!isHan(text)) return text;
  let out = '';
  let previousHan = false;
  for (const { segment } of segmenter.segment(text)) {
    const han = isHan(segment);
    if (han && previousHan) out += separator;
    out += segment;
    previousHan = han;
  }
  return out;
}

// Pages repeat their labels and names many times; segmenting is the slow part of preparing them.
// ICU splits Chinese within each run of ideographs by its dictionary, and always breaks where a
// run meets punctuation, a space, a digit or a Latin letter: so a text of only those is split
// run by run, and each run once (a page's texts hold about 50 times fewer distinct runs than
// characters: the same names and labels between different amounts). A text holding anything
// else (kana, which ICU's dictionary joins to ideographs; combining marks and format characters,
// which join the character before them; rarer ideographs) is split whole, as a browser would.
const seenRuns = new Map<string, string>();
const seenTexts = new Map<string, string>();
const SEEN_LIMIT = 100_000;

/** For page text: word breaks nobody sees. */
export function segmentWords(text: string): string {
  // Most texts between tags are spaces, digits or empty: not worth a look-up in the cache.
  if (!isHan(text)) return text;
  return splitByRuns(text) ?? cached(seenTexts, text);
}

function cached(seen: Map<string, string>, text: string): string {
  let split = seen.get(text);
  if (split === undefined) {
    split = splitWords(text, WORD_BREAK);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, split);
  }
  return split;
}

/** The text split run by run of common ideographs (U+4E00–U+9FFF); undefined when it holds a character not known to break beside them. */
function splitByRuns(text: string): string | undefined {
  let out = '';
  let last = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (!breaksBesideIdeographs(c)) return undefined;
    if (runStart !== -1) {
      out += text.slice(last, runStart) + cached(seenRuns, text.slice(runStart, i));
      last = i;
      runStart = -1;
    }
  }
  return out + text.slice(last);
}

/**
 * ASCII, Latin-1 punctuation and letters (not the soft hyphen, a format character), the zero-width
 * space, general punctuation (not the joiners, marks and invisible operators), CJK punctuation
 * and full-width forms: characters ICU's word rules never join to an ideograph.
 */
function breaksBesideIdeographs(c: number): boolean {
  if (c < 0x80) return true;
  if (c < 0x2000) return c >= 0xa0 && c <= 0xff && c !== 0xad;
  if (c < 0x3000) return c === 0x200b || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
  if (c < 0xff00) return c <= 0x3003 || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f);
  return c >= 0xff01 && c <= 0xff65;
}
