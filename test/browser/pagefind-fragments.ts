// The pages as Pagefind indexed them, read back from dist/pagefind/fragment/: each
// fragment is gzip of a short signature followed by the page's JSON (url, content, meta,
// filters). Lets a test see exactly which words went into the index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  /** The indexed text; Chinese words separated by zero-width spaces. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page of both indexes: the first one's and that of departments' earlier years. */
export function indexedPages(dist: string): IndexedPage[] {
  const dirs = [join(dist, 'pagefind', 'fragment'), join(dist, 'pagefind', 'earlier', 'fragment')].filter((dir) => existsSync(dir));
  return dirs
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).map((f) => join(dir, f)))
    .map((file) => {
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The indexed words of a page: Pagefind's content split at spaces and zero-width spaces. */
export function indexedWords(page: IndexedPage): string[] {
  return page.content.split(/[\s\u200b]+/).filter(Boolean);
}
