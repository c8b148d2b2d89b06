// Tables that run over a page break: seeds/004 repeats the header block after a blank
// line at the top of each new page.
import type { Random } from '../random.ts';

export function paginate(rng: Random, header: string[], body: string[], firstPage: [number, number] = [18, 26], perPage: [number, number] = [30, 42]): string[] {
  const out = [...header];
  let taken = 0;
  let size = rng.int(...firstPage);
  while (taken < body.length) {
    if (taken > 0) out.push('', ...header);
    out.push(...body.slice(taken, taken + size));
    taken += size;
    size = rng.int(...perPage);
  }
  return out;
}
