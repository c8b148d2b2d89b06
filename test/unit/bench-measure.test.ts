// The pure parts of `npm run bench`: what a page loads and weighs, medians, the table, growth ratios, arguments.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { corpusShape, parseBenchArgs } from '../../scripts/bench/measure-args.ts';
import { buildCost, type BenchRow } from '../../scripts/bench/measure-corpus.ts';
import { probeMachine } from '../../scripts/bench/measure-machine.ts';
import { assetKind, isDepartmentYearPage, loadedUrls, pageWeight, staticImports } from '../../scripts/bench/measure-page-weight.ts';
import { processTree } from '../../scripts/bench/measure-process-tree.ts';
import { median, summariseWeights } from '../../scripts/bench/measure-site-weight.ts';
import { benchTable, formatMarkdown, formatText, growth } from '../../scripts/bench/measure-table.ts';
import { startTags } from '../../scripts/links/html-refs.ts';

const PAGE = 'departments/a/2023/index.html';
const page = `<!doctype html><html lang="zh-CN"><head>
<link rel="canonical" href="https://example.org/departments/a/2023/">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/_astro/site.css">
<script type="module" src="/_astro/treemap.js"></script>
</head><body><a href="/departments/a/">部门</a><a href="/data/departments/a.json" download>下载</a>
<svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
<img src="../../../chart.svg" alt=""></body></html>`;

const FIXTURE: Record<string, string> = {
  [PAGE]: page,
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
  '_astro/site.css': '@import "/_astro/print.css"; body { background: url(/bg.svg) } .x { color: red }',
  '_astro/print.css': '@media print { nav { display: none } }',
  'bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_astro/treemap.js': 'import { sort } from "./sortable.js"; const search = () => import("/pagefind/pagefind.js"); sort();',
  '_astro/sortable.js': 'export const sort = () => 1;',
  'chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>',
  'pagefind/pagefind.js': 'x'.repeat(5000),
  'departments/a/index.html': '<html></html>',
  'data/departments/a.json': '{}',
};
const files = new Set(Object.keys(FIXTURE));
const read = (file: string) => (FIXTURE[file] === undefined ? undefined : Buffer.from(FIXTURE[file]));
const gz = (file: string) => gzipSync(Buffer.from(FIXTURE[file]), { level: 6 }).length;

describe('page weight', () => {
  it('counts the page and what it loads, not what it links to', () => {
    const weight = pageWeight(PAGE, files, read);
    expect(weight.assets).toEqual(['favicon.svg', '_astro/site.css', '_astro/treemap.js', 'chart.svg', 'bg.svg', '_astro/print.css', '_astro/sortable.js']);
    expect(weight.gzip).toEqual({
      html: gz(PAGE),
      css: gz('_astro/site.css') + gz('_astro/print.css'),
      js: gz('_astro/treemap.js') + gz('_astro/sortable.js'),
      svg: gz('favicon.svg') + gz('bg.svg') + gz('chart.svg'),
      other: 0,
      total: gz(PAGE) + gz('_astro/site.css') + gz('_astro/print.css') + gz('_astro/treemap.js') + gz('_astro/sortable.js') + gz('favicon.svg') + gz('bg.svg') + gz('chart.svg'),
    });
    expect(weight.raw).toBe([PAGE, ...weight.assets].reduce((n, f) => n + Buffer.byteLength(FIXTURE[f]), 0));
  });

  it('resolves assets under a base path', () => {
    const based = page.replaceAll('"/', '"/portal/');
    const weight = pageWeight(PAGE, files, (f) => (f === PAGE ? Buffer.from(based) : read(f)), '/portal/');
    expect(weight.assets.slice(0, 3)).toEqual(['favicon.svg', '_astro/site.css', '_astro/treemap.js']);
  });

  it('only loaded link relations count', () => {
    expect(loadedUrls(startTags(page))).toEqual(['/favicon.svg', '/_astro/site.css', '/_astro/treemap.js', '../../../chart.svg']);
  });

  it('skips dynamic imports', () => {
    expect(staticImports(FIXTURE['_astro/treemap.js'])).toEqual(['./sortable.js']);
    expect(staticImports('import "./a.js"; export { b } from "../b.js"; await import("./lazy.js")')).toEqual(['../b.js', './a.js']);
  });

  it.each([
    ['departments/zhuzhoushi-gongyehexinxihuaju-17bee3/2020/index.html', true],
    ['departments/zhuzhoushi-gongyehexinxihuaju-17bee3/index.html', false],
    ['data/departments/x/2020/index.html', false],
    ['departments/index.html', false],
  ])('%s is a department-year page: %s', (file, expected) => {
    expect(isDepartmentYearPage(file)).toBe(expected);
  });

  it.each([['a/index.html', 'html'], ['_astro/x.CK-5W.js', 'js'], ['s.CSS', 'css'], ['favicon.svg', 'svg'], ['f.woff2', 'other']])('%s is %s', (file, kind) => {
    expect(assetKind(file)).toBe(kind);
  });
});

describe('summaries', () => {
  it('median of odd and even counts', () => {
    expect(median([])).toBe(0);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it('names the heaviest page', () => {
    const w = (page: string, total: number) => ({ page, gzip: { html: total - 10, css: 4, js: 3, svg: 3, other: 0, total }, raw: total * 5, assets: [] });
    expect(summariseWeights([w('a', 100), w('b', 300), w('c', 200)])).toEqual({
      pages: 3, medianGzip: 200, maxGzip: 300, maxPage: 'b', maxHtmlGzip: 290, maxCssGzip: 4, maxJsGzip: 3, maxSvgGzip: 3, maxRaw: 1500,
    });
  });
});

function row(corpus: string, reports: number, seconds: number, departments: number | null = reports / 5): BenchRow {
  const step = { ok: true, seconds, cpuSeconds: seconds * 2, peakRssBytes: 500e6 };
  return {
    corpus, departments, years: departments === null ? null : 5, seed: 1, loadAverageBefore: [2.5, 2, 1], generateSeconds: 1,
    ingest: { ...step, reports, inputBytes: reports * 20_000, departmentYears: reports, warnings: 0, errors: 0, failedChecks: 0, reportsPerSecond: reports / seconds, megabytesPerSecond: (reports * 0.02) / seconds },
    truth: departments === null ? null : { fields: 1000, matched: 999, share: 0.999, layouts: {} },
    site: step, sources: step, downloads: { ...step, bytes: reports * 300_000 },
    astro: { ...step, pages: reports * 2, pagesPerSecond: (reports * 2) / seconds },
    pagefind: { ...step, pages: reports * 2, indexBytes: reports * 10_000 },
    links: { ...step, links: 10, broken: 0 },
    build: { seconds: seconds * 4, cpuSeconds: seconds * 6, peakRssBytes: 500e6 },
    pageWeight: { pages: reports, medianGzip: 20_400, maxGzip: 23_700, maxPage: 'p', maxHtmlGzip: 1, maxCssGzip: 1, maxJsGzip: 1, maxSvgGzip: 1, maxRaw: 1 },
    firstSearch: null, loadAverageAfter: [1, 1, 1], errors: [],
    rebuilds: departments === null ? [] : [rebuild('one report added', seconds / 2), rebuild('one report changed', seconds / 3)],
  };
}

function rebuild(what: string, seconds: number): BenchRow['rebuilds'][number] {
  const step = { ok: true, seconds, cpuSeconds: seconds, peakRssBytes: 400e6 };
  return { what, steps: { ingest: step, site: step, astro: step, sources: step, downloads: step, pagefind: step, links: step }, seconds: seconds * 7, cpuSeconds: seconds * 7, peakRssBytes: 400e6 };
}

describe('table', () => {
  const rows = [row('seeds', 5, 1, null), row('100', 100, 4), row('1000', 1000, 30)];

  it('one column per corpus, dashes for what was not measured', () => {
    const table = benchTable(rows);
    expect(table[0]).toEqual(['', 'seeds', '100', '1000']);
    const line = (label: string) => table.find((r) => r[0] === label)!.slice(1);
    expect(line('ingest reports/s')).toEqual(['5.0', '25.0', '33.3']);
    expect(line('ingest CPU s')).toEqual(['2.0', '8.0', '60.0']);
    expect(line('truth reproduced %')).toEqual(['—', '99.90', '99.90']);
    expect(line('dept-year page gzip KB, median')).toEqual(['20.4', '20.4', '20.4']);
    expect(line('first search KB (index + library), as stored')).toEqual(['—', '—', '—']);
    expect(line('first search KB over the wire (JS gzipped)')).toEqual(['—', '—', '—']);
    expect(line('downloads MB')).toEqual(['2', '30', '300']);
    expect(line('rebuild, one report added: s')).toEqual(['—', '14.0', '105.0']);
    expect(line('  of which ingest, site index, astro s')).toEqual(['—', '2.0, 2.0, 2.0', '15.0, 15.0, 15.0']);
    expect(line('rebuild, one report changed: peak RSS MB')).toEqual(['—', '400', '400']);
  });

  it('the machine probe before and after each corpus, a dash where a run had none', () => {
    const probed = { ...row('100', 100, 4), machineBefore: { computeMs: 524, firstWriteMs: 612, rewriteMs: 81 }, machineAfter: { computeMs: 530, firstWriteMs: 95, rewriteMs: 20 } };
    const table = benchTable([row('seeds', 5, 1, null), probed]);
    const line = (label: string) => table.find((r) => r[0] === label)!.slice(1);
    expect(line('machine before: compute, 256 MB first write, rewrite ms')).toEqual(['—', '524, 612, 81']);
    expect(line('machine after: compute, 256 MB first write, rewrite ms')).toEqual(['—', '530, 95, 20']);
  });

  it('aligns text columns and writes markdown', () => {
    const text = formatText([['', 'a'], ['行政', '1.0'], ['xx', '10.0']]).split('\n');
    expect(text).toEqual(['         a', '行政   1.0', 'xx    10.0']);
    expect(formatMarkdown([['', 'a'], ['x', '1']])).toBe('|  | a |\n|---|---:|\n| x | 1 |');
  });

  it('a whole build: Pagefind and the two steps beside it take the longer of the two, the rest add up', () => {
    const s = (seconds: number, cpuSeconds: number, mb: number) => ({ seconds, cpuSeconds, peakRssBytes: mb * 1e6 });
    const steps = { ingest: s(35.2, 62.5, 742), site: s(8.8, 8.5, 346), astro: s(127.9, 106, 2281), sources: s(2.5, 2.4, 200), downloads: s(24.9, 22.5, 390), pagefind: s(68.7, 115.1, 1215), links: s(26.9, 27.3, 465) };
    // 35.2 + 8.8 + 127.9 + max(68.7, 2.5 + 24.9) + 26.9; the peak is astro's, alone.
    expect(buildCost(steps)).toEqual({ seconds: 267.5, cpuSeconds: 344.3, peakRssBytes: 2281e6 });
    // Downloads longer than Pagefind: they set the time.
    expect(buildCost({ ...steps, downloads: s(130, 22.5, 390) }).seconds).toBe(331.3);
    // Pagefind and the downloads at once above astro: their sum is the peak.
    expect(buildCost({ ...steps, pagefind: s(68.7, 115.1, 2000) }).peakRssBytes).toBe(2390e6);
  });

  it('growth between generated corpora only', () => {
    const [g] = growth(rows);
    expect(g).toMatchObject({ from: '100', to: '1000', size: 10, ingestSeconds: 7.5, buildSeconds: 7.5, buildCpuSeconds: 7.5, indexBytes: 10, buildPeakRss: 1 });
    expect(g.firstSearchBytes).toBeNaN();
  });
});

describe('machine probe', () => {
  it('reads the three times in a process of its own; the first write of fresh memory costs its page faults', () => {
    const probe = probeMachine();
    expect(Object.keys(probe)).toEqual(['computeMs', 'firstWriteMs', 'rewriteMs']);
    for (const ms of Object.values(probe)) expect(Number.isInteger(ms)).toBe(true);
    expect(probe.computeMs).toBeGreaterThan(0);
    expect(probe.firstWriteMs).toBeGreaterThan(probe.rewriteMs);
  });
});

describe('arguments and process tree', () => {
  it('sizes by default, with --full and --sizes', () => {
    expect(parseBenchArgs([]).sizes).toEqual([100, 1000]);
    expect(parseBenchArgs(['--full']).sizes).toEqual([100, 1000, 5000, 20000]);
    expect(parseBenchArgs([]).rebuilds).toBe(true);
    expect(parseBenchArgs(['--no-rebuilds']).rebuilds).toBe(false);
    expect(parseBenchArgs(['--sizes', '100, 5000', '--no-seeds'])).toMatchObject({ sizes: [100, 5000], seeds: false });
    expect(() => parseBenchArgs(['--sizes', '99'])).toThrow(/multiple of 5/);
    expect(corpusShape(1000)).toEqual({ departments: 200, years: 5 });
  });

  it('collects every descendant of a process', () => {
    const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1]]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});
