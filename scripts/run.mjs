// Every npm script starts here:  node scripts/run.mjs [--browser] <script.ts | bin> [args…]
// Plain JavaScript, so that any Node can start it. It runs the script (or the package bin,
// e.g. `astro`, `vitest`) with a Node that runs TypeScript, installing Node 24 from the npm
// registry into a cache folder when the Node on PATH is older (toolchain/node.mjs); with
// --browser, it first makes sure Chromium is there, for the browser tests and the benchmark's
// first search (toolchain/chromium.mjs).
// When everything is already there it only starts the script.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ensureBrowser, runsBrowserTests } from './toolchain/chromium.mjs';
import { nodeForScripts } from './toolchain/node.mjs';

const argv = process.argv.slice(2);
const browser = argv[0] === '--browser';
const [target, ...args] = browser ? argv.slice(1) : argv;
if (!target) {
  console.error('usage: node scripts/run.mjs [--browser] <script.ts | bin name> [args…]');
  process.exit(2);
}

let node;
try {
  node = nodeForScripts();
  if (browser && runsBrowserTests(args)) ensureBrowser();
} catch (error) {
  console.error(`run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** A script path as given; a bare name is a package bin from node_modules/.bin. */
const script = existsSync(target) || target.includes('/') ? target : join('node_modules', '.bin', target);
// Node's compile cache (keyed by each file's content, so never stale) spares every Node process
// the script starts most of the time it spends compiling the same modules again: a Pagefind
// child of the search step starts in 87 ms rather than 213, measured.
const env = {
  ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache'),
  ...(node.binDir ? { PATH: `${node.binDir}${delimiter}${process.env.PATH ?? ''}` } : {}),
};
const child = spawn(node.execPath, [script, ...args], { stdio: 'inherit', env });

// Ctrl-C reaches the child directly (same process group); a signal sent to this process alone is passed on.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`run: could not start ${node.execPath}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
});
