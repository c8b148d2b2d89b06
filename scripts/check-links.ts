// Link integrity of a built site: every internal link, asset, download, sitemap entry and
// in-page anchor in dist/ must lead to a file (and an id) that exists.
// CLI: node scripts/check-links.ts [--dist dist] [--base /portal/]   (exit 1 when broken)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseBuildArgs } from './build-args.ts';
import { cssRefs, jsRefs, robotsRefs, sitemapRefs } from './links/asset-refs.ts';
import { htmlAnchors, htmlRefs, startTags } from './links/html-refs.ts';
import { resolveUrl, servedFile, urlOfFile } from './links/resolve.ts';

export interface BrokenLink {
  /** The dist/ file holding the link. */
  from: string;
  url: string;
  reason: string;
}

export interface LinkCheck {
  pages: number;
  /** Internal URLs checked (every occurrence). */
  links: number;
  /** URLs to other sites, not followed. */
  external: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** Production origin ("https://example.org"); by default read from the home page's canonical link. */
  site?: string;
}

export async function checkLinks(dist: string, base = '/', options: LinkCheckOptions = {}): Promise<LinkCheck> {
  const files = await listFiles(dist);
  const anchors = new Map<string, Set<string>>();
  const refs: { from: string; urls: string[] }[] = [];
  for (const file of files) {
    const text = () => readFile(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      const tags = startTags(await text());
      anchors.set(file, htmlAnchors(tags));
      refs.push({ from: file, urls: htmlRefs(tags).map((r) => r.url) });
    } else if (file.endsWith('.css')) refs.push({ from: file, urls: cssRefs(await text()) });
    else if (/\.m?js$/.test(file)) refs.push({ from: file, urls: jsRefs(await text()) });
    else if (/^sitemap[^/]*\.xml$/.test(file)) refs.push({ from: file, urls: sitemapRefs(await text()) });
    else if (file === 'robots.txt') refs.push({ from: file, urls: robotsRefs(await text()) });
  }
  const site = options.site ?? canonicalOrigin(files.has('index.html') ? await readFile(join(dist, 'index.html'), 'utf8') : '');

  const result: LinkCheck = { pages: anchors.size, links: 0, external: 0, broken: [] };
  const seen = new Set<string>();
  const fail = (from: string, url: string, reason: string) => {
    if (!seen.has(`${from}\n${url}`)) result.broken.push({ from, url, reason });
    seen.add(`${from}\n${url}`);
  };
  for (const { from, urls } of refs) {
    for (const url of urls) {
      const resolved = resolveUrl(url, urlOfFile(from, base), base, site);
      if (resolved.kind === 'external') { result.external++; continue; }
      result.links++;
      if (resolved.kind === 'bad') { fail(from, url, resolved.reason); continue; }
      const target = servedFile(resolved.path, files);
      if (!target) fail(from, url, 'no such file');
      else if (resolved.fragment && resolved.fragment !== 'top' && anchors.has(target) && !anchors.get(target)!.has(resolved.fragment)) fail(from, url, `no element with id "${resolved.fragment}" in ${target}`);
    }
  }
  return result;
}

export function describeLinkCheck(check: LinkCheck, limit = 40): string {
  const head = `links: ${check.pages} pages, ${check.links} internal links checked, ${check.external} external not followed, ${check.broken.length} broken`;
  const lines = check.broken.slice(0, limit).map((b) => `  ${b.from} → ${b.url} (${b.reason})`);
  if (check.broken.length > limit) lines.push(`  … and ${check.broken.length - limit} more`);
  return [head, ...lines].join('\n');
}

async function listFiles(dist: string): Promise<Set<string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/')).sort());
}

function canonicalOrigin(homePage: string): string | undefined {
  const canonical = startTags(homePage).find((t) => t.name === 'link' && t.attributes.get('rel') === 'canonical')?.attributes.get('href');
  try {
    return canonical ? new URL(canonical).origin : undefined;
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const { dist, base } = parseBuildArgs(process.argv.slice(2));
  const check = await checkLinks(dist, base);
  console.log(describeLinkCheck(check));
  if (check.broken.length) process.exitCode = 1;
}
