// Static build of the portal. Everything configurable comes from the environment so the
// same sources build the seeds site, the benchmark corpora and the test fixtures.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  // No site unless the maintainers give one: without it, pages carry no canonical link and no
  // sitemap is written (an address we do not own must never appear).
  site: process.env.PORTAL_SITE || undefined,
  base: process.env.PORTAL_BASE ?? '/',
  outDir: process.env.PORTAL_DIST ?? 'dist',
  trailingSlash: 'ignore',
  integrations: [mdx()],
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
