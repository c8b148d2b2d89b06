// Which of the site's pages this `astro build` renders. scripts/astro-build.ts runs one build per
// core at once and tells each its share as PORTAL_SHARD="k/n" (k from 0). The pages of one
// department (its page and its years), one source, one subject and one region fall in one share,
// chosen by a hash of that key, so each build renders about 1/n of them and a department's pages
// are rendered one after another (content-store.ts keeps the department-years read last).
// The pages that are not one of many (the home page, the lists) are rendered by every build.
// Without PORTAL_SHARD, every page.

export interface Shard {
  index: number;
  count: number;
}

/** "k/n" → the k-th of n shares; anything else is an error (a typo must not drop pages silently). */
export function parseShard(text: string | undefined): Shard | undefined {
  if (text === undefined || text === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
  if (!shard || shard.count < 1 || shard.index >= shard.count) throw new Error(`PORTAL_SHARD must be "k/n" with 0 ≤ k < n, not "${text}"`);
  return shard;
}

/** The items whose pages this build renders. */
export function inShard<T>(items: readonly T[], key: (item: T) => string, shard = parseShard(process.env.PORTAL_SHARD)): T[] {
  if (!shard || shard.count === 1) return [...items];
  return items.filter((item) => shareOf(key(item), shard.count) === shard.index);
}

/** FNV-1a over the key's UTF-16 code units: the same share on every machine and every build. */
export function shareOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}
