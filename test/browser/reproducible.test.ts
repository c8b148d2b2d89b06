// Reproducible builds: two full builds from the same seeds give byte-identical downloads,
// content, pages, assets and search index (no timestamps, no random or arrival order); a
// rebuild that reuses the last build (ingest cache, Astro's incremental build) after a report
// was added gives the same site as a build from nothing; and three `astro build`s rendering
// their shares of the pages at once (scripts/astro-build.ts) give the same site as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TEST_ROOT, prepareTestSeeds, runBuild } from './test-site.ts';

/**
 * A build from nothing (--fresh: no ingest cache, every page rendered), or again over the last
 * one; `without` leaves one seed report out.
 */
function build(name: string, { fresh = true, without, astroBuilds }: { fresh?: boolean; without?: string; astroBuilds: number }): { content: string; dist: string } {
  const content = join(TEST_ROOT, `repro-${name}`, 'content');
  const dist = join(TEST_ROOT, `repro-${name}`, 'dist');
  const seeds = prepareTestSeeds();
  if (without) rmSync(join(seeds, without));
  const result = runBuild(['--seeds', seeds, '--content', content, '--dist', dist, '--astro-builds', String(astroBuilds), ...(fresh ? ['--fresh'] : [])]);
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return { content, dist };
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

/** Files present in only one tree, or different between the two. */
function differences(a: string, b: string, only: (file: string) => boolean = () => true): string[] {
  const left = files(a).filter(only);
  const right = files(b).filter(only);
  const missing = [...left.filter((f) => !right.includes(f)), ...right.filter((f) => !left.includes(f))].map((f) => `${f}: in one build only`);
  const changed = left.filter((f) => right.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).map((f) => `${f}: differs`);
  return [...missing, ...changed];
}

describe('a build from nothing and a rebuild after a report was added, by three astro builds and by one', () => {
  let first: { content: string; dist: string };
  let second: { content: string; dist: string };
  beforeAll(() => {
    // The first build is made without one report; the second over it, with every report and its caches.
    build('a', { without: '002_6072ead37e57a340.txt', astroBuilds: 3 });
    first = build('a', { fresh: false, astroBuilds: 3 });
    second = build('b', { astroBuilds: 1 });
  });

  it('have byte-identical JSON and CSV downloads', () => {
    const downloads = (f: string) => f.startsWith('data/') && /\.(json|csv)$/.test(f);
    expect(files(first.dist).filter(downloads).length).toBeGreaterThan(10);
    expect(differences(first.dist, second.dist, downloads)).toEqual([]);
  });

  it('have byte-identical content/', () => {
    expect(differences(first.content, second.content)).toEqual([]);
  });

  it('have byte-identical pages, assets and search index', () => {
    expect(differences(first.dist, second.dist)).toEqual([]);
  });
});
