// Arguments of `npm run build -- [--seeds dir] [--content dir] [--dist dir] [--base /path/]`.
import { parseArgs } from 'node:util';

export interface BuildOptions { seeds: string; content: string; dist: string; base: string }

export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string' }, content: { type: 'string' }, dist: { type: 'string' }, base: { type: 'string' } },
    strict: true,
  });
  return {
    seeds: values.seeds ?? 'seeds',
    content: values.content ?? env.PORTAL_CONTENT ?? 'content',
    dist: values.dist ?? env.PORTAL_DIST ?? 'dist',
    base: normaliseBase(values.base ?? env.PORTAL_BASE ?? '/'),
  };
}

/** "/portal" and "portal/" both mean "/portal/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
