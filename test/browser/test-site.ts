// The site the browser tests run against: the seeds plus the hostile fixture reports
// (test/fixtures/reports/), ingested into a scratch content folder so the real content/
// is never touched. The scratch folders sit at a fixed place inside the project, so the
// source file names in the built pages and downloads are the same on every run.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_ROOT = 'node_modules/.cache/portal-test';
export const TEST_SEEDS = join(TEST_ROOT, 'seeds');
export const TEST_CONTENT = join(TEST_ROOT, 'content');
export const FIXTURE_REPORTS = 'test/fixtures/reports';

/** A fresh seeds folder: seeds/* and test/fixtures/reports/* side by side. */
export function prepareTestSeeds(): string {
  rmSync(TEST_SEEDS, { recursive: true, force: true });
  mkdirSync(TEST_SEEDS, { recursive: true });
  cpSync('seeds', TEST_SEEDS, { recursive: true });
  cpSync(FIXTURE_REPORTS, join(TEST_SEEDS, 'fixtures'), { recursive: true });
  return TEST_SEEDS;
}
