// Link integrity of the built site (scripts/check-links.ts, also the last step of the build):
// the test build, and the same sources built under a base path, have no broken internal
// link, missing asset or missing download.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, describeLinkCheck } from '../../scripts/check-links.ts';
import { BASE, DIST } from './portal-browser.ts';
import { TEST_CONTENT, TEST_ROOT, prepareTestSeeds, runBuild } from './test-site.ts';

const htmlCount = (dist: string) => readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

describe('link integrity', () => {
  it('the test build has no broken internal link, asset, download or anchor', async () => {
    const check = await checkLinks(DIST, BASE);
    console.log(describeLinkCheck(check));
    expect(check.broken).toEqual([]);
    expect(check.pages).toBe(htmlCount(DIST));
    expect(check.links).toBeGreaterThan(check.pages * 20);
  });

  it('so does a build under a base path (/portal/)', async () => {
    const dist = join(TEST_ROOT, 'dist-base-path');
    const build = runBuild(['--seeds', prepareTestSeeds(), '--content', `${TEST_CONTENT}-base-path`, '--dist', dist, '--base', '/portal/']);
    // The build runs the checker last and fails on a broken link: its output says which.
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const check = await checkLinks(dist, '/portal/');
    expect(check.broken).toEqual([]);
    expect(check.pages).toBe(htmlCount(dist));
    // And the same dist checked at the wrong base fails loudly.
    expect((await checkLinks(dist, '/')).broken.length).toBeGreaterThan(check.pages);
  });
});
