// Arguments of `npm run bench -- [--sizes 100,1000] [--full] [--pdf N] [--seed N] [--query q] [--out dir] [--keep] [--no-seeds] [--no-rebuilds]`.
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
  /** Department-years of the PDF corpus (0: none). */
  pdf: number;
  /** Measure the rebuilds after one report is added and one changed (every generated corpus). */
  rebuilds: boolean;
}

export const DEFAULT_SIZES = [100, 1000];
export const FULL_SIZES = [100, 1000, 5000, 20000];
/** The PDF corpus: small by default (Chromium prints it once, then it is cached), 1,000 with --full. */
export const DEFAULT_PDF = 100;
export const FULL_PDF = 1000;
/** Years per department in a generated corpus; departments = size / YEARS. */
export const YEARS = 5;

export const BENCH_USAGE = `用法 / usage: npm run bench -- [--sizes 100,1000] [--full] [--pdf N] [--seed N] [--query 行政运行] [--out bench-results] [--keep] [--no-seeds] [--no-rebuilds]
  --sizes     department-years per corpus, comma-separated, multiples of ${YEARS} (default ${DEFAULT_SIZES.join(',')}; none: no text corpus)
  --full      the same as --sizes ${FULL_SIZES.join(',')} --pdf ${FULL_PDF}
  --pdf       department-years of the PDF corpus, a multiple of ${YEARS} (default ${DEFAULT_PDF}; 0: none); printed PDFs
              are cached in node_modules/.cache/portal-bench/pdf-cache/
  --seed      generator seed (default 1)
  --query     the first search measured in Chromium (default 行政运行)
  --out       folder for bench-<size>.json (default bench-results)
  --keep      keep the corpora and built sites in node_modules/.cache/portal-bench/
  --no-seeds  skip the row of the five seed reports
  --no-rebuilds  skip the two rebuilds measured after each generated corpus's build (one report added, one changed)`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' }, full: { type: 'boolean' }, seed: { type: 'string' }, query: { type: 'string' },
      out: { type: 'string' }, keep: { type: 'boolean' }, 'no-seeds': { type: 'boolean' }, pdf: { type: 'string' }, 'no-rebuilds': { type: 'boolean' },
    },
    strict: true,
  });
  const sizes = values.sizes === 'none' ? [] : values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : values.full ? FULL_SIZES : DEFAULT_SIZES;
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < YEARS || size % YEARS) throw new Error(`--sizes: ${size} is not a positive multiple of ${YEARS}`);
  }
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`);
  const pdf = Number(values.pdf ?? (values.full ? FULL_PDF : DEFAULT_PDF));
  if (!Number.isInteger(pdf) || pdf < 0 || pdf % YEARS) throw new Error(`--pdf: ${values.pdf} is not 0 or a positive multiple of ${YEARS}`);
  return { sizes, seed, seeds: !values['no-seeds'], query: values.query ?? '行政运行', out: values.out ?? 'bench-results', keep: values.keep ?? false, pdf, rebuilds: !values['no-rebuilds'] };
}

/** A corpus of `size` department-years: size / YEARS departments over YEARS years. */
export function corpusShape(size: number): { departments: number; years: number } {
  return { departments: size / YEARS, years: YEARS };
}
