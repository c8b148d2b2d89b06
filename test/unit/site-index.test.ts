// scripts/site-index.ts: one pass over content/departments/ gives the lists, the subject index,
// each subject's uses and the glossary; a content file that breaks the contract stops it, named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSiteIndex } from '../../scripts/site-index.ts';
import { yearListing } from '../../src/lib/year-listing.ts';
import { regionEntry } from '../../src/lib/regions.ts';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { seed000 } from './site-fixtures.ts';
import { siteRecords, type SiteRecord } from '../../scripts/site-records.ts';

let content: string;
const put = (e: DepartmentYear) => {
  const text = `${JSON.stringify(e, null, 2)}\n`;
  writeFileSync(join(content, 'departments', `${e.department.slug}-${e.year}.json`), text);
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
};
const site = (path: string) => JSON.parse(readFileSync(join(content, 'site', path), 'utf8'));

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'site-index-'));
  mkdirSync(join(content, 'departments'));
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const glossary = [{ term: '资源勘探工业信息等支出（类）工业和信息产业监管（款）行政运行（项）', definition: '反映行政单位的基本支出。' }];

describe('writeSiteIndex', () => {
  it('lists every department-year by slug, then year, with the digest of its file', async () => {
    const d2020 = put(seed000({ glossary }));
    put(seed000({ year: 2019 }));
    put(seed000({ department: { name: '株洲市工业和信息化局（本级）', slug: 'zhuzhou', region: ['株洲市'] }, year: 2021 }));
    const written = await writeSiteIndex(content, { cache: false });
    expect(written).toMatchObject({ departmentYears: 3 });
    const years = site('years.json');
    expect(years.map((l: { department: { slug: string }; year: number }) => `${l.department.slug} ${l.year}`)).toEqual(['zhuzhou 2021', 'zhuzhou-gongxin 2019', 'zhuzhou-gongxin 2020']);
    const listing = yearListing.parse(years[2]);
    expect(listing.digest).toBe(d2020);
    expect(listing.summary?.expenditureTotal).toBe(7627.22);
    expect(listing.coverage.hasFunction).toBe(true);
  });

  it('writes each subject with its reach, and its uses in a file of their own', async () => {
    put(seed000({ glossary }));
    put(seed000({ year: 2019 }));
    await writeSiteIndex(content, { cache: false });
    const subjects = site('subjects.json');
    const item = subjects.find((s: { code: string }) => s.code === '2150501');
    expect(item).toMatchObject({ name: '行政运行', level: '项', parent: '21505', reach: { departmentYears: 2, departments: 1 } });
    expect(item.uses).toBeUndefined();
    const uses = site('subjects/2150501.json');
    expect(uses.map((u: { year: number; total: number; basic: number }) => [u.year, u.total, u.basic])).toEqual([[2019, 1826.22, 1811.22], [2020, 1826.22, 1811.22]]);
    expect(item.digest).toBe(createHash('sha256').update(readFileSync(join(content, 'site', 'subjects', '2150501.json'))).digest('hex').slice(0, 16));
    // The glossary's subject terms carry the code their names resolve to.
    expect(site('glossary.json')[0]).toMatchObject({ code: '2150501', definitions: [{ text: '反映行政单位的基本支出。' }] });
  });

  it('writes every region the department-years name, nested, with its years and the figures a region page compares', async () => {
    put(seed000({ staff: { authorized: 107, actual: 85 }, operatingCosts: 968.21 }));
    put(seed000({ department: { name: '株洲市芦淞区科技和工业信息化局', slug: 'lusong', region: ['株洲市', '芦淞区'] }, year: 2023 }));
    expect(await writeSiteIndex(content, { cache: false })).toMatchObject({ regions: 2 });
    const [city, district] = site('regions.json').map((r: unknown) => regionEntry.parse(r));
    expect(city).toMatchObject({ names: ['株洲市'], children: [district.slug], departments: 2, years: [{ year: 2020, departments: 1 }, { year: 2023, departments: 1 }] });
    expect(district).toMatchObject({ names: ['株洲市', '芦淞区'], parent: city.slug, years: [{ year: 2023, departments: 1 }] });
    expect(city.slug).toMatch(/^zhuzhoushi-[0-9a-f]{6}$/);
    const listing = yearListing.parse(site('years.json').find((l: { department: { slug: string } }) => l.department.slug === 'zhuzhou-gongxin'));
    expect(listing.compared).toMatchObject({ threePublicActual: { value: 62.34 }, operatingCosts: 968.21, staff: { authorized: 107, actual: 85 } });
  });

  it('rewrites nothing when nothing changed, and removes the uses of a code no longer used', async () => {
    put(seed000());
    await writeSiteIndex(content, { cache: false });
    expect((await writeSiteIndex(content, { cache: false })).changed).toBe(0);
    put(seed000({ expenditureByFunction: [{ code: '206', name: '科学技术支出', level: '类', total: 544.05 }] }));
    const again = await writeSiteIndex(content, { cache: false });
    expect(again.changed).toBeGreaterThan(0);
    expect(existsSync(join(content, 'site', 'subjects', '2150501.json'))).toBe(false);
    expect(existsSync(join(content, 'site', 'subjects', '206.json'))).toBe(true);
  });

  it('keeps what it takes from each file, and reads again only a file that changed', async () => {
    const cache = join(content, 'cache');
    put(seed000({ glossary }));
    put(seed000({ year: 2019 }));
    await writeSiteIndex(content, { cache: false });
    const uncached = ['years.json', 'subjects.json', 'glossary.json', 'regions.json', 'subjects/2150501.json'].map(site);
    await writeSiteIndex(content, { cache });
    expect(['years.json', 'subjects.json', 'glossary.json', 'regions.json', 'subjects/2150501.json'].map(site)).toEqual(uncached);
    // The kept record is what the next run uses, not the file: altered here, it shows.
    const [folder] = readdirSync(cache);
    const recordsFile = join(cache, folder, 'records.json');
    const kept = JSON.parse(readFileSync(recordsFile, 'utf8')) as { records: Record<string, { listing: { year: number; summary: { expenditureTotal: number } } }> };
    expect(Object.keys(kept.records)).toHaveLength(2);
    for (const record of Object.values(kept.records)) if (record.listing.year === 2019) record.listing.summary.expenditureTotal = 1;
    writeFileSync(recordsFile, JSON.stringify(kept));
    await writeSiteIndex(content, { cache });
    expect(site('years.json').map((l: { summary: { expenditureTotal: number } }) => l.summary.expenditureTotal)).toEqual([1, 7627.22]);
    // The 2019 file written again: read again, its own figures back.
    put(seed000({ year: 2019 }));
    const again = await writeSiteIndex(content, { cache });
    expect(site('years.json').map((l: { summary: { expenditureTotal: number } }) => l.summary.expenditureTotal)).toEqual([7627.22, 7627.22]);
    expect(again.changed).toBeGreaterThan(0);
  });

  it('keeps a record under the state its file had before it was read: a file changed meanwhile is read again', async () => {
    const cache = join(content, 'cache');
    const path = join(content, 'departments', 'x-2020.json');
    writeFileSync(path, '{"a":1}');
    const record = { listing: {}, entry: {} } as unknown as SiteRecord;
    const first = await siteRecords(cache, content, 'v');
    expect(first.get(path)).toBeUndefined();
    writeFileSync(path, '{"a":22}');
    first.set(path, 'digest-of-a-1', record);
    await first.save();
    expect((await siteRecords(cache, content, 'v')).get(path)).toBeUndefined();
    // Unchanged between reading and keeping: found next time.
    const second = await siteRecords(cache, content, 'v');
    expect(second.get(path)).toBeUndefined();
    second.set(path, 'digest-of-a-22', record);
    await second.save();
    expect((await siteRecords(cache, content, 'v')).get(path)).toEqual(record);
  });

  it('stops at a content file that does not match the contract, naming the file and the field', async () => {
    put(seed000());
    writeFileSync(join(content, 'departments', 'broken-2020.json'), JSON.stringify({ ...seed000(), department: { name: '坏', slug: 'broken' }, unit: '元' }));
    await expect(writeSiteIndex(content, { cache: false })).rejects.toThrow(/broken-2020\.json: unit: /);
  });
});
