// How a Pagefind result becomes what the search page shows: kind, years, regions, title.
import { describe, expect, it } from 'vitest';
import { cleanTitle, departmentOf, resultView, yearLabel } from '../../src/client/search-render.ts';

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
  it('opens the page at the section with the best match, with that section\'s excerpt', () => {
    const view = resultView({
      ...fragment,
      sub_results: [
        { title: '株洲市工业 2020年度部门决算', url: '/portal/departments/x/2020/', excerpt: 'a', locations: [1, 2, 3] },
        { title: '要点', url: '/portal/departments/x/2020/#key-points', excerpt: '<mark>疫情</mark>b', locations: [9] },
        { title: '其他事项', url: '/portal/departments/x/2020/#other', excerpt: 'no match shown', locations: [60, 61, 62] },
        { title: '资金', url: '/portal/departments/x/2020/#narrative-2', excerpt: '<mark>情</mark>况', locations: [70], weighted_locations: [{ weight: 1, balanced_score: 200, location: 70 }] },
        { title: '情况说明', url: '/portal/departments/x/2020/#narrative', excerpt: '<mark>疫情防控</mark>', locations: [40, 52], weighted_locations: [{ weight: 1, balanced_score: 900, location: 40 }, { weight: 1, balanced_score: 800, location: 52 }] },
      ],
    });
    expect(view.url).toBe('/portal/departments/x/2020/#narrative');
    expect(view.page).toBe('/portal/departments/x/2020/');
    expect(view.excerpt).toBe('<mark>疫情防控</mark>');
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
