// The version of a piece of build code, for caches keyed by what an output is made from: a
// hash of a module, every module it imports from this project (followed through relative
// imports), and the version of every package they import by name. A change to any of them
// changes the version, so a cache made by older code is never read.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const SPECIFIER = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

export async function codeVersion(...entries: URL[]): Promise<string> {
  const root = new URL('../', import.meta.url);
  const seen = new Set<string>();
  const packages = new Set<string>();
  const h = createHash('sha256');
  const visit = async (url: URL): Promise<void> => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    // A relative specifier that names no file (in a comment, say) counts as missing.
    const text = await readFile(url, 'utf8').catch(() => '\0missing');
    // Paths relative to the project: the same code checked out elsewhere has the same version.
    h.update(url.href.startsWith(root.href) ? url.href.slice(root.href.length) : url.href).update('\0').update(text).update('\0');
    for (const [, specifier] of text.matchAll(SPECIFIER)) {
      if (/^\.{1,2}\//.test(specifier)) await visit(new URL(specifier, url));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  };
  for (const entry of entries) await visit(entry);
  for (const name of [...packages].sort()) {
    const manifest = await readFile(new URL(`node_modules/${name}/package.json`, root), 'utf8').catch(() => '{}');
    h.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? '?'}\0`);
  }
  return h.digest('hex');
}

/** "astro/zod" → "astro", "@scope/pkg/sub" → "@scope/pkg". */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
