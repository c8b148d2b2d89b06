// npm run check: the .astro files and the content collections' types (astro check), then
// every TypeScript file the tsconfig includes — scripts and tests too (tsc).
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
  ['astro check', ['node_modules/astro/bin/astro.mjs', 'check']],
  ['tsc', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
];

for (const [name, args] of steps) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`check: ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
