import { describe, expect, it } from 'vitest';
import { bundlesOf } from '../../scripts/search-index.ts';
import { parseBuildArgs } from '../../scripts/build-args.ts';

const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => `departments/d${String(i).padStart(3, '0')}/${y}/index.html`);
const other = ['index.html', 'departments/d000/index.html', 'subjects/215/index.html', 'regions/x/2020/index.html'];

describe('search bundles', () => {
  it('keeps every page in one bundle when they fit, and by default', () => {
    const files = [...other, ...year(2020, 3)];
    expect([...bundlesOf(files, files.length)]).toEqual([['', files]]);
    expect([...bundlesOf(files, Infinity)]).toEqual([['', files]]);
  });

  it('puts department-years in bundles of whole consecutive years, the rest in the main bundle', () => {
    const files = [...other, ...year(2019, 3), ...year(2020, 3), ...year(2021, 4), ...year(2022, 2)].sort();
    const groups = bundlesOf(files, 6);
    expect([...groups.keys()]).toEqual(['', '2019-2020', '2021-2022']);
    expect(groups.get('')).toEqual([...other].sort());
    expect(groups.get('2019-2020')).toEqual([...year(2019, 3), ...year(2020, 3)]);
    expect(groups.get('2021-2022')).toEqual([...year(2021, 4), ...year(2022, 2)]);
  });

  it('cuts a year larger than a bundle into equal parts in path order', () => {
    const files = [...other, ...year(2019, 2), ...year(2020, 7)].sort();
    const groups = bundlesOf(files, 3);
    expect([...groups.keys()]).toEqual(['', '2019', '2020.1', '2020.2', '2020.3']);
    expect(groups.get('2020.1')).toEqual(year(2020, 3));
    expect(groups.get('2020.3')).toEqual(year(2020, 7).slice(6));
    expect([...groups.values()].flat().sort()).toEqual(files);
  });

  it('is asked for on the build command line as a positive number of pages', () => {
    expect(parseBuildArgs(['--search-bundle-pages', '3000'], {}).searchBundlePages).toBe(3000);
    expect(parseBuildArgs([], {}).searchBundlePages).toBeUndefined();
    expect(() => parseBuildArgs(['--search-bundle-pages', '0'], {})).toThrow(/--search-bundle-pages: 0/);
  });
});
