// Arguments of `npm run bench -- [--sizes 100,1000] [--full] [--seed N] [--query q] [--out dir] [--keep] [--no-seeds]`.
import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Department-years per generated corpus, in order. */
  sizes: number[];
  seed: number;
  /** Whether the five seed reports are measured as a corpus of their own. */
  seeds: boolean;
  /** What the first search types. */
  query: string;
  out: string;
  /** Keep the generated corpora and built sites (under the work folder) after measuring. */
  keep: boolean;
}

export const DEFAULT_SIZES = [100, 1000];
export const FULL_SIZES = [100, 1000, 5000];
/** Years per department in a generated corpus; departments = size / YEARS. */
export const YEARS = 5;

export const BENCH_USAGE = `用法 / usage: npm run bench -- [--sizes 100,1000] [--full] [--seed N] [--query 行政运行] [--out bench-results] [--keep] [--no-seeds]
  --sizes     department-years per corpus, comma-separated, multiples of ${YEARS} (default ${DEFAULT_SIZES.join(',')})
  --full      the same as --sizes ${FULL_SIZES.join(',')}
  --seed      generator seed (default 1)
  --query     the first search measured in Chromium (default 行政运行)
  --out       folder for bench-<size>.json (default bench-results)
  --keep      keep the corpora and built sites in node_modules/.cache/portal-bench/
  --no-seeds  skip the row of the five seed reports`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' }, full: { type: 'boolean' }, seed: { type: 'string' }, query: { type: 'string' },
      out: { type: 'string' }, keep: { type: 'boolean' }, 'no-seeds': { type: 'boolean' },
    },
    strict: true,
  });
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : values.full ? FULL_SIZES : DEFAULT_SIZES;
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < YEARS || size % YEARS) throw new Error(`--sizes: ${size} is not a positive multiple of ${YEARS}`);
  }
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`);
  return { sizes, seed, seeds: !values['no-seeds'], query: values.query ?? '行政运行', out: values.out ?? 'bench-results', keep: values.keep ?? false };
}

/** A corpus of `size` department-years: size / YEARS departments over YEARS years. */
export function corpusShape(size: number): { departments: number; years: number } {
  return { departments: size / YEARS, years: YEARS };
}
