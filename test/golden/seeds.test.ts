// Golden files: one JSON per seed report holding every figure the ingest publishes for it.
// Checked by a person once; after that compared exactly. A mismatch writes `<name>-changed.json`
// beside the golden for review; goldens are never rewritten when CI=true.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { SEED_FILES, seedBytes } from '../helpers/seeds.ts';

const inCI = process.env.CI === 'true';

describe('golden department-years from the seeds', async () => {
  const { effects, output } = memoryEffects(Object.fromEntries(SEED_FILES.map((f) => [f, seedBytes(f)])));
  const { report } = await runIngest(effects);

  it.each(SEED_FILES)('%s', (file) => {
    const fileReport = report.files.find((f) => f.file === file)!;
    expect(fileReport.status).not.toBe('error');
    const actual = JSON.parse(output.get(fileReport.entry!)!);
    const golden = `test/golden/${basename(file).replace(/\.\w+$/, '')}.json`;
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (!existsSync(golden)) {
      if (inCI) throw new Error(`missing golden ${golden}`);
      writeFileSync(golden, text);
      console.warn(`wrote new golden ${golden}: review it against the report`);
      return;
    }
    const expected = readFileSync(golden, 'utf8');
    if (text !== expected && !inCI) writeFileSync(golden.replace(/\.json$/, '-changed.json'), text);
    expect(actual).toEqual(JSON.parse(expected));
  });
});
