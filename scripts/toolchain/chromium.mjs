// Chromium and CJK fonts for the browser tests: Debian's `chromium` and `fonts-noto-cjk`,
// installed with apt-get when missing (as root, or through sudo); CHROMIUM_PATH names any
// other Chromium instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each Debian package the browser tests need, and a file that is there once it is installed. */
export const BROWSER_PACKAGES = {
  chromium: '/usr/bin/chromium',
  'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
};

/**
 * Whether a Vitest command line runs the browser tests: not when every `--project` it
 * names is another project (`npm test -- --project unit`).
 * @param {readonly string[]} args
 */
export function runsBrowserTests(args) {
  const projects = [];
  args.forEach((arg, i) => {
    if (arg === '--project' && i + 1 < args.length) projects.push(args[i + 1]);
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
  });
  return projects.length === 0 || projects.some((p) => p.includes('browser') || p.includes('*'));
}

/** The packages of BROWSER_PACKAGES not yet installed. */
export function missingBrowserPackages(exists = existsSync) {
  return Object.entries(BROWSER_PACKAGES).filter(([, file]) => !exists(file)).map(([name]) => name);
}

/**
 * Install whatever of BROWSER_PACKAGES is missing, unless CHROMIUM_PATH names a browser;
 * throws with what to install when it cannot.
 * @param {readonly string[]} missing the packages to install (those not installed, by default)
 */
export function ensureBrowser(env = process.env, missing = missingBrowserPackages()) {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return;
    throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist.`);
  }
  if (missing.length === 0) return;
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const sudo = aptPrefix();
  if (!sudo) {
    throw new Error(`the browser tests need Debian's ${missing.join(' and ')}. Install them as root (apt-get update && ${install}), or set CHROMIUM_PATH to a Chromium executable.`);
  }
  console.error(`run: installing ${missing.join(' and ')} with apt-get for the browser tests — once.`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    const result = spawnSync(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { stdio: 'inherit', env: aptEnv });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (${result.error?.message ?? `status ${result.status}`}); install ${missing.join(' and ')} yourself.`);
  }
}

/** How to run apt-get: directly as root, through sudo otherwise; undefined when neither can. */
function aptPrefix() {
  if (!commandExists('apt-get')) return undefined;
  if (process.getuid?.() === 0) return ['env'];
  if (!commandExists('sudo')) return undefined;
  // Without a terminal to ask for a password on, only a password-less sudo will do.
  return process.stdin.isTTY ? ['sudo', '--preserve-env=DEBIAN_FRONTEND'] : ['sudo', '-n', '--preserve-env=DEBIAN_FRONTEND'];
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
