// A PDF report's variant as groups ("codes=split", "zeros=blank" …), so fidelity can be
// broken down by the trait that costs it.
import type { TruthEntry } from '../truth.ts';

export function variantGroups(entry: TruthEntry): string[] {
  const variant = entry.source.pdf;
  return variant ? Object.entries(variant).map(([trait, value]) => `${trait}=${value}`) : [];
}
