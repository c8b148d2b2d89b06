// How a Pagefind result becomes what the search page shows: kind, years, regions, title.
import { describe, expect, it } from 'vitest';
import { cleanTitle, departmentOf, resultView, wholeNumbers, yearLabel } from '../../src/client/search-render.ts';

const fragment = {
  url: '/portal/departments/x/2020/',
  excerpt: '增加新冠病毒<mark>疫情\u200b防控</mark>专项资金',
  // The indexer's title meta: Chinese words spaced apart (scripts/search/title-meta.ts).
  meta: { title: '株 洲 市 工业 2020年度 部门 决算', kind: '部门年度' },
  filters: { kind: ['部门年度'], year: ['2020'], region: ['株洲市', '芦淞区'] },
};

describe('resultView', () => {
  it('takes kind from meta, years and regions from the filters, and cleans the title', () => {
    expect(resultView(fragment)).toEqual({
      url: '/portal/departments/x/2020/',
      page: '/portal/departments/x/2020/',
      title: '株洲市工业 2020年度部门决算',
      kind: '部门年度',
      years: ['2020'],
      regions: ['株洲市', '芦淞区'],
      excerpt: fragment.excerpt,
    });
  });

  it('falls back to the kind filter and the URL, and sorts years', () => {
    const view = resultView({ ...fragment, meta: {}, filters: { kind: ['部门'], year: ['2023', '2020'] } });
    expect(view.kind).toBe('部门');
    expect(view.title).toBe(fragment.url);
    expect(view.years).toEqual(['2020', '2023']);
    expect(view.regions).toEqual([]);
  });
});

describe('resultView: the matching section', () => {
  const wl = (location: number, balanced_score: number) => ({ weight: 1, balanced_score, location });
  it('opens the page at the section holding its best match: the run of words that scores highest together', () => {
    const view = resultView({
      ...fragment,
      // A weak match on one character (500) beside a run of two strong ones (400 + 300).
      weighted_locations: [wl(9, 500), wl(60, 400), wl(72, 300)],
      sub_results: [
        { title: '株洲市工业 2020年度部门决算', url: '/portal/departments/x/2020/', excerpt: 'a', locations: [] },
        { title: '要点', url: '/portal/departments/x/2020/#key-points', excerpt: '<mark>控</mark>', locations: [9] },
        { title: '情况说明', url: '/portal/departments/x/2020/#narrative', excerpt: "<mark>疫情防控</mark>", locations: [60, 72] },
      ],
    });
    expect(view.url).toBe('/portal/departments/x/2020/#narrative');
    expect(view.page).toBe('/portal/departments/x/2020/');
    expect(view.excerpt).toBe(fragment.excerpt);
  });

  it('opens other kinds of page at the top', () => {
    const view = resultView({ ...fragment, meta: { kind: '科目' }, weighted_locations: [wl(9, 1)], sub_results: [{ title: '说明', url: '/portal/subjects/215/#definition', excerpt: '', locations: [9] }] });
    expect(view.url).toBe(fragment.url);
  });
});

describe('departmentOf', () => {
  it.each([
    ['/departments/x/', 'x'],
    ['/portal/departments/x/2020/', 'x'],
    ['/subjects/215/', undefined],
    ['/departments/', undefined],
  ])('%s → %s', (page, slug) => {
    expect(departmentOf(page)).toBe(slug);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['株 洲 市 工业 和 信息 化 局 2020年度 部门 决算', '株洲市工业和信息化局 2020年度部门决算'],
    ['2150501 行政 运行', '2150501 行政运行'],
    ['株\u200b洲 市', '株洲市'],
    ['Annual report 2020', 'Annual report 2020'],
  ])('%s → %s', (title, shown) => {
    expect(cleanTitle(title)).toBe(shown);
  });
});

describe('yearLabel', () => {
  it.each([
    [[], ''],
    [['2020'], '2020年度'],
    [['2020', '2023'], '2020、2023年度'],
  ])('%j → %s', (years, label) => {
    expect(yearLabel(years)).toBe(label);
  });
});

describe('wholeNumbers', () => {
  it.each([
    ['要点. 2023年度本年支出合计 2,175.87 万元，其中基本支出 1,806', true, true, '要点. 2023年度本年支出合计 2,175.87 万元，其中基本支出 …'],
    ['746.16万元，下降44.52%，主要原因是', true, true, '…万元，下降44.52%，主要原因是'],
    ['增长 12.5%，', false, false, '增长 12.5%，'],
    ['科目 2150501', false, false, '科目 2150501'],
  ])('%s', (text, first, last, shown) => {
    expect(wholeNumbers(text, first, last)).toBe(shown);
  });
});
