// Weight of a page on a first visit: its HTML plus every stylesheet, script and SVG it
// makes the browser load (and what those load in turn: CSS url()/@import, static JS
// imports), each gzipped on its own as a static host would send it. Links a visitor
// may follow (<a href>, canonical, downloads) and lazy `import()`s are not loaded, so
// they do not count.
import { gzipSync } from 'node:zlib';
import { cssRefs, jsRefs } from '../links/asset-refs.ts';
import { htmlRefs, startTags, type HtmlTag } from '../links/html-refs.ts';
import { resolveUrl, servedFile, urlOfFile } from '../links/resolve.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'svg' | 'other';

export interface PageWeight {
  page: string;
  /** Gzipped bytes per kind, and in all. */
  gzip: Record<AssetKind, number> & { total: number };
  /** Uncompressed bytes in all. */
  raw: number;
  /** The dist/ files counted besides the page itself, in load order. */
  assets: string[];
}

/** Reads a dist/ file (path relative to dist/), undefined when absent. */
export type ReadDist = (file: string) => Uint8Array | undefined;

const LOADED_LINK_RELS = new Set(['stylesheet', 'icon', 'modulepreload', 'preload', 'mask-icon', 'apple-touch-icon']);

/** The URLs of a page's start tags that the browser fetches while showing it. */
export function loadedUrls(tags: readonly HtmlTag[]): string[] {
  const loaded = tags.filter(({ name, attributes }) => {
    if (name === 'link') return (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).some((rel) => LOADED_LINK_RELS.has(rel));
    return name !== 'a' && name !== 'area' && name !== 'form' && name !== 'base';
  });
  const urls = htmlRefs(loaded)
    .filter((ref) => ref.attribute !== 'action' && ref.attribute !== 'cite' && ref.attribute !== 'formaction')
    .map((ref) => ref.url);
  return urls.filter((url) => url && !url.startsWith('#') && !url.startsWith('data:'));
}

/** Static imports only: a dynamic import() runs later, if ever (e.g. the search library). */
export function staticImports(js: string): string[] {
  return jsRefs(js.replace(/\bimport\s*\(\s*["'][^"']+["']\s*\)/g, 'null'));
}

export function assetKind(file: string): AssetKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'html') return 'html';
  if (ext === 'css') return 'css';
  if (ext === 'js' || ext === 'mjs') return 'js';
  return ext === 'svg' ? 'svg' : 'other';
}

export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length;
}

/** The weight of `page` (a dist/ path such as "departments/x/2023/index.html"). */
export function pageWeight(page: string, files: ReadonlySet<string>, read: ReadDist, base = '/'): PageWeight {
  const gzip = { html: 0, css: 0, js: 0, svg: 0, other: 0, total: 0 };
  let raw = 0;
  const seen = new Set<string>([page]);
  const assets: string[] = [];
  const queue: { file: string; urls: string[] }[] = [];
  const add = (file: string, bytes: Uint8Array) => {
    const size = gzipBytes(bytes);
    gzip[assetKind(file)] += size;
    gzip.total += size;
    raw += bytes.length;
  };
  const html = read(page);
  if (!html) throw new Error(`page weight: ${page} is not in dist/`);
  add(page, html);
  queue.push({ file: page, urls: loadedUrls(startTags(Buffer.from(html).toString('utf8'))) });
  while (queue.length) {
    const { file: from, urls } = queue.shift()!;
    for (const url of urls) {
      const resolved = resolveUrl(url, urlOfFile(from, base), base);
      if (resolved.kind !== 'internal') continue;
      const file = servedFile(resolved.path, files);
      if (!file || seen.has(file)) continue;
      seen.add(file);
      const bytes = read(file);
      if (!bytes) continue;
      assets.push(file);
      add(file, bytes);
      const kind = assetKind(file);
      const text = () => Buffer.from(bytes).toString('utf8');
      if (kind === 'css') queue.push({ file, urls: cssRefs(text()) });
      if (kind === 'js') queue.push({ file, urls: staticImports(text()) });
    }
  }
  return { page, gzip, raw, assets };
}

/** Department-year pages: departments/<slug>/<year>/index.html. */
export function isDepartmentYearPage(file: string): boolean {
  return /^departments\/[^/]+\/\d{4}\/index\.html$/.test(file);
}
