// Data behind the list pages: sitemap, glossary, quality, page descriptions.
import { describe, expect, it } from 'vitest';
import { sitePagePaths, sitemapXml } from '../../src/lib/sitemap.ts';
import { glossaryEntries, subjectPathOf } from '../../src/lib/glossary.ts';
import { qualitySummary, qualityTotals } from '../../src/lib/quality.ts';
import { listYear, yearListing } from '../../src/lib/year-listing.ts';
import { buildSubjectIndex } from '../../src/lib/subject-index.ts';
import { departmentYearDescription, departmentYearTitle } from '../../src/lib/page-meta.ts';
import { href, joinBase } from '../../src/lib/site-paths.ts';
import { seed000 } from './site-fixtures.ts';

const entry = seed000({
  glossary: [{ term: '“三公经费”支出', definition: '指通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。' }],
  checks: [
    { id: 'x', status: 'fail', message: 'm', field: 'budgetExecutionTotal.budget' },
    { id: 'y', status: 'pass', message: 'm' },
    { id: 'z', status: 'rounding', message: 'm' },
  ],
});

describe('links under a base path', () => {
  it('joins paths onto the base', () => {
    expect(joinBase('/portal/', 'departments/x/')).toBe('/portal/departments/x/');
    expect(joinBase('/portal', '/data/all.json')).toBe('/portal/data/all.json');
    expect(href('subjects/215/')).toBe('/subjects/215/');
  });
});

describe('sitemap', () => {
  const pages = sitePagePaths([entry], buildSubjectIndex([entry]));

  it('lists every page kind once, sorted', () => {
    expect(pages).toContain('departments/zhuzhou-gongxin/2020/');
    expect(pages).toContain('subjects/2150501/');
    expect(pages).toContain('');
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toEqual([...pages].sort());
  });

  it('writes absolute URLs under the base path', () => {
    const xml = sitemapXml('https://example.org/', '/portal/', ['', 'subjects/215/']);
    expect(xml).toContain('<loc>https://example.org/portal/</loc>');
    expect(xml).toContain('<loc>https://example.org/portal/subjects/215/</loc>');
  });
});

describe('glossary', () => {
  it('merges a term across reports whatever quotes they use, keeping who said it', () => {
    const other = seed000({ year: 2021, glossary: [{ term: '"三公经费"支出', definition: '指通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。' }] });
    const g = glossaryEntries([entry, other]);
    expect(g).toHaveLength(1);
    expect(g[0].definitions).toHaveLength(1);
    expect(g[0].definitions[0].from.map((f) => f.year)).toEqual([2020, 2021]);
  });

  it('recognises subject paths among the terms (seed 004)', () => {
    expect(subjectPathOf('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）专项业务及机关事务管理（项）')).toEqual(['一般公共服务支出', '政府办公厅（室）及相关机构事务', '专项业务及机关事务管理']);
    expect(subjectPathOf('机关运行经费')).toBeUndefined();
  });
});

describe('quality', () => {
  it('lists every check that did not pass, failures first, and totals them', () => {
    const listing = listYear(entry, '0123456789abcdef');
    expect(yearListing.parse(listing)).toEqual(listing);
    expect(listing.notPassed.map((c) => c.id)).toEqual(['x', 'z']);
    expect(qualityTotals([listing])).toEqual({ pass: 1, rounding: 1, repaired: 0, fail: 1 });
    expect(qualitySummary([listing]).problems.map((p) => p.counts.fail)).toEqual([1]);
    // The listing says what the page would: title, kind and the check counts.
    expect(departmentYearTitle(listing)).toBe(departmentYearTitle(entry));
  });
});

describe('page titles and descriptions', () => {
  it('name the department, year and headline figures', () => {
    expect(departmentYearTitle(entry)).toBe('株洲市工业和信息化局 2020年度部门决算');
    expect(departmentYearDescription(entry)).toContain('本年支出合计7,627.22万元，其中基本支出3,037.09万元、项目支出4,590.13万元');
  });
});
