// The astro builds that render their shares of the pages at once (scripts/astro-build.ts):
// every page falls in exactly one share, a department's pages in one, the same on every run.
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shareOf } from '../../src/lib/build-shard.ts';
import { shardCount } from '../../scripts/astro-build.ts';

const slugs = Array.from({ length: 1000 }, (_, i) => `dept-${i}`);

describe('a build\'s share of the pages', () => {
  it('is every page without PORTAL_SHARD, or with one share', () => {
    expect(inShard(slugs, (s) => s, undefined)).toEqual(slugs);
    expect(inShard(slugs, (s) => s, parseShard('0/1'))).toEqual(slugs);
  });

  it('splits the pages into shares that together are every page once, of about equal size', () => {
    const shares = [0, 1, 2].map((k) => inShard(slugs, (s) => s, { index: k, count: 3 }));
    expect(shares.flat().sort()).toEqual([...slugs].sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(280);
  });

  it('puts a key in the same share on every run (FNV-1a of the key)', () => {
    // 0x811c9dc5 ^ 'a' (0x61) × 0x01000193, as a 32-bit unsigned integer: 0xe40c292c.
    expect(shareOf('a', 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    // A department's page and its years share one key (its slug): one share for all.
    const years = ['dept-7', 'dept-7', 'dept-7'].map((slug, i) => ({ slug, year: 2021 + i }));
    expect(new Set([0, 1].flatMap((k) => inShard(years, (y) => y.slug, { index: k, count: 2 }).length ? [k] : [])).size).toBe(1);
  });

  it('refuses a PORTAL_SHARD it cannot read rather than dropping pages', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    for (const bad of ['2/2', '1', 'a/b', '0/0', '-1/2']) expect(() => parseShard(bad)).toThrow(`PORTAL_SHARD must be "k/n" with 0 ≤ k < n, not "${bad}"`);
  });
});

describe('how many astro builds', () => {
  it('is one per core, at most four, and one for an output folder outside the project', () => {
    expect(shardCount('dist', '/work/p', 2)).toBe(2);
    expect(shardCount('/work/p/node_modules/.cache/x/dist', '/work/p', 8)).toBe(4);
    expect(shardCount('/srv/www', '/work/p', 2)).toBe(1);
    expect(shardCount('../site', '/work/p', 2)).toBe(1);
  });
});
