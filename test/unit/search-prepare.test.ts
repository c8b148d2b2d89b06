// The copy of each page the search indexer hands to Pagefind: amounts masked so they never
// collide with subject codes, Chinese split where browsers split queries, markup untouched.
import { describe, expect, it } from 'vitest';
import { dropIgnored, mapText } from '../../scripts/search/html-text.ts';
import { maskAmountsInText } from '../../scripts/search/mask-amounts.ts';
import { segmentWords } from '../../scripts/search/segment-words.ts';
import { prepareForIndex } from '../../scripts/search/prepare-page.ts';
import { addTitleMeta, decodeEntities, searchTitle } from '../../scripts/search/title-meta.ts';

describe('maskAmountsInText', () => {
  const shown = (text: string) => maskAmountsInText(text).replace(/\u200b/g, '');
  const words = (text: string) => maskAmountsInText(text).split(/[\s\u200b，。、%％]+|万元/).filter(Boolean);
  it.each([
    ['支出决算为1826.22万元，完成年初预算的101.4%', ['1826', '182622', '101']],
    ['本年支出1,505.01万元', ['150501', '1,505.01', '505']],
    ['合计 12,345,678.90', ['12345678', '345']],
    ['增加2,000万元', ['2000', '000']],
    ['支出决算为15.0万元', ['15']],
    ['公务接待费 3 万元', []],
    ['执行率 95％', ['95']],
  ])('%s: the amount is kept for the excerpt, never as a searchable word', (text, never) => {
    expect(shown(text)).toBe(text);
    const indexed = words(text);
    for (const word of never) expect(indexed).not.toContain(word);
    expect(indexed.filter((w) => /\d\d/.test(w))).toEqual([]);
  });

  it.each([
    ['科目 2150501 行政运行', '7-digit 项 code'],
    ['所属：215 21505', '类 and 款 codes'],
    ['2020年度部门决算', 'a year'],
    ['第 432 行', 'a line number'],
    ['车辆 12 辆，人员 30 人', 'counts'],
  ])('leaves %s alone (%s)', (text) => {
    expect(maskAmountsInText(text)).toBe(text);
  });
});

describe('mapText', () => {
  const upper = (t: string) => t.toUpperCase();
  it('rewrites text and leaves tags, attributes, comments and raw-text elements alone', () => {
    const html = '<!doctype html><html><head><title>a.b</title><style>p{x:1}</style></head><body><!-- c --><p title="a > b" data-v=\'1.5\'>x<b>y</b></p><script>var z = 1;</script>w</body></html>';
    expect(mapText(html, upper)).toBe('<!doctype html><html><head><title>a.b</title><style>p{x:1}</style></head><body><!-- c --><p title="a > b" data-v=\'1.5\'>X<b>Y</b></p><script>var z = 1;</script>W</body></html>');
  });

  it('leaves the text of data-pagefind-ignore elements alone, however deeply nested', () => {
    const html = '<p>a</p><section data-pagefind-ignore><section>b<br><img src="x"/><span/>c</section>d</section>e<div data-pagefind-ignore="all">f</div><p data-pagefind-ignored-not>g</p>';
    expect(mapText(html, upper)).toBe('<p>A</p><section data-pagefind-ignore><section>b<br><img src="x"/><span/>c</section>d</section>E<div data-pagefind-ignore="all">f</div><p data-pagefind-ignored-not>G</p>');
  });

  it('leaves the markup of a page identical when the text is unchanged', () => {
    const html = '<main data-pagefind-body><h1 data-pagefind-weight="10">株洲市</h1><td class="num" data-value="1826.22" data-pagefind-ignore>1,826.22</td></main>';
    expect(mapText(html, (t) => t)).toBe(html);
  });
});

describe('dropIgnored', () => {
  it('empties data-pagefind-ignore elements, however deeply nested, and keeps the rest as is', () => {
    const html = '<p>a</p><section data-pagefind-ignore><section>b<br><img src="x"/><span/>c</section>d</section>e<div data-pagefind-ignore="all"><svg><text>1</text></svg></div><p data-pagefind-ignored-not>g</p>';
    expect(dropIgnored(html)).toBe('<p>a</p><section data-pagefind-ignore></section>e<div data-pagefind-ignore="all"></div><p data-pagefind-ignored-not>g</p>');
  });

  it('keeps a region whole when Pagefind reads a filter, meta or sort value inside it', () => {
    const html = '<div data-pagefind-ignore><span data-pagefind-filter="year[data-value]" data-value="2020"></span>x</div><td data-pagefind-ignore>1,826.22</td>';
    expect(dropIgnored(html)).toBe('<div data-pagefind-ignore><span data-pagefind-filter="year[data-value]" data-value="2020"></span>x</div><td data-pagefind-ignore></td>');
  });

  it('leaves a page without ignored regions byte for byte', () => {
    const html = '<!doctype html><main data-pagefind-body><h1>株洲市</h1><script>if (a < b) x();</script></main>';
    expect(dropIgnored(html)).toBe(html);
  });
});

describe('segmentWords', () => {
  const words = (text: string) => segmentWords(text).split('\u200b');

  it('splits Chinese where the browser splits a query (工业和信息化 → 工业/和/信息/化)', () => {
    const query = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('工业和信息化')].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(words('工业和信息化')).toEqual(query);
    expect(query).toContain('信息');
  });

  it('adds only invisible breaks: the text reads the same', () => {
    const text = '株洲市工业和信息化局 2020年度部门决算（本级）';
    expect(segmentWords(text).replace(/\u200b/g, '')).toBe(text);
  });

  it('leaves text without Chinese untouched', () => {
    expect(segmentWords('2150501 abc 1.5')).toBe('2150501 abc 1.5');
  });
});

describe('title meta', () => {
  it('is the first h1 as text, Chinese words spaced apart as a browser splits them', () => {
    expect(searchTitle('<main><h1 data-pagefind-weight="10">开封市林业局</h1><h1>second</h1></main>')).toBe('开封 市 林业 局');
    expect(searchTitle('<h1><span class="mono">2150501</span> 行政运行</h1>')).toBe('2150501 行政 运行');
    expect(searchTitle('<p>no heading</p>')).toBeUndefined();
  });

  it('decodes entities in the heading and escapes the attribute it writes', () => {
    const html = '<h1>株洲市&quot;&gt;&lt;svg onload=alert(1)&gt;测试局</h1>';
    expect(searchTitle(html)).toBe('株 洲 市">' + '<svg onload=alert(1)>' + '测试 局');
    expect(addTitleMeta(html)).toBe(`${html}<span hidden data-pagefind-meta="title[data-value]" data-value="株 洲 市&quot;>&lt;svg onload=alert(1)>测试 局"></span>`);
    expect(decodeEntities('&#35;&#x41;&amp;&unknown;')).toBe('#A&&unknown;');
  });

  it('leaves a page without a heading unchanged', () => {
    expect(addTitleMeta('<main><p>x</p></main>')).toBe('<main><p>x</p></main>');
  });
});

describe('prepareForIndex', () => {
  it('breaks amounts into single characters and splits words, in text only', () => {
    const html = '<p data-value="1826.22">支出决算为1826.22万元</p>';
    expect(prepareForIndex(html).replace(/\u200b/g, '|')).toBe('<p data-value="1826.22">支出|决算|为1|8|2|6|.|2|2万|元</p>');
  });

  it('adds the title meta after the h1 and splits the heading text too', () => {
    const out = prepareForIndex('<h1>行政运行</h1>');
    expect(out.replace(/\u200b/g, '|')).toBe('<h1>行政|运行</h1><span hidden data-pagefind-meta="title[data-value]" data-value="行政 运行"></span>');
  });
});
