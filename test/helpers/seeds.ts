// The embedded corpus, read once for tests.
import { readdirSync, readFileSync } from 'node:fs';

export const SEED_FILES = readdirSync('seeds').filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => `seeds/${f}`);

export function seedBytes(file: string): Uint8Array {
  return readFileSync(file);
}

export function seedText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The seed whose file name starts with the given prefix, e.g. "000". */
export function seed(prefix: string): string {
  const file = SEED_FILES.find((f) => f.startsWith(`seeds/${prefix}`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return file;
}
