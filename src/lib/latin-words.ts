// Words in Latin letters on a Chinese page. Readers of the portal read Chinese; the only
// Latin words they should meet are the names of file formats and units they know, codes,
// file names and addresses. The site uses this to tell a Chinese sentence from one that is
// still English (and word it from data instead); a browser test runs it over every page.

/** Latin words a page may show: formats and standards a reader meets in downloads and sources. */
export const ALLOWED_LATIN_WORDS: ReadonlySet<string> = new Set([
  'JSON', 'CSV', 'PDF', 'SHA', 'Schema', 'UTF', 'BOM', 'Excel', 'CC', 'BY',
]);

// File names (seeds/000_x.txt), web addresses, hexadecimal digests and ids are not words.
const NOT_WORDS = [
  /\bhttps?:\/\/\S+/gi,
  /[\w./-]*\w\.(?:txt|md|pdf|jsonl?|csv|xml|html)\b/gi,
  /\b[0-9a-f]{16,64}\b/gi,
];

const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

/**
 * The Latin words of `text` that are neither allowed nor among `extra` (words the reports
 * themselves print, such as a name with letters in it): empty for a Chinese sentence.
 */
export function latinWords(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  let rest = text;
  for (const pattern of NOT_WORDS) rest = rest.replace(pattern, ' ');
  return (rest.match(WORD) ?? []).filter((w) => !ALLOWED_LATIN_WORDS.has(w) && !extra.has(w) && !extra.has(w.toLowerCase()));
}

/** True when a reader of Chinese can read the text as it is. */
export function readsAsChinese(text: string): boolean {
  return latinWords(text).length === 0;
}
