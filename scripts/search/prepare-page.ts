// The copy of a built page that Pagefind indexes: the same markup without the regions
// Pagefind ignores, with amounts masked, Chinese text split where a browser will split the
// query, and the title given as the browser's words. Visitors never see this copy.
import { dropIgnoredAndMapText, mapText } from './html-text.ts';
import { maskAmountsInText } from './mask-amounts.ts';
import { segmentWords } from './segment-words.ts';
import { addTitleMeta, titleMeta } from './title-meta.ts';

const rewrite = (text: string) => segmentWords(maskAmountsInText(text));

/** mapText(addTitleMeta(dropIgnored(html)), rewrite), in one scan of the page where the title meta goes between two tokens. */
export function prepareForIndex(html: string): string {
  const prepared = dropIgnoredAndMapText(html, rewrite, titleMeta);
  return typeof prepared === 'string' ? prepared : mapText(addTitleMeta(prepared.dropped), rewrite);
}
