// Arguments of `npm run build -- [--seeds dir] [--content dir] [--dist dir] [--base /path/] [--fresh]`.
// --fresh: read every report and render every page again, as on a first build (no caches).
import { parseArgs } from 'node:util';

export interface BuildOptions { seeds: string; content: string; dist: string; base: string; fresh: boolean }

export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string' }, content: { type: 'string' }, dist: { type: 'string' }, base: { type: 'string' }, fresh: { type: 'boolean' } },
    strict: true,
  });
  return {
    seeds: values.seeds ?? 'seeds',
    content: values.content ?? env.PORTAL_CONTENT ?? 'content',
    dist: values.dist ?? env.PORTAL_DIST ?? 'dist',
    base: normaliseBase(values.base ?? env.PORTAL_BASE ?? '/'),
    fresh: values.fresh ?? false,
  };
}

/** "/portal" and "portal/" both mean "/portal/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
