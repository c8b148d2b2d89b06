// Command-line arguments of `npm run ingest -- --seeds <dir> --out <dir> [--strict]`.
import { parseArgs } from 'node:util';

export interface IngestOptions {
  seeds: string;
  out: string;
  strict: boolean;
  quiet: boolean;
  /** Read every report afresh, ignoring what earlier runs remembered. */
  noCache: boolean;
}

export const DEFAULT_SEEDS = 'seeds';
export const DEFAULT_OUT = 'content';

export type ParsedArgs = { ok: true; options: IngestOptions } | { ok: false; error: string } | { ok: 'help' };

export const USAGE = `用法 / usage: npm run ingest -- [--seeds <dir>] [--out <dir>] [--strict] [--quiet]
  --seeds   folder of source reports, read recursively (.txt, .md); default ${DEFAULT_SEEDS}/
  --out     folder for department-year JSON and ingest-report.json; default ${DEFAULT_OUT}/
  --strict  exit with status 1 when any report has an error
  --quiet   no per-file progress, only the summary line
  --no-cache  read every report afresh (parsed reports are otherwise remembered in node_modules/.cache/portal-ingest/)`;

export function parseIngestArgs(argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { ok: 'help' };
    if (positionals.length > 0) return { ok: false, error: `unexpected argument "${positionals[0]}"` };
    for (const name of ['seeds', 'out'] as const) {
      if (values[name] !== undefined && values[name]!.trim() === '') return { ok: false, error: `--${name} needs a folder` };
    }
    return {
      ok: true,
      options: {
        seeds: values.seeds ?? DEFAULT_SEEDS,
        out: values.out ?? DEFAULT_OUT,
        strict: values.strict ?? false,
        quiet: values.quiet ?? false,
        noCache: values['no-cache'] ?? false,
      },
    };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
