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

// Pages repeat their labels and names many times; segmenting is the slow part of indexing.
const seen = new Map<string, string>();
const SEEN_LIMIT = 100_000;

/** For page text: word breaks nobody sees. */
export function segmentWords(text: string): string {
  // Most texts between tags are spaces, digits or empty: not worth a look-up in the cache.
  if (!isHan(text)) return text;
  let split = seen.get(text);
  if (split === undefined) {
    split = splitWords(text, WORD_BREAK);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, split);
  }
  return split;
}
