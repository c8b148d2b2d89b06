// CLI: node scripts/bench/generate.ts --departments N --years M --seed S --out <dir>
// Writes <dir>/reports/*.txt and <dir>/truth.json (see corpus.ts).
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { DEPARTMENT_CAPACITY } from './model/department.ts';

export const USAGE = `用法 / usage: node scripts/bench/generate.ts --departments N --years M [--seed S] --out <dir> [--last-year Y]
  --departments  number of departments (1–${DEPARTMENT_CAPACITY})
  --years        fiscal years per department (1–30); reports = departments × years
  --seed         integer seed; the same seed gives byte-identical output (default 1)
  --out          folder for reports/ and truth.json (its reports/ folder is replaced)
  --last-year    last fiscal year covered (default 2023)`;

export interface GenerateArgs {
  departments: number;
  years: number;
  seed: number;
  out: string;
  lastYear: number;
}

function positiveInt(name: string, raw: string | undefined, fallback: number | undefined, max: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (name === 'seed' ? 0 : 1) || value > max) throw new Error(`--${name} must be an integer up to ${max}, got "${raw}"`);
  return value;
}

export function parseGenerateArgs(argv: string[]): GenerateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      departments: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' },
      out: { type: 'string' }, 'last-year': { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new Error('--out is required');
  return {
    departments: positiveInt('departments', values.departments, undefined, DEPARTMENT_CAPACITY),
    years: positiveInt('years', values.years, undefined, 30),
    seed: positiveInt('seed', values.seed, 1, 2 ** 32 - 1),
    out: values.out,
    lastYear: positiveInt('last-year', values['last-year'], 2023, 2100),
  };
}

function main(): void {
  let args: GenerateArgs;
  try {
    args = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const summary = generateCorpus({ ...args, outDir: args.out, lastYear: args.lastYear });
  const seconds = (performance.now() - started) / 1000;
  const layouts = Object.entries(summary.layouts).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${summary.reports} reports (${(summary.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s → ${summary.reportsDir}`);
  console.log(`layouts: ${layouts}; truth: ${summary.truthFile}`);
}

if (import.meta.main) main();
