// prepareForIndex scans a page once (scripts/search/html-text.ts); what it hands Pagefind is
// exactly the three steps one after another: drop the ignored regions, add the title meta, map the text.
import { describe, expect, it } from 'vitest';
import { dropIgnored, mapText } from '../../scripts/search/html-text.ts';
import { maskAmountsInText } from '../../scripts/search/mask-amounts.ts';
import { prepareForIndex } from '../../scripts/search/prepare-page.ts';
import { segmentWords, splitWords } from '../../scripts/search/segment-words.ts';
import { addTitleMeta } from '../../scripts/search/title-meta.ts';

const stepByStep = (html: string) => mapText(addTitleMeta(dropIgnored(html)), (text) => segmentWords(maskAmountsInText(text)));

describe('prepareForIndex in one scan', () => {
  it('gives the page Pagefind indexes, word breaks shown as |', () => {
    const html = '<main data-pagefind-body><h1>株洲市财政局</h1><td data-pagefind-ignore>1,826.22</td><p>支出1826.22万元</p></main>';
    expect(prepareForIndex(html).replace(/\u200b/g, '|')).toBe(
      '<main data-pagefind-body><h1>株|洲|市|财政|局</h1><span hidden data-pagefind-meta="title[data-value]" data-value="株 洲 市 财政 局"></span><td data-pagefind-ignore></td><p>支出1|8|2|6|.|2|2万|元</p></main>',
    );
  });

  it.each([
    ['no heading', '<main data-pagefind-body><p>行政运行 15.0%</p></main>'],
    ['a heading in an ignored region kept for its filter', '<div data-pagefind-ignore><span data-pagefind-filter="year[data-value]" data-value="2020"></span><h1>隐藏标题</h1>文字</div><h1>部门</h1>'],
    ['a heading in a region that is dropped', '<div data-pagefind-ignore><h1>不见</h1></div><h1>可见</h1>正文'],
    ['a heading in a comment', '<!-- <h1>注释</h1> --><h1>标题</h1>后文'],
    ['a heading whose end is in a comment', '<h1>标题<!-- </h1> --></h1>后文'],
    ['a heading closed inside text', '<p><h1>标题</p>文字</h1 >之后'],
    ['nested regions of one name', '<section data-pagefind-ignore><section>内</section>外</section>正文<section data-pagefind-ignore="all"><section/>x</section>'],
    ['an unclosed ignored region', '<h1>标题</h1><div data-pagefind-ignore><p>永远</p>'],
    ['raw text and declarations', '<!doctype html><script>if (a<b) "<h1>x</h1>"</script><style>h1{}</style><title>标题</title><textarea>输入</textarea><h1>真</h1>'],
    ['unusual tags', '<p class="a>b" data-x=\'c"d\'>文字</p><a"b c=">">链接</a><p title="未闭合>文字'],
    ['upper case', '<DIV DATA-PAGEFIND-IGNORE><P>忽略</P></DIV><H1>大写</H1><Script>x</SCRIPT >后'],
    ['void and self-closed tags in a region', '<span data-pagefind-ignore><span/><br><img src=x>内</span><span>外文</span>'],
  ])('%s: as the three steps give it', (_, html) => {
    expect(prepareForIndex(html)).toBe(stepByStep(html));
  });
});

describe('segmentWords run by run', () => {
  const words = ['株洲市', '工业和信息化局', '行政运行', '一般公共服务支出', '“三公”经费', '本年支出合计', '基本支出', '其他对个人和家庭的补助', '2150501', '9​0​4​.​4​3', '万元', '（本级）', '，', '。', '、', '：', ' ', 'abc', '—', '％', '（2020年度）', '第 12 行', '芦淞区', '岳阳市'];
  const odd = ['カタカナ', '々', '〇', '⼀', '\u0301', '\u200d', '\u00ad', '𠀀', '😀'];
  // A fixed sequence of pseudo-random texts (a linear congruential generator), the same on every run.
  let seed = 42;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const texts = Array.from({ length: 400 }, (_, i) => Array.from({ length: 1 + next(12) }, () => (i % 4 === 3 && next(3) === 0 ? odd[next(odd.length)] : words[next(words.length)])).join(''));

  it('splits as the browser splits the whole text, whatever stands beside the ideographs', () => {
    for (const text of texts) expect(segmentWords(text)).toBe(splitWords(text, '\u200b'));
  });
});
