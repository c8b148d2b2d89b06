// Link integrity of a built site: every internal link, asset, download, sitemap entry and
// in-page anchor in dist/ must lead to a file (and an id) that exists. What each file defines
// and links to is read once per version of its bytes (links/parsed-files.ts keeps it between
// builds); every link is checked against this build's files and ids.
// CLI: node scripts/check-links.ts [--dist dist] [--base /portal/]   (exit 1 when broken)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseBuildArgs } from './build-args.ts';
import { codeVersion } from './code-version.ts';
import { startTags } from './links/html-refs.ts';
import { isPathAbsolute, resolveUrl, servedFile, urlOfFile, type Resolved } from './links/resolve.ts';
import { ParsedFiles } from './links/parsed-files.ts';
import { parseFile, parsedKind } from './links/parse-file.ts';

export const LINKS_CACHE_DIR = 'node_modules/.cache/portal-links';
const RESOLVED_KEPT = 100_000;

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
  /** Where what was read from each file is kept between builds (links/parsed-files.ts); false: every file parsed, nothing kept. */
  cache?: string | false;
}

export async function checkLinks(dist: string, base = '/', options: LinkCheckOptions = {}): Promise<LinkCheck> {
  const files = await listFiles(dist);
  const site = options.site ?? canonicalOrigin(files.has('index.html') ? await readFile(join(dist, 'index.html'), 'utf8') : '');
  const result: LinkCheck = { pages: 0, links: 0, external: 0, broken: [] };
  const seen = new Set<string>();
  const fail = (from: string, url: string, reason: string) => {
    if (!seen.has(`${from}\n${url}`)) result.broken.push({ from, url, reason });
    seen.add(`${from}\n${url}`);
  };
  // Links into another page's ids are checked once every page has been read. Only those links
  // are kept (target → id → the files linking to it), and each page's ids as one string of its
  // own: never a page's links or a string cut from its HTML (a substring keeps the whole page
  // in memory), so memory follows the site's ids and cross-page anchors, not its HTML.
  const ids = new Map<string, string>();
  const pending = new Map<string, Map<string, string[]>>();
  // Most URLs are path-absolute ("/departments/…", from every page's navigation): each is
  // resolved once, not on every page (a bounded memory: the map is emptied when full; its keys
  // are copies of the URLs, not cuts from a page's text, links/page-links.ts).
  const absolute = new Map<string, Resolved>();
  const check = (from: string, urls: string[], ownAnchors?: () => Set<string>) => {
    const fromUrl = urlOfFile(from, base);
    for (const url of urls) {
      let resolved = absolute.get(url);
      if (!resolved) {
        resolved = resolveUrl(url, fromUrl, base, site);
        if (isPathAbsolute(url)) {
          if (absolute.size >= RESOLVED_KEPT) absolute.clear();
          absolute.set(url, resolved);
        }
      }
      if (resolved.kind === 'external') { result.external++; continue; }
      result.links++;
      if (resolved.kind === 'bad') { fail(from, url, resolved.reason); continue; }
      const target = servedFile(resolved.path, files);
      if (!target) { fail(from, url, 'no such file'); continue; }
      const fragment = resolved.fragment;
      if (!fragment || fragment === 'top' || !target.endsWith('.html')) continue;
      if (target === from && ownAnchors) {
        if (!ownAnchors().has(fragment)) fail(from, url, missingId(fragment, target));
        continue;
      }
      const wanted = pending.get(target) ?? new Map<string, string[]>();
      pending.set(target, wanted);
      const froms = wanted.get(fragment) ?? [];
      wanted.set(fragment, froms);
      if (froms.at(-1) !== from) froms.push(from);
    }
  };
  const cache = new ParsedFiles(options.cache === false ? undefined : join(options.cache ?? LINKS_CACHE_DIR, `${createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 16)}.jsonl`), await codeVersion(new URL('./links/parse-file.ts', import.meta.url), new URL('./links/parsed-files.ts', import.meta.url)));
  try {
    for (const file of files) {
      const kind = parsedKind(file);
      if (!kind) continue;
      // Read synchronously: one page after another, without a thread-pool round trip for each.
      const bytes = readFileSync(join(dist, file));
      const hash = createHash('sha256').update(bytes).digest('hex');
      const parsed = cache.parsed(file, hash, () => parseFile(kind, bytes));
      const { anchors } = parsed;
      if (anchors) {
        let own: Set<string> | undefined;
        result.pages++;
        ids.set(file, anchors.join('\n'));
        check(file, parsed.urls, () => (own ??= new Set(anchors)));
      } else check(file, parsed.urls);
    }
  } catch (error) {
    cache.abandon();
    throw error;
  }
  cache.close();
  for (const [target, wanted] of pending) {
    const anchors = new Set(ids.get(target)!.split('\n'));
    for (const [fragment, froms] of wanted) {
      if (!anchors.has(fragment)) for (const from of froms) fail(from, `${urlOfFile(target, base)}#${fragment}`, missingId(fragment, target));
    }
  }
  result.broken.sort((a, b) => a.from.localeCompare(b.from));
  return result;
}

function missingId(fragment: string, target: string): string {
  return `no element with id "${fragment}" in ${target}`;
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
