// URLs referred to from files other than HTML pages: stylesheets (url(), @import),
// the site's JavaScript modules (static and dynamic imports with literal paths),
// sitemaps (<loc>) and robots.txt (Sitemap:).
import { decodeEntities } from './html-refs.ts';

export function cssRefs(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) urls.push(m[1] ?? m[2] ?? m[3]);
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(m[1] ?? m[2]);
  return urls.filter((u) => u && !u.startsWith('#'));
}

/** Relative module specifiers only: bare ones ("d3") would have been bundled. */
export function jsRefs(js: string): string[] {
  const urls: string[] = [];
  const patterns = [/\b(?:import|export)\s*[^"'`;()]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\bimport\s*["']([^"']+)["']/g];
  for (const pattern of patterns) for (const m of js.matchAll(pattern)) urls.push(m[1]);
  return [...new Set(urls)].filter((u) => /^(\.{1,2}\/|\/)/.test(u));
}

export function sitemapRefs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeEntities(m[1]));
}

export function robotsRefs(text: string): string[] {
  return [...text.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => m[1]);
}
