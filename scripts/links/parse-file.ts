// What the link check reads from a file of the built site: the ids a page defines and the
// URLs a file refers to. Files of other kinds hold no links the check follows.
import { cssRefs, jsRefs, robotsRefs, sitemapRefs } from './asset-refs.ts';
import { pageLinks } from './page-links.ts';
import type { ParsedFile } from './parsed-files.ts';

export type ParsedKind = 'html' | 'css' | 'js' | 'sitemap' | 'robots';

export function parsedKind(file: string): ParsedKind | undefined {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(file)) return 'js';
  if (/^sitemap[^/]*\.xml$/.test(file)) return 'sitemap';
  if (file === 'robots.txt') return 'robots';
  return undefined;
}

/** The ids a file defines (pages only) and the URLs it refers to, in order. */
export function parseFile(kind: ParsedKind, bytes: Buffer): ParsedFile {
  if (kind === 'html') return pageLinks(bytes);
  const refs = { css: cssRefs, js: jsRefs, sitemap: sitemapRefs, robots: robotsRefs }[kind];
  return { urls: refs(bytes.toString('utf8')) };
}

