// `astro build` on every core. Astro renders one page at a time, so the pages are shared out
// among several builds running at once (src/lib/build-shard.ts gives each its share by a hash of
// the department, source, subject or region): the first renders into `dist`, each other into a
// hidden folder beside it, moved in when all are done (scripts/move-into.ts). The pages and
// assets every build writes (the home page, the lists, the scripts and styles) must come out
// byte-identical, or the build fails.
//
// Each build has its own cache folder (Astro's content store and the incremental build's pages),
// and its own output folder inside the project: Astro imports the pages' code from there, and an
// output folder outside the project would make every build use the same `.astro/.prerender/`.
// So a `dist` outside the project is built by one build alone.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { beside, moveInto } from './move-into.ts';

/** Astro's own cache folder when none is given. */
const DEFAULT_CACHE = 'node_modules/.astro';

/** More builds repeat more of the bundling and the shared pages, and each holds the site index. */
const MOST_SHARDS = 4;

export interface AstroBuild {
  /** The project (astro.config.mjs); default the working directory. */
  project?: string;
  dist: string;
  /** Astro's cache folder for the first build; the others use it with "-shard-<k>" added. */
  cacheDir?: string;
  /** Render every page (`astro build --force`), not only those whose cacheKey changed. */
  fresh?: boolean;
  /** The environment of the builds: PORTAL_CONTENT, PORTAL_BASE … (PORTAL_DIST and PORTAL_SHARD are set here). */
  env: NodeJS.ProcessEnv;
  /** How many builds at once (default: one per core, at most MOST_SHARDS). */
  shards?: number;
}

export interface AstroBuilt {
  shards: number;
  /** Entries renamed into `dist` from the other builds' folders (a folder only one build wrote counts once). */
  moved: number;
}

/** One build per core, or one when `dist` is outside the project. */
export function shardCount(dist: string, project = process.cwd(), cores = availableParallelism()): number {
  const inside = relative(resolve(project), resolve(project, dist));
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return 1;
  return Math.max(1, Math.min(cores, MOST_SHARDS));
}

export async function buildAstro(options: AstroBuild): Promise<AstroBuilt> {
  const project = resolve(options.project ?? process.cwd());
  const dist = resolve(project, options.dist);
  const count = options.shards ?? shardCount(dist, project);
  const cache = resolve(project, options.cacheDir ?? DEFAULT_CACHE);
  const shards = Array.from({ length: count }, (_, k) => ({
    k, dist: k === 0 ? dist : beside(dist, `shard-${k}`), cacheDir: k === 0 ? cache : `${cache}-shard-${k}`,
  }));
  const removeOthers = () => Promise.all(shards.slice(1).map((s) => rm(s.dist, { recursive: true, force: true })));
  // A folder a failed build left behind would be merged into this one.
  await removeOthers();
  // One after another until each is past its content sync (astro.config.mjs), then all at once.
  const runs: Promise<void>[] = [];
  for (const s of shards) {
    const run = runAstro(project, options, s.dist, s.cacheDir, count > 1 ? `${s.k}/${count}` : undefined);
    runs.push(run.done);
    await run.synced;
  }
  const settled = await Promise.allSettled(runs);
  const failed = settled.flatMap((r, k) => (r.status === 'rejected' ? [`${count > 1 ? `shard ${k + 1} of ${count}: ` : ''}${r.reason instanceof Error ? r.reason.message : r.reason}`] : []));
  if (failed.length) {
    await removeOthers();
    throw new Error(`astro build failed: ${failed.join('; ')}`);
  }
  let moved = 0;
  for (const s of shards.slice(1)) moved += await moveInto(s.dist, dist, { identical: true });
  return { shards: count, moved };
}

/** The build's end, and the moment it is past its content sync (or has ended, if sooner). */
function runAstro(project: string, options: AstroBuild, dist: string, cacheDir: string, shard: string | undefined): { synced: Promise<void>; done: Promise<void> } {
  const env = { ...options.env, PORTAL_DIST: dist, PORTAL_ASTRO_CACHE: cacheDir, ...(shard ? { PORTAL_SHARD: shard } : {}) };
  if (!shard) delete env.PORTAL_SHARD;
  const args = [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', ...(options.fresh ? ['--force'] : [])];
  const child = spawn(process.execPath, args, { cwd: project, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
  const synced = new Promise<void>((resolve) => {
    child.on('message', () => resolve());
    done.then(resolve, () => resolve());
  });
  return { synced, done };
}
