// Reproducible builds: two full builds from the same seeds give byte-identical downloads,
// content, pages, assets and search index (no timestamps, no random or arrival order).
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TEST_ROOT, prepareTestSeeds, runBuild } from './test-site.ts';

function build(name: string): { content: string; dist: string } {
  const content = join(TEST_ROOT, `repro-${name}`, 'content');
  const dist = join(TEST_ROOT, `repro-${name}`, 'dist');
  const result = runBuild(['--seeds', prepareTestSeeds(), '--content', content, '--dist', dist]);
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

describe('two builds from the same seeds', () => {
  let first: { content: string; dist: string };
  let second: { content: string; dist: string };
  beforeAll(() => {
    first = build('a');
    second = build('b');
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
