// The site the browser tests run against: the seeds plus the hostile fixture reports
// (test/fixtures/reports/) and, when it is there, the real PDF report from ../shared/real,
// ingested into a scratch content folder so the real content/ is never touched. The scratch folders sit at a fixed place inside the project, so the
// source file names in the built pages and downloads are the same on every run.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_ROOT = 'node_modules/.cache/portal-test';
export const TEST_SEEDS = join(TEST_ROOT, 'seeds');
/** PORTAL_TEST_CONTENT and PORTAL_TEST_DIST point the tests at another build (with PORTAL_SKIP_BUILD=1). */
export const TEST_CONTENT = process.env.PORTAL_TEST_CONTENT ?? join(TEST_ROOT, 'content');
/** The test site is built apart from dist/, so `npm test` never replaces a site built with `npm run build`. */
export const TEST_DIST = process.env.PORTAL_TEST_DIST ?? join(TEST_ROOT, 'dist');
export const FIXTURE_REPORTS = 'test/fixtures/reports';
/**
 * A real published report (30-page PDF) kept outside the project: it goes into the scratch
 * seeds only (never into the repository), and only when it is there; its test skips otherwise.
 */
export const REAL_PDF = '../shared/real/putuo_guihua_2024.pdf';
export const realPdfAvailable = (): boolean => existsSync(REAL_PDF);

/** A fresh seeds folder: seeds/*, test/fixtures/reports/* and the real PDF side by side. */
export function prepareTestSeeds(): string {
  rmSync(TEST_SEEDS, { recursive: true, force: true });
  mkdirSync(TEST_SEEDS, { recursive: true });
  cpSync('seeds', TEST_SEEDS, { recursive: true });
  cpSync(FIXTURE_REPORTS, join(TEST_SEEDS, 'fixtures'), { recursive: true });
  if (realPdfAvailable()) cpSync(REAL_PDF, join(TEST_SEEDS, 'real', 'putuo_guihua_2024.pdf'));
  return TEST_SEEDS;
}

/**
 * The environment for a build started from the tests: Vitest puts Vite's BASE_URL, MODE,
 * DEV, PROD, SSR and NODE_ENV=test into process.env, and Astro would take BASE_URL over
 * the configured base (every link of a --base /portal/ build pointed at /).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** node scripts/build.ts with these arguments, output captured unless `inherit`. */
export function runBuild(args: string[], inherit = false): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', stdio: inherit ? 'inherit' : 'pipe', env: buildEnv() });
}
