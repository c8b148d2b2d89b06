// Pagefind segments Chinese twice, with two different tools: at index time with jieba
// (in the extended binary), at query time with the browser's Intl.Segmenter (ICU).
// They disagree ("工业和信息化" is 工业/和信/息/化 to one and 工业/和/信息/化 to the other),
// and a query word that is no word of the index finds nothing. Splitting the indexed text
// at ICU's word boundaries first makes the index hold the words a browser will ask for.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
/** Zero-width space: a word boundary to Pagefind, invisible in excerpts. */
export const WORD_BREAK = '\u200b';

/** The text with `separator` between every two neighbouring Chinese words. */
export function splitWords(text: string, separator: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  let previousHan = false;
  for (const { segment } of segmenter.segment(text)) {
    const han = HAN.test(segment);
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
  let split = seen.get(text);
  if (split === undefined) {
    split = splitWords(text, WORD_BREAK);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, split);
  }
  return split;
}
