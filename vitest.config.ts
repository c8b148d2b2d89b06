import { defineConfig } from 'vitest/config';

// Two projects: fast unit/golden tests, and browser tests that run against a built dist/.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // Chromium on a loaded 2-core machine (the unit project runs beside it) once
          // stalled past the timeout; a second try tells a stall from a real failure.
          retry: 1,
        },
      },
    ],
  },
});
