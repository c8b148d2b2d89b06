// The cacheKey of a page that Astro's incremental build may reuse from the last build: a hash
// of exactly what the page shows that is not in its code (Astro hashes the code itself), plus
// the facts every page prints (the data's update day). Equal keys, equal pages.
import { createHash } from 'node:crypto';
import { dataUpdated } from './site-facts.ts';

export function pageKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  hash.update(dataUpdated());
  for (const part of parts) hash.update('\0').update(typeof part === 'string' ? part : JSON.stringify(part) ?? '');
  return hash.digest('hex').slice(0, 32);
}
