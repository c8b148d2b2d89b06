// The search page's URL state and where it loads Pagefind from, with and without a base path.
import { describe, expect, it } from 'vitest';
import { earlierIndexUrl, hasFilters, pagefindBundleUrl, readState, searchesEarlier, writeState } from '../../src/client/search-state.ts';

describe('pagefindBundleUrl', () => {
  it.each([
    ['/', '/pagefind/pagefind.js'],
    ['/portal/', '/portal/pagefind/pagefind.js'],
    ['/portal', '/portal/pagefind/pagefind.js'],
    ['/a/b/', '/a/b/pagefind/pagefind.js'],
  ])('base %s → %s', (base, url) => {
    expect(pagefindBundleUrl(base)).toBe(url);
  });

  it('puts the index of earlier years beside it', () => {
    expect(earlierIndexUrl('/portal')).toBe('/portal/pagefind/earlier/');
    expect(earlierIndexUrl('/')).toBe('/pagefind/earlier/');
  });
});

describe('readState / writeState', () => {
  it('reads the query and the known filters, trimmed, and ignores the rest', () => {
    expect(readState('?q=+%E6%A0%AA%E6%B4%B2+&year=2020&kind=&region=%E8%8A%A6%E6%B7%9E%E5%8C%BA&page=2')).toEqual({
      q: '株洲',
      filters: { year: '2020', region: '芦淞区' },
    });
  });

  it('an empty address is an empty search', () => {
    const state = readState('');
    expect(state).toEqual({ q: '', filters: {} });
    expect(hasFilters(state)).toBe(false);
    expect(writeState(state)).toBe('');
  });

  it('round-trips, filters in a fixed order', () => {
    const state = { q: '2150501', filters: { region: '株洲市', kind: '科目' } };
    expect(writeState(state)).toBe('?q=2150501&kind=%E7%A7%91%E7%9B%AE&region=%E6%A0%AA%E6%B4%B2%E5%B8%82');
    expect(readState(writeState(state))).toEqual(state);
    expect(hasFilters(state)).toBe(true);
  });

  it('searches departments\' earlier years when asked in the address or when one of their years is chosen', () => {
    const years = ['2020', '2021'];
    const asked = readState('?q=%E8%A1%8C%E6%94%BF%E8%BF%90%E8%A1%8C&earlier=1');
    expect(asked).toEqual({ q: '行政运行', filters: {}, earlier: true });
    expect(writeState(asked)).toBe('?q=%E8%A1%8C%E6%94%BF%E8%BF%90%E8%A1%8C&earlier=1');
    expect(searchesEarlier(asked, years)).toBe(true);
    expect(searchesEarlier(asked, [])).toBe(true);
    expect(searchesEarlier(readState('?q=x&earlier=0'), years)).toBe(false);
    expect(searchesEarlier(readState('?q=x&year=2020'), years)).toBe(true);
    // Every department's latest year: the first index holds all of it.
    expect(searchesEarlier(readState('?q=x&year=2022'), years)).toBe(false);
    expect(searchesEarlier(readState('?q=x&region=%E8%8A%A6%E6%B7%9E%E5%8C%BA'), years)).toBe(false);
  });

  it('keeps a filter without a query (browse by kind)', () => {
    expect(writeState({ q: '', filters: { kind: '部门' } })).toBe('?kind=%E9%83%A8%E9%97%A8');
  });
});
