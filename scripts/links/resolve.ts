// Where a URL found in dist/ points: outside the site (not checked), to a file of the
// site (checked), or nowhere a visitor should be sent (javascript:, outside the base).

/** Stands in for the site's own origin when resolving relative URLs. */
export const LOCAL_ORIGIN = 'http://portal.invalid';

export type Resolved =
  | { kind: 'external' }
  | { kind: 'internal'; path: string; fragment: string }
  | { kind: 'bad'; reason: string };

const FORBIDDEN_SCHEMES = new Set(['javascript:', 'vbscript:', 'file:']);

/**
 * `from` is the absolute URL path of the referring file ("/portal/departments/x/").
 * `site` is the production origin (canonical links, sitemap): it counts as internal.
 * An internal `path` is relative to dist/ and decoded ("" is the home page).
 */
export function resolveUrl(url: string, from: string, base: string, site?: string): Resolved {
  let target: URL;
  try {
    target = new URL(url, LOCAL_ORIGIN + from);
  } catch {
    return { kind: 'bad', reason: 'not a valid URL' };
  }
  if (FORBIDDEN_SCHEMES.has(target.protocol)) return { kind: 'bad', reason: `${target.protocol} URL` };
  const own = target.origin === LOCAL_ORIGIN || (site !== undefined && target.origin === new URL(site).origin);
  if (!own) return { kind: 'external' };
  if (!target.pathname.startsWith(base)) return { kind: 'bad', reason: `outside the base path ${base}` };
  try {
    return { kind: 'internal', path: decodeURIComponent(target.pathname.slice(base.length)), fragment: decodeURIComponent(target.hash.slice(1)) };
  } catch {
    return { kind: 'bad', reason: 'malformed percent-encoding' };
  }
}

/**
 * Whether `url` is path-absolute ("/a/b#c"): it resolves the same from every page, the page's
 * URL giving only the origin. Not "//host" or "/\\host" (another host), nor a URL holding a tab
 * or line break, which the URL parser removes (so "/\t/host" would be "//host").
 */
export function isPathAbsolute(url: string): boolean {
  return url.charCodeAt(0) === 47 && url.charCodeAt(1) !== 47 && url.charCodeAt(1) !== 92 && !/[\t\n\r]/.test(url);
}

/** The dist/ file a static host serves for an internal path, if there is one. */
export function servedFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** The URL path a dist/ file is served at ("a/index.html" → "/base/a/"). */
export function urlOfFile(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return base + encodeURI(path);
}
