// Split an integer total into integer parts by weight (largest remainder), so the parts
// always add up to the total exactly.

/** `total` quanta over `weights`; a zero weight gets nothing. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sumWeights = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sumWeights <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sumWeights));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, remainder: (total * w) / sumWeights - parts[i], w }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i]++;
  return parts;
}

/** Same, in 分, keeping every part a multiple of `quantum` (10,000 分 for 万元 reports). */
export function allocateFen(totalFen: number, weights: readonly number[], quantum: number): number[] {
  return allocate(Math.round(totalFen / quantum), weights).map((q) => q * quantum);
}
