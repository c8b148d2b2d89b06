// The link checker over a tiny dist/ written by the test: a good site passes, and each kind
// of breakage (page, asset, download, anchor, sitemap, CSS, module import, javascript:) is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLinks, describeLinkCheck } from '../../scripts/check-links.ts';
import { htmlAnchors, htmlRefs, startTags } from '../../scripts/links/html-refs.ts';
import { cssRefs, jsRefs } from '../../scripts/links/asset-refs.ts';
import { resolveUrl, servedFile } from '../../scripts/links/resolve.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="canonical" href="https://example.org/portal/">${head}</head><body>${body}</body></html>`;

/** A site under the base /portal/ whose every link resolves. */
const GOOD: Record<string, string> = {
  'index.html': page(
    `<a href="/portal/departments/">部门</a> <a href="departments/a/#function">相对</a> <a href="#main">跳到正文</a>
     <main id="main"><a href="/portal/data/departments/a.json" download>JSON</a> <a href="/portal/data/expenditure.csv?v=1">CSV</a>
     <img src="/portal/_astro/logo.svg" srcset="/portal/_astro/logo.svg 1x, /portal/_astro/logo.svg 2x" alt="">
     <a href="https://www.mof.gov.cn/">财政部</a> <a href="mailto:x@example.org">邮件</a> <img src="data:image/gif;base64,R0lGOD" alt="">
     <p>&lt;a href="/portal/nowhere/"&gt; is text, not a link</p>
     <!-- <a href="/portal/commented-out/"> --></main>
     <script type="module" src="/portal/_astro/app.js"></script><script>const s = '<a href="/portal/in-script/">';</script>`,
    '<link rel="stylesheet" href="/portal/_astro/site.css"><link rel="icon" href="/portal/favicon.svg">',
  ),
  'departments/index.html': page('<a href="/portal/departments/a">A（目录，无斜杠）</a> <a href="../">首页</a>'),
  'departments/a/index.html': page('<h2 id="function">支出</h2><a href="https://example.org/portal/">首页（绝对）</a><form action="/portal/search/"></form>'),
  'search/index.html': page('<meta http-equiv="refresh" content="0; url=/portal/departments/">'),
  'data/departments/a.json': '{}',
  'data/expenditure.csv': '\ufeff部门\n',
  '_astro/site.css': 'body{background:url(/portal/_astro/bg.svg)} .x{background:url("data:image/svg+xml,<svg/>")}',
  '_astro/bg.svg': '<svg/>',
  '_astro/logo.svg': '<svg/>',
  '_astro/app.js': 'import{a as t}from"./chunk.js";import("./lazy.js");',
  '_astro/chunk.js': 'export const a=1;',
  '_astro/lazy.js': 'export {}',
  'favicon.svg': '<svg/>',
  'sitemap.xml': '<urlset><url><loc>https://example.org/portal/</loc></url><url><loc>https://example.org/portal/departments/a/</loc></url></urlset>',
  'robots.txt': 'User-agent: *\nSitemap: https://example.org/portal/sitemap.xml\n',
};

/** Each breakage: the file it sits in, the URL, and what the checker must say. */
const BROKEN: [string, string, string, RegExp][] = [
  ['page', 'broken/page/index.html', '/portal/departments/missing/', /no such file/],
  ['asset', 'broken/asset/index.html', '<script type="module" src="/portal/_astro/gone.js"></script>', /no such file/],
  ['stylesheet', 'broken/style/index.html', '<link rel="stylesheet" href="/portal/_astro/gone.css">', /no such file/],
  ['download', 'broken/download/index.html', '/portal/data/departments/missing.json', /no such file/],
  ['anchor', 'broken/anchor/index.html', '/portal/departments/a/#nothing-here', /no element with id "nothing-here"/],
  ['srcset', 'broken/srcset/index.html', '<img src="/portal/_astro/logo.svg" srcset="/portal/_astro/logo@2x.svg 2x" alt="">', /no such file/],
  ['meta refresh', 'broken/refresh/index.html', '<meta http-equiv="refresh" content="0;url=/portal/old/">', /no such file/],
  ['javascript: URL', 'broken/js-url/index.html', 'java&#x09;script:alert(1)', /javascript: URL/],
  ['outside the base', 'broken/base/index.html', '/departments/a/', /outside the base path/],
  ['sitemap', 'sitemap-extra.xml', '<urlset><url><loc>https://example.org/portal/gone/</loc></url></urlset>', /no such file/],
  ['css url()', '_astro/broken.css', '.y{background:url(../_astro/gone.png)}', /no such file/],
  ['module import', '_astro/broken.js', 'import{b}from"./gone-chunk.js";', /no such file/],
];

/** A file of BROKEN as written: markup or a bare URL in a link, on a page when it is one. */
const brokenFile = (file: string, content: string) => {
  const body = /^</.test(content) || file.endsWith('.xml') || file.startsWith('_astro') ? content : `<a href="${content}">x</a>`;
  return file.endsWith('.html') ? page(body) : body;
};

const write = (root: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
};

describe('checkLinks', () => {
  let root: string;
  beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'check-links-')); });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes a site whose every link, asset, download, anchor and sitemap entry exists', async () => {
    const dist = join(root, 'good');
    write(dist, GOOD);
    const check = await checkLinks(dist, '/portal/', { cache: join(root, 'links-cache') });
    expect(check.broken).toEqual([]);
    expect(check.pages).toBe(4);
    // Home 11, other pages 5, 4 canonical links, CSS 1, modules 2, sitemap 2, robots 1.
    expect(check.links).toBe(26);
    expect(check.external).toBe(4); // mof.gov.cn, mailto:, the data: image and the CSS data: URL
  });

  it.each(BROKEN)('names a broken %s', async (_kind, file, content, reason) => {
    const dist = join(root, `broken-${file.replace(/\W/g, '-')}`);
    write(dist, { ...GOOD, [file]: brokenFile(file, content) });
    const check = await checkLinks(dist, '/portal/', { cache: join(root, 'links-cache') });
    expect(check.broken).toHaveLength(1);
    expect(check.broken[0].from).toBe(file);
    expect(check.broken[0].reason).toMatch(reason);
    expect(describeLinkCheck(check)).toContain(`${file} → `);
  });

  it('works at the root base too, and reports each broken link once per page', async () => {
    const dist = join(root, 'root-base');
    write(dist, { 'index.html': '<a href="/a/">a</a><a href="/b/">b</a><a href="/b/">b again</a>', 'a/index.html': '<p>a</p>' });
    const check = await checkLinks(dist, '/', { site: 'https://example.org', cache: join(root, 'links-cache') });
    expect(check.broken).toEqual([{ from: 'index.html', url: '/b/', reason: 'no such file' }]);
    expect(check.links).toBe(3);
  });
});

describe('checkLinks over the cache of parsed files', () => {
  let root: string;
  beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'check-links-cache-')); });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports a link from an unchanged page to an id removed from a changed page', async () => {
    const dist = join(root, 'site');
    const cache = join(root, 'cache');
    write(dist, GOOD);
    expect((await checkLinks(dist, '/portal/', { cache })).broken).toEqual([]);
    // departments/a/ loses its #function; the home page, which links to it, is unchanged.
    write(dist, { 'departments/a/index.html': page('<h2 id="spending">支出</h2>') });
    const check = await checkLinks(dist, '/portal/', { cache });
    expect(check.broken).toEqual([{ from: 'index.html', url: '/portal/departments/a/#function', reason: 'no element with id "function" in departments/a/index.html' }]);
    expect(check).toEqual(await checkLinks(dist, '/portal/', { cache: false }));
  });

  it('reports a link from an unchanged page to a file removed since the last check', async () => {
    const dist = join(root, 'removed');
    const cache = join(root, 'cache');
    write(dist, GOOD);
    await checkLinks(dist, '/portal/', { cache });
    rmSync(join(dist, 'data/departments/a.json'));
    expect((await checkLinks(dist, '/portal/', { cache })).broken.map((b) => [b.from, b.url])).toEqual([['index.html', '/portal/data/departments/a.json']]);
  });

  it('gives the same report with the cache as without it, for a site with every kind of breakage', async () => {
    const dist = join(root, 'all-broken');
    const cache = join(root, 'cache');
    write(dist, GOOD);
    await checkLinks(dist, '/portal/', { cache });
    for (const [, file, content] of BROKEN) {
      write(dist, { [file]: brokenFile(file, content) });
    }
    const cached = await checkLinks(dist, '/portal/', { cache });
    expect(cached.broken).toHaveLength(BROKEN.length);
    expect(cached).toEqual(await checkLinks(dist, '/portal/', { cache: false }));
    expect(await checkLinks(dist, '/portal/', { cache })).toEqual(cached);
  });
});

describe('link extraction', () => {
  it('reads attributes in any quoting, decodes entities and skips script bodies and comments', () => {
    const tags = startTags(`<A HREF='/x?a=1&amp;b=2'>x</A><img src=/y.png alt=""><script>var t = "<a href='/no/'>";</script><!-- <a href="/no2/"> --><div id=z></div><a name="old">`);
    expect(htmlRefs(tags).map((r) => r.url)).toEqual(['/x?a=1&b=2', '/y.png']);
    expect([...htmlAnchors(tags)]).toEqual(['z', 'old']);
  });

  it('finds CSS urls and relative module imports only', () => {
    expect(cssRefs('a{background:url( "/a.png" )} b{src:url(./f.woff2) format("woff2")} @import "/c.css"; c{fill:url(#grad)}')).toEqual(['/a.png', './f.woff2', '/c.css']);
    expect(jsRefs('import{a}from"./a.js";import"./b.js";export*from"../c.js";import("./d.js");import x from"d3";')).toEqual(['./a.js', '../c.js', './d.js', './b.js']);
  });

  it.each([
    ['departments/', '/portal/', { kind: 'internal', path: 'departments/', fragment: '' }],
    ['../a/b.json#x', '/portal/data/c/', { kind: 'internal', path: 'data/a/b.json', fragment: 'x' }],
    ['/portal/%E9%83%A8%E9%97%A8/', '/portal/', { kind: 'internal', path: '部门/', fragment: '' }],
    ['https://example.org/portal/x/', '/portal/', { kind: 'internal', path: 'x/', fragment: '' }],
    ['https://other.example/', '/portal/', { kind: 'external' }],
    [' JavaScript:alert(1)', '/portal/', { kind: 'bad', reason: 'javascript: URL' }],
    ['/portal/%E0%A4%A/', '/portal/', { kind: 'bad', reason: 'malformed percent-encoding' }],
    ['/portal/../../etc/passwd', '/portal/', { kind: 'bad', reason: 'outside the base path /portal/' }],
  ])('resolves %s from %s', (url, from, expected) => {
    expect(resolveUrl(url, from, '/portal/', 'https://example.org')).toEqual(expected);
  });

  it('serves directories through index.html, with or without the slash', () => {
    const files = new Set(['index.html', 'a/index.html', 'b.json']);
    expect([servedFile('', files), servedFile('a/', files), servedFile('a', files), servedFile('b.json', files), servedFile('c/', files)]).toEqual(['index.html', 'a/index.html', 'a/index.html', 'b.json', undefined]);
  });
});
