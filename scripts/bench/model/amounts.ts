// Random amounts in 分, always whole multiples of the report's quantum (10,000 分 when it
// publishes 万元, 1 分 when it publishes 元). Integer arithmetic only.
import type { Random } from '../random.ts';

/** A random amount between two bounds given in hundredths of 万元. */
export function randomWan(rng: Random, quantum: number, minCentiWan: number, maxCentiWan: number): number {
  const fen = rng.int(minCentiWan, maxCentiWan) * 10_000;
  return quantum === 1 ? fen + rng.int(0, 9_999) : fen;
}

/** permille ‰ of an amount, rounded down to the quantum. */
export function portion(fen: number, permille: number, quantum: number): number {
  return Math.floor((fen * permille) / 1000 / quantum) * quantum;
}

export function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
