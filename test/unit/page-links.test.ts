// The link check's one-scan reading of a page (scripts/links/page-links.ts) finds exactly the
// anchors and URLs that startTags, htmlAnchors and htmlRefs find, markup odd or not.
import { describe, expect, it } from 'vitest';
import { htmlAnchors, htmlRefs, startTags } from '../../scripts/links/html-refs.ts';
import { pageLinks } from '../../scripts/links/page-links.ts';

const byTags = (html: string) => {
  const tags = startTags(html);
  return { anchors: [...htmlAnchors(tags)], urls: htmlRefs(tags).map((r) => r.url) };
};

describe('pageLinks', () => {
  it('reads URLs and anchors in document order, entities decoded, the first of a repeated attribute kept', () => {
    const html = `<A HREF='/x?a=1&amp;b=2' href="/second" ID=top>x</A><img src=/y.png srcset="/y@2x.png 2x, /y@3x.png 3x" alt="">`
      + `<a name="old" id="">o</a><object data="/o.svg"></object><div data="/not-a-url"></div>`
      + `<meta http-equiv="Refresh" content="0; URL='/moved/'"><h2 id="函数">支出</h2>`;
    expect(pageLinks(Buffer.from(html))).toEqual({
      anchors: ['top', 'old', '函数'],
      urls: ['/x?a=1&b=2', '/y.png', '/y@2x.png', '/y@3x.png', '/o.svg', '/moved/'],
    });
  });

  it.each([
    ['comments and raw text', '<!-- <a href="/c/"> --><script>var t = "<a href=\'/s/\'>";</script><style>a{}</style><a href="/after/">a</a><title><a href="/t/"></title><textarea><a href="/ta/"></textarea>'],
    ['an unclosed comment', '<a href="/a/"><!-- <a href="/never/">'],
    ['unquoted and empty values', '<a href=/u/ id=x title>y</a><a href= "/spaced/" id = "z">'],
    ['an unclosed quote', '<a href="/open id="q">x</a><a href=\'/b\'>'],
    ['a quote where a name would be', '<a "href"="/x" href="/y">'],
    ['slashes between attributes', '<img/src="/i.png"/><a/href="/s/">'],
    ['a tag name of 64 letters', `<${'a'.repeat(70)} href="/long/"><a href="/short/">`],
    ['closing tags and stray brackets', '</a href="/no/"> a < b <1> <a href="/yes/">'],
    ['uppercase and mixed case', '<IMG SRC="/I.PNG" SrcSet="/a.png 1x,, /b.png"><LINK ImageSrcSet="/c.png 2x">'],
    ['a refresh without a URL', '<meta http-equiv="refresh" content="5"><meta content="0;url=/late/" http-equiv="refresh">'],
    ['numeric entities', '<a href="&#x2F;hex&#47;dec/">x</a><a href="&bogus;">'],
    ['Chinese in quoted values', '<a href="/部门/" title="“三公”经费" id="年度">x</a>'],
    ['Chinese outside quotes', '<a href=/部门/ id=年度>x</a><a title\u3000href="/ideographic-space/">'],
    ['a no-break space between attributes', '<a\u00a0href="/nbsp/" id=\u00a0"x">'],
    ['form and media attributes', '<form action="/search/"><button formaction="/b/"></button></form><video poster="/p.jpg"><source src="/v.mp4"></video><blockquote cite="/q/"></blockquote><svg><use xlink:href="/s.svg#i"></use></svg>'],
  ])('%s: as startTags reads it', (_, html) => {
    expect(pageLinks(Buffer.from(html))).toEqual(byTags(html));
  });
});
