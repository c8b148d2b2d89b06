// Browser tests run against one build of the site: seeds + fixtures (+ the real PDF when
// ../shared/real has it) → scratch content → scratch dist (scripts/build.ts).
// PORTAL_SKIP_BUILD=1 reuses an existing test build (for a quick rerun after a build you trust).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_CONTENT, TEST_DIST, prepareTestSeeds, runBuild } from './test-site.ts';

export default function setup(): void {
  if (process.env.PORTAL_SKIP_BUILD === '1' && existsSync(join(TEST_DIST, 'index.html'))) return;
  // Seeds plus the hostile fixture reports and the real PDF, into a scratch content folder (test-site.ts).
  const args = ['--seeds', prepareTestSeeds(), '--content', TEST_CONTENT, '--dist', TEST_DIST];
  const result = runBuild(args, true);
  if (result.status !== 0) throw new Error(`site build failed (exit ${result.status})`);
}
