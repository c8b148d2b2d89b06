// Two final-accounts documents for one department-year: both are sources, the one whose own
// checks pass is read, and every figure they disagree on is a failed check naming both.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const original = seedText(seed('000'));
// The re-publication misprints one 项 of 公开03: 296.00 for 295.00, so its own hierarchy fails.
const altered = original.replace('\n2060499\t其他技术与开发支出\t295.00\t295.00\t0.00\t0.00\t0.00\t0.00\n', '\n2060499\t其他技术与开发支出\t296.00\t296.00\t0.00\t0.00\t0.00\t0.00\n');

describe('a report and its altered re-publication', async () => {
  const { effects } = memoryEffects({ 'seeds/a-republished.txt': altered, 'seeds/b-original.txt': original });
  const { entries, report } = await runIngest(effects);

  it('publishes one department-year listing both documents, the one whose checks pass first', () => {
    expect(altered).not.toBe(original);
    expect(entries).toHaveLength(1);
    expect(entries[0].sources.map((s) => s.file)).toEqual(['seeds/b-original.txt', 'seeds/a-republished.txt']);
    expect(entries[0].expenditureByFunction?.find((r) => r.code === '2060499')?.total).toBe(295);
    expect(new Set(report.files.map((f) => f.entry)).size).toBe(1);
  });

  it('fails the figures they disagree on, naming both values and both files', () => {
    const disagree = entries[0].checks.filter((c) => c.id === 'sources.disagree');
    expect(disagree.map((c) => [c.status, c.field, c.values?.map((v) => [v.label, v.value])])).toEqual([
      ['fail', 'expenditureByFunction.2060499.total', [['2060499 其他技术与开发支出 本年支出合计（seeds/b-original.txt）', 295], ['2060499 其他技术与开发支出 本年支出合计（seeds/a-republished.txt）', 296]]],
      ['fail', 'expenditureByFunction.2060499.basic', [['2060499 其他技术与开发支出 基本支出（seeds/b-original.txt）', 295], ['2060499 其他技术与开发支出 基本支出（seeds/a-republished.txt）', 296]]],
    ]);
    expect(disagree[0].message).toBe('2060499 其他技术与开发支出 本年支出合计：seeds/b-original.txt 为 295.00 万元，seeds/a-republished.txt 为 296.00 万元，两者相差 1.00 万元，超出尾数误差允许范围（0.01 万元）；采用 seeds/b-original.txt 的数字');
    expect(disagree[0]).toMatchObject({ kind: 'sources', difference: 1, tolerance: 0.01 });
    expect(disagree[0].source).toEqual({ file: 'seeds/b-original.txt', line: 215 });
  });

  it('when the two agree on every figure, says so and keeps the earlier file', async () => {
    const same = memoryEffects({ 'seeds/a.txt': original, 'seeds/b.txt': original });
    const { entries: [entry] } = await runIngest(same.effects);
    expect(entry.sources.map((s) => s.file)).toEqual(['seeds/a.txt', 'seeds/b.txt']);
    expect(entry.checks.filter((c) => c.id === 'sources.disagree')).toEqual([
      expect.objectContaining({ status: 'pass', kind: 'sources', message: expect.stringMatching(/^seeds\/a\.txt 与 seeds\/b\.txt 共同列出的 \d+ 个数字全部相符$/) }),
    ]);
  });
});
