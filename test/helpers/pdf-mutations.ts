// Deterministic damage to a PDF's bytes, for fuzzing the PDF reader: cut short, bytes
// flipped, pages taken out of its page tree. Each takes the bytes and a seeded random source
// (mutations.ts) and returns a new array; the input is never changed.
import type { Random } from './mutations.ts';
import { latin1 } from './pdf-writer.ts';

const int = (random: Random, n: number) => Math.floor(random() * n);

/** The file cut off at a random offset (a download that stopped). */
export function truncatePdf(bytes: Uint8Array, random: Random): Uint8Array {
  return bytes.slice(0, int(random, bytes.length));
}

/** `count` bits flipped at random offsets (a bad disk or a mangled transfer). */
export function flipPdfBytes(bytes: Uint8Array, random: Random, count = 20): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < count; i++) out[int(random, out.length)] ^= 1 << int(random, 8);
  return out;
}

/** Each page removed with a chance of one in four: at least one, never all. */
export function dropRandomPages(bytes: Uint8Array, random: Random): { bytes: Uint8Array; removed: number[] } {
  const pages = pageTree(bytes).kids.length;
  const removed = [...Array(pages).keys()].map((i) => i + 1).filter(() => random() < 0.25);
  if (removed.length === 0) removed.push(1 + int(random, pages));
  if (removed.length === pages) removed.pop();
  return { bytes: removePages(bytes, removed), removed };
}

/**
 * The document without the given pages (1-based), by rewriting its page tree in place: the
 * root /Pages dictionary gets the shorter /Kids and /Count, padded with spaces to its old
 * length, so every byte offset in the cross-reference table stays right. Works on a flat page
 * tree written uncompressed (ours, and Word's, such as the real report's); throws otherwise.
 */
export function removePages(bytes: Uint8Array, remove: readonly number[]): Uint8Array {
  const tree = pageTree(bytes);
  const kept = tree.kids.filter((_, i) => !remove.includes(i + 1));
  const rewritten = `/Type/Pages/Count ${kept.length}/Kids[${kept.join(' ')}]`;
  const out = bytes.slice();
  out.set(latin1(rewritten.padEnd(tree.end - tree.start, ' ')), tree.start);
  return out;
}

/** The root /Pages dictionary's entries: where they stand in the file, and its kids. */
function pageTree(bytes: Uint8Array): { start: number; end: number; kids: string[] } {
  const text = new TextDecoder('latin1').decode(bytes);
  // A /Pages dictionary without nested dictionaries: /Type, /Count and /Kids in any order.
  for (const match of text.matchAll(/<<([^<>]*\/Type\s*\/Pages\b[^<>]*)>>/g)) {
    const body = match[1];
    if (/\/Parent\b/.test(body)) continue;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1].match(/\d+\s+\d+\s+R/g);
    if (!kids) continue;
    const start = match.index + 2;
    return { start, end: start + body.length, kids: kids.map((k) => k.replace(/\s+/g, ' ')) };
  }
  throw new Error('removePages: no flat, uncompressed /Pages dictionary in this PDF');
}
