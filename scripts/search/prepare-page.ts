// The copy of a built page that Pagefind indexes: the same markup without the regions
// Pagefind ignores, with amounts masked, Chinese text split where a browser will split the
// query, and the title given as the browser's words. Visitors never see this copy.
import { dropIgnored, mapText } from './html-text.ts';
import { maskAmountsInText } from './mask-amounts.ts';
import { segmentWords } from './segment-words.ts';
import { addTitleMeta } from './title-meta.ts';

export function prepareForIndex(html: string): string {
  return mapText(addTitleMeta(dropIgnored(html)), (text) => segmentWords(maskAmountsInText(text)));
}
