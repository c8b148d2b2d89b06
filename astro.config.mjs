// Static build of the portal. Everything configurable comes from the environment so the
// same sources build the seeds site, the benchmark corpora and the test fixtures.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * The builds that render their shares of the pages at once (scripts/astro-build.ts) each write
 * the same files under .astro/ while they sync the content layer, and Astro's own atomic write
 * of one of them (a fixed temporary name) fails when two do it at once. So each tells the
 * script that started it when it is past that point, and the script starts the next then.
 */
const syncedShard = {
  name: 'portal-synced-shard',
  hooks: {
    'astro:build:start': () => {
      if (process.env.PORTAL_SHARD && process.send) process.send({ synced: process.env.PORTAL_SHARD }, () => process.disconnect());
    },
  },
};

export default defineConfig({
  output: 'static',
  // No site unless the maintainers give one: without it, pages carry no canonical link and no
  // sitemap is written (an address we do not own must never appear).
  site: process.env.PORTAL_SITE || undefined,
  base: process.env.PORTAL_BASE ?? '/',
  outDir: process.env.PORTAL_DIST ?? 'dist',
  // Each of the builds that render their shares of the pages at once has its own (scripts/astro-build.ts).
  cacheDir: process.env.PORTAL_ASTRO_CACHE || undefined,
  trailingSlash: 'ignore',
  integrations: [mdx(), syncedShard],
  build: {
    format: 'directory',
    // External files only: the Content-Security-Policy allows 'self' scripts and styles, no inline code.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  // A rebuild renders only the pages whose cacheKey (src/lib/page-key.ts) or code changed; the
  // others are copied from the last build (node_modules/.astro/). `npm run build -- --fresh` renders all.
  experimental: { incrementalBuild: true },
});
