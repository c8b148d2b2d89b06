// scripts/toolchain/: when the npm scripts install Node 24 and Chromium, and when they do nothing.
import { describe, expect, it } from 'vitest';
import { node24Dir, runsTypeScript } from '../../scripts/toolchain/node.mjs';
import { BROWSER_PACKAGES, missingBrowserPackages, runsBrowserTests } from '../../scripts/toolchain/chromium.mjs';

describe('runsTypeScript', () => {
  it.each([
    ['20.20.2', false], ['22.12.0', false], ['22.17.1', false], ['22.18.0', true], ['23.11.0', false],
    ['24.0.0', true], ['24.21.0', true], ['26.1.0', true],
  ])('Node %s → %s', (version, expected) => expect(runsTypeScript(version)).toBe(expected));
});

describe('node24Dir', () => {
  it('is $NODE24_DIR when set, else portal-node24 in the cache folder', () => {
    expect(node24Dir({ NODE24_DIR: '/tmp/n24' })).toBe('/tmp/n24');
    expect(node24Dir({ XDG_CACHE_HOME: '/c' })).toBe('/c/portal-node24');
  });
});

describe('runsBrowserTests', () => {
  it.each<[string[], boolean]>([
    [[], true],
    [['test/unit/money.test.ts'], true],
    [['--project', 'unit'], false],
    [['--project=unit'], false],
    [['--project', 'browser'], true],
    [['--project', 'unit', '--project', 'browser'], true],
  ])('vitest run %j → %s', (args, expected) => expect(runsBrowserTests(args)).toBe(expected));
});

describe('missingBrowserPackages', () => {
  it('names the Debian packages whose files are absent, none when all are there', () => {
    expect(missingBrowserPackages(() => true)).toEqual([]);
    expect(missingBrowserPackages(() => false)).toEqual(['chromium', 'fonts-noto-cjk']);
    expect(missingBrowserPackages((file) => file === BROWSER_PACKAGES.chromium)).toEqual(['fonts-noto-cjk']);
  });
});
