// Arguments of `npm run build -- [--seeds dir] [--content dir] [--dist dir] [--base /path/] [--fresh] [--astro-builds N] [--search-bundle-pages N]`.
// --fresh: read every report and render every page again, as on a first build (no caches).
// --astro-builds: how many `astro build`s render their shares of the pages at once (default one per core, scripts/astro-build.ts).
// --search-bundle-pages: about how many pages each Pagefind process indexes before the bundles are merged (scripts/search-index.ts).
import { parseArgs } from 'node:util';

export interface BuildOptions { seeds: string; content: string; dist: string; base: string; fresh: boolean; astroBuilds?: number; searchBundlePages?: number }

export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string' }, content: { type: 'string' }, dist: { type: 'string' }, base: { type: 'string' }, fresh: { type: 'boolean' }, 'astro-builds': { type: 'string' }, 'search-bundle-pages': { type: 'string' } },
    strict: true,
  });
  return {
    seeds: values.seeds ?? 'seeds',
    content: values.content ?? env.PORTAL_CONTENT ?? 'content',
    dist: values.dist ?? env.PORTAL_DIST ?? 'dist',
    base: normaliseBase(values.base ?? env.PORTAL_BASE ?? '/'),
    fresh: values.fresh ?? false,
    ...(values['astro-builds'] ? { astroBuilds: positive(values['astro-builds'], '--astro-builds', 'builds') } : {}),
    ...(values['search-bundle-pages'] ? { searchBundlePages: positive(values['search-bundle-pages'], '--search-bundle-pages', 'pages') } : {}),
  };
}

function positive(value: string, name: string, unit: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: ${value} is not a positive whole number of ${unit}`);
  return n;
}

/** "/portal" and "portal/" both mean "/portal/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
