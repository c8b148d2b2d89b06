// The downloads over their cache (scripts/write-downloads.ts, scripts/downloads/): a rebuild
// after one content file changed makes exactly that department-year's outputs, its
// department's and the files across departments that hold it, puts every other output back
// from the cache, and gives byte for byte what a build without any cache gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { writeDownloads, type DownloadsWritten } from '../../scripts/write-downloads.ts';
import { writeSiteIndex } from '../../scripts/site-index.ts';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { seed000 } from './site-fixtures.ts';

const entries: DepartmentYear[] = [
  seed000({ year: 2019 }),
  seed000(),
  seed000({ department: { name: '浏阳市工业和信息化局', slug: 'liuyang', region: ['浏阳市'] }, year: 2019 }),
  seed000({ department: { name: '浏阳市工业和信息化局', slug: 'liuyang', region: ['浏阳市'] }, year: 2020 }),
  seed000({ department: { name: '醴陵市财政局', slug: 'liling-caizheng', region: ['醴陵市'] }, year: 2021 }),
];

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
const inodes = (data: string) => new Map(files(data).map((f) => [f, statSync(join(data, f)).ino]));

describe('writeDownloads over its cache', () => {
  let root: string;
  const content = () => join(root, 'content');
  const writeContent = (list: DepartmentYear[]) => {
    rmSync(content(), { recursive: true, force: true });
    mkdirSync(join(content(), 'departments'), { recursive: true });
    for (const e of list) writeFileSync(join(content(), 'departments', `${e.department.slug}-${e.year}.json`), `${JSON.stringify(e, null, 2)}\n`);
  };
  /** Builds the downloads into `dist` as `npm run build` does (site index first), with the cache or without. */
  const build = async (dist: string, cache: string | false): Promise<DownloadsWritten> => {
    await writeSiteIndex(content(), { cache: false });
    return writeDownloads(content(), dist, '2026-11-29', { cache });
  };
  let first: Map<string, number>;
  let rebuilt: DownloadsWritten;
  let warm: string;
  let cold: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'downloads-rebuild-'));
    warm = join(root, 'warm');
    cold = join(root, 'cold');
    writeContent(entries);
    await build(warm, join(root, 'cache'));
    first = inodes(join(warm, 'data'));
    // One report republished: 2020 of 浏阳 with another total.
    const changed = entries.map((e) => (e.department.slug === 'liuyang' && e.year === 2020 ? { ...e, summary: { ...e.summary!, expenditureTotal: 7000 } } : e));
    writeContent(changed);
    rebuilt = await build(warm, join(root, 'cache'));
    await build(cold, false);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same files, byte for byte, as a build without a cache', () => {
    const left = files(join(warm, 'data'));
    expect(left).toEqual(files(join(cold, 'data')));
    expect(left.length).toBeGreaterThan(40);
    for (const f of left) expect(readFileSync(join(warm, 'data', f)).equals(readFileSync(join(cold, 'data', f))), f).toBe(true);
  });

  it('leaves no store of its own in dist/ when it has no cache', () => {
    expect(readdirSync(cold)).toEqual(['data']);
  });

  it('makes only the changed department-year, its department and the files across departments that hold it', () => {
    // 1 department-year, 1 department; years/2020.jsonl and its 5 CSVs, expenditure.csv, quality.csv, all.json;
    // the region tables (the site index lists the changed total).
    expect(rebuilt.made).toBe(1 + 1 + 6 + 3 + 1);
    expect(rebuilt.reused).toBe(4 + 2 + 2 * 6);
  });

  it('puts every other output back as the same file (a hard link to the cache), not a new copy', () => {
    const now = inodes(join(warm, 'data'));
    const changed = (f: string) =>
      f.startsWith('departments/liuyang/2020') || f === 'departments/liuyang.json' || f.startsWith('years/2020') ||
      ['expenditure.csv', 'quality.csv', 'all.json', 'datapackage.json'].includes(f) || f.startsWith('regions/');
    const kept = [...now.keys()].filter((f) => !changed(f));
    expect(kept).toContain('departments/zhuzhou-gongxin/2020-function.csv');
    expect(kept).toContain('years/2019.jsonl');
    expect(kept).toContain('departments/liuyang/2019.json');
    for (const f of kept) expect(now.get(f), f).toBe(first.get(f));
    expect(statSync(join(warm, 'data', 'years', '2019.jsonl')).nlink).toBe(2);
  });

  it('never writes into a file it shares with the cache: writing over a placed file leaves the cache as it was', async () => {
    const before = readFileSync(join(warm, 'data', 'all.json'));
    // Again over the same dist/ (no astro build in between to empty it): every path is unlinked before it is placed.
    await build(warm, join(root, 'cache'));
    writeContent(entries);
    await build(warm, join(root, 'cache'));
    await build(cold, false);
    for (const f of files(join(cold, 'data'))) expect(readFileSync(join(warm, 'data', f)).equals(readFileSync(join(cold, 'data', f))), f).toBe(true);
    expect(before.equals(readFileSync(join(warm, 'data', 'all.json')))).toBe(false);
  });

  it('removes from the cache what the last build did not use, and from dist/ a department no longer in content/', async () => {
    writeContent(entries.filter((e) => e.department.slug !== 'liling-caizheng'));
    const written = await build(warm, join(root, 'cache'));
    expect(written.departmentYears).toBe(4);
    expect(files(join(warm, 'data')).filter((f) => f.includes('liling'))).toEqual([]);
    const cache = join(root, 'cache', readdirSync(join(root, 'cache'))[0]);
    expect(readdirSync(join(cache, 'years'))).toHaveLength(4);
    expect(readdirSync(join(cache, 'departments'))).toHaveLength(2);
  });
});
