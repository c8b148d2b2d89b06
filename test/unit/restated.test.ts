// Restatements across years: what a report states about the year before, against that year's
// own report. Generated chains (several years of one department, as the bench writes them)
// go through the whole ingest in memory; the comparison itself is table-driven below.
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../scripts/bench/corpus.ts';
import { withRestatements } from '../../scripts/ingest/checks/restated.ts';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { departmentYear, type DepartmentYear } from '../../src/lib/schema.ts';
import { memoryCache, memoryEffects } from '../helpers/memory-effects.ts';
import { seed000 } from './site-fixtures.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** One department's years, as generated: 万元, UTF-8, ASCII digits, so a test can edit the text. */
function chain(seed: number, years: number) {
  const reports = [...generateReports({ departments: 40, years, seed })];
  for (let d = 0; d < reports.length; d += years) {
    const members = reports.slice(d, d + years);
    const plain = members.every((r) => r.truth.source.encoding === 'utf-8' && !r.truth.source.fullWidthDigits && r.truth.source.unit === '万元');
    // The last year in the 'prose' layout: it states every 三公 figure's change from the year before.
    if (plain && members.at(-1)!.truth.source.layout === 'prose') return members;
  }
  throw new Error('no such chain in this corpus');
}

async function ingest(files: Record<string, Uint8Array>) {
  const { effects, output } = memoryEffects(files);
  const result = await runIngest(effects);
  return { ...result, output };
}

const restated = (entry: DepartmentYear) => entry.checks.filter((c) => c.id === 'history.restated');

describe('a generated chain that agrees', async () => {
  const reports = chain(11, 4);
  const { entries } = await ingest(Object.fromEntries(reports.map((r) => [`seeds/${r.file}`, r.bytes])));
  const byYear = [...entries].sort((a, b) => a.year - b.year);

  it('builds every year of the department', () => {
    expect(byYear.map((e) => e.department.name)).toEqual(reports.map((r) => r.truth.department.name));
    expect(new Set(byYear.map((e) => e.year)).size).toBe(4);
  });

  it('gives every later year one pass check and no failure; no year is restated', () => {
    expect(restated(byYear[0])).toEqual([]);
    for (const entry of byYear.slice(1)) {
      expect(restated(entry).map((c) => c.status)).toEqual(['pass']);
      expect(restated(entry)[0]).toMatchObject({ kind: 'restated', message: expect.stringMatching(new RegExp(`^${entry.year}年度报告所列${entry.year - 1}年度的 \\d+ 项数字与该年度报告一致`)) });
    }
    for (const entry of byYear) expect(entry.restatedBy).toBeUndefined();
  });
});

describe('a generated chain whose last report restates a 三公 figure of the year before', async () => {
  const reports = chain(11, 3);
  const last = reports.at(-1)!;
  const text = decoder.decode(last.bytes);
  // “三公”经费 … 与上年相比增加1.56万元: one more 万元 of change, one 万元 less last year.
  const sentence = /(“三公”经费财政拨款支出预算为[^。]*?与上年相比)(增加|减少)([\d,]+\.\d{2})万元/.exec(text)!;
  const change = Number(sentence[3].replace(/,/g, ''));
  const moved = sentence[2] === '增加' ? (change + 1).toFixed(2) : (change - 1).toFixed(2);
  const edited = text.replace(sentence[0], `${sentence[1]}${sentence[2]}${moved}万元`);
  const files = Object.fromEntries(reports.map((r) => [`seeds/${r.file}`, r === last ? encoder.encode(edited) : r.bytes]));
  const { entries, report, output } = await ingest(files);
  const byYear = [...entries].sort((a, b) => a.year - b.year);
  const [, earlier, later] = byYear;
  const published = earlier.threePublic!.actual!.total!;

  it('yields exactly one history.restated fail check on the later year, with both values', () => {
    const failed = restated(later).filter((c) => c.status === 'fail');
    expect(failed).toHaveLength(1);
    const [check] = failed;
    expect(check).toMatchObject({
      kind: 'restated', field: 'history', tolerance: 0.01,
      source: { file: `seeds/${last.file}` },
    });
    const stated = check.values![0].value;
    expect(check.values!.map((v) => v.value)).toEqual([stated, published]);
    expect(Math.abs(stated - published)).toBeCloseTo(1, 6);
    expect(check.difference).toBe(1);
    expect(check.values![0].source!.file).toBe(`seeds/${last.file}`);
    expect(check.values![1].source!.file).toBe(`seeds/${reports[1].file}`);
    expect(check.message).toContain(`${later.year}年度报告（seeds/${last.file}）`);
    expect(check.message).toContain(`${earlier.year}年度报告（seeds/${reports[1].file}）`);
    expect(check.message).toMatch(/两者相差 1\.00 万元，超出尾数误差允许范围（0\.01 万元）$/);
    // The figures that agree are not repeated once one fails.
    expect(restated(later)).toHaveLength(1);
  });

  it('notes on the earlier year that a later report gives a different figure; its own figure stays', () => {
    expect(earlier.restatedBy).toEqual([{
      field: 'threePublic.actual.total', value: published, source: expect.objectContaining({ file: `seeds/${reports[1].file}` }),
      statedIn: later.year, stated: later.history!.find((h) => h.field === 'threePublic.actual.total')!.value,
      derivedFrom: expect.stringContaining(`${moved}万元`), statedSource: expect.objectContaining({ file: `seeds/${last.file}` }), difference: 1,
    }]);
    expect(earlier.threePublic!.actual!.total).toBe(published);
    expect(restated(earlier).map((c) => c.status)).toEqual(['pass']);
  });

  it('writes entries the contract accepts, restatedBy after history', () => {
    for (const entry of byYear) expect(departmentYear.safeParse(entry).success).toBe(true);
    const keys = Object.keys(JSON.parse(output.get(`departments/${earlier.department.slug}-${earlier.year}.json`)!));
    expect(keys.indexOf('restatedBy')).toBe(keys.indexOf('history') + 1);
  });

  it('lists the failure against the later report in ingest-report.json', () => {
    const file = report.files.find((f) => f.file === `seeds/${last.file}`)!;
    expect(file.messages.filter((m) => m.code === 'check-failed' && /推算为/.test(m.message))).toHaveLength(1);
    expect(report.summary.failedChecks).toBeGreaterThanOrEqual(1);
  });
});

describe('with the ingest cache', () => {
  const reports = chain(11, 3);
  const last = reports.at(-1)!;
  const text = decoder.decode(last.bytes).replace(/(“三公”经费财政拨款支出预算为[^。]*?与上年相比(?:增加|减少))([\d,]+\.\d{2})万元/, (_, head, amount) => `${head}${(Number(amount.replace(/,/g, '')) + 1).toFixed(2)}万元`);
  const cache = memoryCache();
  const files = (withLast: boolean) => Object.fromEntries(reports.filter((r) => withLast || r !== last).map((r) => [`seeds/${r.file}`, r === last ? encoder.encode(text) : r.bytes]));

  it('builds the department again when a later report arrives, so the earlier year learns of the restatement', async () => {
    const before = memoryEffects(files(false));
    await runIngest({ ...before.effects, cache });
    const earlierPath = [...before.output.keys()].filter((k) => k.startsWith('departments/')).sort()[1];
    expect(JSON.parse(before.output.get(earlierPath)!).restatedBy).toBeUndefined();
    const after = memoryEffects(files(true));
    await runIngest({ ...after.effects, cache });
    const fresh = memoryEffects(files(true));
    await runIngest(fresh.effects);
    expect(JSON.parse(after.output.get(earlierPath)!).restatedBy).toHaveLength(1);
    expect(after.output.get(earlierPath)).toBe(fresh.output.get(earlierPath));
  });
});

describe('withRestatements', () => {
  const history = (value: number, field = 'threePublic.actual.abroad') => [{ year: 2019, field, value, derivedFrom: '与上年相比减少13.65万元', source: { file: 'seeds/b.txt', line: 9 } }];
  const y2019 = (abroad: number) => seed000({ year: 2019, threePublic: { actual: { abroad } }, history: [], checks: [] });
  const y2020 = (value: number, field?: string) => seed000({ history: history(value, field), checks: [] });

  it.each([
    ['the same figure', 13.65, 13.65, 'pass'],
    ['0.01 apart (rounding)', 13.65, 13.64, 'pass'],
    ['0.02 apart', 13.65, 13.63, 'fail'],
    ['a different figure', 13.65, 12, 'fail'],
  ])('%s: %s stated, %s published → %s', (_, stated, published, status) => {
    const [earlier, later] = withRestatements([y2019(published), y2020(stated)]);
    expect(later.checks.map((c) => [c.id, c.status])).toEqual([['history.restated', status]]);
    expect(earlier.restatedBy?.length ?? 0).toBe(status === 'fail' ? 1 : 0);
  });

  it('compares nothing when the earlier report does not state the figure, or is not here', () => {
    const entries = [y2019(1), y2020(5, 'operatingCosts')];
    expect(withRestatements(entries)).toEqual(entries);
    expect(withRestatements([y2020(5)])[0].checks).toEqual([]);
  });

  it('returns a year it adds nothing to as it was, and keeps the order given', () => {
    const a = y2019(13.65);
    const b = y2020(13.65);
    const out = withRestatements([b, a]);
    expect(out[1]).toBe(a);
    expect(out[0].year).toBe(2020);
  });

  it('says how many agree and how many only within rounding', () => {
    const [, later] = withRestatements([y2019(13.64), y2020(13.65)]);
    expect(later.checks[0].message).toBe('2020年度报告所列2019年度的 1 项数字与该年度报告一致，其中 1 项相差不超过 0.01 万元（尾数误差）');
  });
});
