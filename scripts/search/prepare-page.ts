// The copy of a built page that Pagefind indexes: the same markup, with amounts masked
// and Chinese text split where a browser will split the query. Visitors never see it.
import { mapText } from './html-text.ts';
import { maskAmountsInText } from './mask-amounts.ts';
import { segmentWords } from './segment-words.ts';

export function prepareForIndex(html: string): string {
  return mapText(html, (text) => segmentWords(maskAmountsInText(text)));
}
