// The search index in bundles (scripts/search-index.ts): pages indexed by several Pagefind
// processes and merged (scripts/search/merge-index.ts) must read back exactly as the index one
// process writes for the same pages, so the browser finds the same pages for every query; an
// unchanged bundle is reused; a changed page re-indexes only its bundle. Departments' earlier
// years go to an index of their own, and both indexes list every word.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/build-args.ts';
import { buildSearchIndex, bundleCount, bundlesOf, indexBundle } from '../../scripts/search-index.ts';
import { cborEncode } from '../../scripts/search/cbor.ts';
import { chunkBounds, mergePagefindIndexes } from '../../scripts/search/merge-index.ts';
import { folderSnapshot } from '../helpers/folder-snapshot.ts';
import { readPagefindIndex, type ReadIndex } from '../helpers/pagefind-index.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-search-bundles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string, region: string, year: string) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head>
<body><main data-pagefind-body data-pagefind-filter="region:${region}" data-pagefind-meta="kind:部门年度"><h1>${title}</h1><p>${body}</p><p data-pagefind-filter="year">${year}</p></main></body></html>`;

/** A small site: two districts' departments over two years, subjects, a list page. */
const SITE: Record<string, string> = {
  'index.html': page('部门决算公开', '株洲市各部门的部门决算。', '株洲市', '2023'),
  'departments/luxqu-caizhengju/index.html': page('芦淞区财政局', '芦淞区财政局历年决算，行政运行支出。', '芦淞区', '2023'),
  'departments/luxqu-caizhengju/2022/index.html': page('芦淞区财政局 2022年度', '行政运行 2010601 支出增加，主要是人员增加。', '芦淞区', '2022'),
  'departments/luxqu-caizhengju/2023/index.html': page('芦淞区财政局 2023年度', '行政运行 2010601 支出减少，疫情防控支出为零。', '芦淞区', '2023'),
  'departments/hetangqu-jiaoyuju/index.html': page('荷塘区教育局', '荷塘区教育局历年决算。', '荷塘区', '2023'),
  'departments/hetangqu-jiaoyuju/2022/index.html': page('荷塘区教育局 2022年度', '学前教育 2050201 支出增加，疫情防控物资采购。', '荷塘区', '2022'),
  'departments/hetangqu-jiaoyuju/2023/index.html': page('荷塘区教育局 2023年度', '学前教育 2050201 与行政运行支出。', '荷塘区', '2023'),
  'departments/tianyuanqu-weijianju/2023/index.html': page('天元区卫健局 2023年度', '疫情防控 2100409 支出减少。', '天元区', '2023'),
  'subjects/201/index.html': page('一般公共服务支出', '类级科目，含行政运行。', '株洲市', '2023'),
  'subjects/2010601/index.html': page('行政运行', '财政事务的行政运行。', '株洲市', '2023'),
  'subjects/2050201/index.html': page('学前教育', '教育支出下的学前教育。', '株洲市', '2023'),
  'regions/luxqu/index.html': page('芦淞区', '芦淞区的部门。', '芦淞区', '2023'),
};

function writeSite(dir: string, pages: Record<string, string>): string {
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

/** Departments' earlier years in the small site: the index of earlier years holds them. */
const EARLIER = ['departments/hetangqu-jiaoyuju/2022/index.html', 'departments/luxqu-caizhengju/2022/index.html'];

/** What one Pagefind process writes for the pages of `dist` (those of one index). */
async function oneProcess(dist: string, name: string, earlier = false): Promise<string> {
  const target = join(work, name);
  await indexBundle(dist, Object.keys(SITE).sort().filter((f) => EARLIER.includes(f) === earlier), target);
  return target;
}

/** An index read back with only the words it has pages for, and the words it lists without pages. */
function split(index: ReadIndex): { index: ReadIndex; listed: string[] } {
  const words = Object.entries(index.words);
  const held = words.filter(([, w]) => Object.keys(w.pages).length);
  return { index: { ...index, words: Object.fromEntries(held) }, listed: words.filter(([, w]) => !Object.keys(w.pages).length).map(([word]) => word) };
}

describe('search bundles', () => {
  it('groups a department\'s pages together, subjects by 类, the rest by section, in about `most` pages each', () => {
    const files = Object.keys(SITE).sort();
    const one = bundlesOf(files, 1000);
    expect([...one.keys()]).toEqual(['departments', 'earlier', 'pages', 'subjects']);
    expect(one.get('earlier')).toEqual(EARLIER);
    expect(one.get('departments')).toContain('departments/tianyuanqu-weijianju/2023/index.html');
    expect(one.get('pages')).toEqual(['index.html', 'regions/luxqu/index.html']);
    const split = bundlesOf(files, 2);
    expect([...split.values()].flat().sort()).toEqual(files);
    const bundleOf = (file: string) => [...split].find(([, list]) => list.includes(file))![0];
    // 5 department pages in 4 bundles at most; a department's latest year stays with it.
    expect([...split.keys()].filter((k) => k.startsWith('departments-')).length).toBeLessThanOrEqual(4);
    expect(bundleOf('departments/luxqu-caizhengju/2022/index.html')).toMatch(/^earlier/);
    expect(bundleOf('departments/luxqu-caizhengju/2023/index.html')).toBe(bundleOf('departments/luxqu-caizhengju/index.html'));
    // A department's new year takes its latest place, and the year before goes to the earlier ones.
    const next = bundlesOf([...files, 'departments/luxqu-caizhengju/2024/index.html'].sort(), 1000);
    expect(next.get('earlier')).toEqual([...EARLIER, 'departments/luxqu-caizhengju/2023/index.html']);
    expect(bundleOf('subjects/2010601/index.html')).toBe(bundleOf('subjects/201/index.html'));
    // A department added to a family that still fits its bundles moves no other page.
    const more = bundlesOf([...files, 'departments/zz-new/2023/index.html'].sort(), 2);
    for (const file of files) expect([...more].find(([, list]) => list.includes(file))![0], file).toBe(bundleOf(file));
  });

  it('gives a family a power of two of bundles, so passing a multiple of the bundle size moves nothing', () => {
    expect([1, 500, 501, 1000, 1001, 6000, 6002, 8000, 8001, 24180].map((n) => bundleCount(n, 500))).toEqual([1, 1, 2, 2, 4, 16, 16, 16, 32, 64]);
    // The bench's 5,000: 6,000 department pages, then one department more (two pages).
    const departments = (n: number) => Array.from({ length: n }, (_, i) => `departments/d${String(i).padStart(4, '0')}/2023/index.html`);
    const before = bundlesOf(departments(6000), 500);
    const after = bundlesOf(departments(6002), 500);
    for (const [name, files] of before) expect(after.get(name)!.slice(0, files.length)).toEqual(files);
  });

  it('merges bundles into the indexes one Pagefind process writes for the same pages, latest and earlier years apart', async () => {
    const dist = writeSite(join(work, 'site'), SITE);
    const one = readPagefindIndex(await oneProcess(dist, 'one'));
    const oneEarlier = readPagefindIndex(await oneProcess(dist, 'one-earlier', true));
    const built = await buildSearchIndex(dist, { bundlePages: 2, cache: join(work, 'cache') });
    expect(built.bundles.map((b) => [b.name, b.pages, b.reused])).toEqual([['departments-2', 4, false], ['departments-4', 1, false], ['earlier', 2, false], ['pages', 2, false], ['subjects-1', 3, false]]);
    expect([built.pages, built.earlierPages]).toEqual([12, 2]);
    const latest = split(readPagefindIndex(join(dist, 'pagefind')));
    const earlier = split(readPagefindIndex(join(dist, 'pagefind', 'earlier')));
    expect(latest.index).toEqual(one);
    expect(earlier.index).toEqual(oneEarlier);
    // Both list every word, each with no pages where only the other has them.
    expect([...latest.listed, ...Object.keys(latest.index.words)].sort()).toEqual([...earlier.listed, ...Object.keys(earlier.index.words)].sort());
    expect(latest.listed).toEqual(['2022', '2022年度', '主要', '主要是', '人员', '增加', '物资', '要是', '采购']);
    expect(earlier.listed).toContain('天元');
    // Real values, not only equality: a word of one department, and one of pages in two bundles.
    expect(Object.keys(latest.index.words['荷塘'].pages).sort()).toEqual(['/departments/hetangqu-jiaoyuju/', '/departments/hetangqu-jiaoyuju/2023/']);
    expect(Object.keys(earlier.index.words['荷塘'].pages)).toEqual(['/departments/hetangqu-jiaoyuju/2022/']);
    expect(Object.keys(latest.index.words['学前'].pages).sort()).toEqual(['/departments/hetangqu-jiaoyuju/2023/', '/subjects/2050201/']);
    expect(latest.index.filters.region['荷塘区']).toEqual(['/departments/hetangqu-jiaoyuju/', '/departments/hetangqu-jiaoyuju/2023/']);
    expect(earlier.index.filters.year['2022']).toEqual(['/departments/hetangqu-jiaoyuju/2022/', '/departments/luxqu-caizhengju/2022/']);
    // Only the first index carries Pagefind's library.
    expect(readdirSync(join(dist, 'pagefind')).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    expect(readdirSync(join(dist, 'pagefind', 'earlier')).filter((f) => f.endsWith('.js'))).toEqual([]);
  }, 60_000);

  it('reuses every unchanged bundle, byte for byte, and re-indexes only the bundle of a changed page', async () => {
    const dist = join(work, 'site');
    const before = folderSnapshot(join(dist, 'pagefind'));
    const again = await buildSearchIndex(dist, { bundlePages: 2, cache: join(work, 'cache') });
    expect(again.bundles.every((b) => b.reused)).toBe(true);
    expect(folderSnapshot(join(dist, 'pagefind'))).toEqual(before);

    const fragmentsBefore = readdirSync(join(dist, 'pagefind', 'fragment'));
    const changed = 'departments/tianyuanqu-weijianju/2023/index.html';
    writeFileSync(join(dist, changed), page('天元区卫健局 2023年度', '疫情防控 2100409 支出减少，公共卫生增加。', '天元区', '2023'));
    const third = await buildSearchIndex(dist, { bundlePages: 2, cache: join(work, 'cache') });
    const indexed = third.bundles.filter((b) => !b.reused);
    expect(indexed.map((b) => b.name)).toEqual([bundlesOf(Object.keys(SITE).sort(), 2).entries().find(([, list]) => list.includes(changed))![0]]);
    const merged = split(readPagefindIndex(join(dist, 'pagefind'))).index;
    expect(merged).toEqual(readPagefindIndex(await oneProcess(dist, 'one-after')));
    expect(Object.keys(merged.words['卫生'].pages)).toEqual(['/departments/tianyuanqu-weijianju/2023/']);
    // A fragment name is never reused for other content: one changed page renames them all.
    expect(readdirSync(join(dist, 'pagefind', 'fragment')).filter((f) => fragmentsBefore.includes(f))).toEqual([]);
  }, 60_000);

  it('names fragments by the merged index\'s token and the page\'s number', async () => {
    const out = join(work, 'twice');
    const bundle = join(work, 'one');
    await mergePagefindIndexes([bundle, bundle], out);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['zh-cn'].page_count).toBe(20);
    const fragments = readdirSync(join(out, 'fragment')).sort();
    const token = fragments[0].slice('zh-cn_'.length, 'zh-cn_'.length + 6);
    expect(token).toMatch(/^[0-9a-f]{6}$/);
    expect(fragments).toEqual(Array.from({ length: 20 }, (_, i) => `zh-cn_${token}_${i.toString(36)}.pf_fragment`).sort());
  });

  it('refuses what it does not know how to merge, naming it', async () => {
    const other = join(work, 'other-version');
    cpSync(join(work, 'one'), other, { recursive: true });
    const entry = JSON.parse(readFileSync(join(other, 'pagefind-entry.json'), 'utf8'));
    writeFileSync(join(other, 'pagefind-entry.json'), JSON.stringify({ ...entry, version: '9.9.9' }));
    await expect(mergePagefindIndexes([join(work, 'one'), other], join(work, 'x'))).rejects.toThrow(/different Pagefind versions \(1\.6\.0, 9\.9\.9\)/);

    const sorted = join(work, 'sorted');
    cpSync(join(work, 'one'), sorted, { recursive: true });
    const meta = readdirSync(sorted).find((f) => f.endsWith('.pf_meta'))!;
    writeFileSync(join(sorted, meta), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cborEncode(['1.6.0', [], [], [], [['date', [0]]], []])])));
    await expect(mergePagefindIndexes([sorted], join(work, 'y'))).rejects.toThrow(/sort orders/);
  });

  it('shortens chunk bounds to the prefixes that tell neighbouring chunks apart, as Pagefind does', () => {
    expect(chunkBounds([['apple', 'apple', 'a'], ['apricot', 'banana', 'b'], ['peach', 'peach', 'c']])).toEqual([
      ['apple', 'app', 'a'],
      ['apr', 'b', 'b'],
      ['p', 'peach', 'c'],
    ]);
    expect(chunkBounds([['事业', '行政事务', 'a'], ['行政运行', '学前', 'b']])).toEqual([['事业', '行政事', 'a'], ['行政运', '学前', 'b']]);
  });

  it('is sized on the build command line as a positive number of pages', () => {
    expect(parseBuildArgs(['--search-bundle-pages', '3000'], {}).searchBundlePages).toBe(3000);
    expect(parseBuildArgs([], {}).searchBundlePages).toBeUndefined();
    expect(() => parseBuildArgs(['--search-bundle-pages', '0'], {})).toThrow(/--search-bundle-pages: 0/);
  });
});
