// Deterministic mutations of a report for fuzzing: each takes the text (or bytes) and a
// seeded random source and returns a damaged variant of the kind real corpora contain.

export type Random = () => number;

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, n: number) => Math.floor(random() * n);

export type Mutation = { name: string; apply: (text: string, random: Random) => string | Uint8Array };

const lines = (text: string) => text.split('\n');

export const MUTATIONS: Mutation[] = [
  { name: 'truncate', apply: (t, r) => t.slice(0, int(r, t.length)) },
  { name: 'drop-lines', apply: (t, r) => lines(t).filter(() => r() > 0.1).join('\n') },
  { name: 'duplicate-lines', apply: (t, r) => lines(t).flatMap((l) => (r() < 0.05 ? [l, l] : [l])).join('\n') },
  { name: 'flip-bytes', apply: (t, r) => { const b = new TextEncoder().encode(t); for (let i = 0; i < 20; i++) b[int(r, b.length)] ^= 1 << int(r, 8); return b; } },
  { name: 'lose-tabs', apply: (t, r) => t.replace(/\t/g, () => (r() < 0.3 ? '' : r() < 0.5 ? ' ' : '\t')) },
  { name: 'shuffle-regions', apply: (t, r) => { const ls = lines(t); const size = 1 + int(r, 60); const chunks: string[][] = []; for (let i = 0; i < ls.length; i += size) chunks.push(ls.slice(i, i + size)); for (let i = chunks.length - 1; i > 0; i--) { const j = int(r, i + 1); [chunks[i], chunks[j]] = [chunks[j], chunks[i]]; } return chunks.flat().join('\n'); } },
  { name: 'absurd-numbers', apply: (t, r) => t.replace(/\d[\d,]*\.\d\d/g, (m) => (r() < 0.2 ? ['99999999999999999999.99', '-0.00', '1e308', 'NaN', '0.000000001', '1,2,3.4'][int(r, 6)] : m)) },
  { name: 'huge-line', apply: (t, r) => { const ls = lines(t); ls.splice(int(r, ls.length), 0, '1,234.56\t'.repeat(300_000)); return ls.join('\n'); } },
  { name: 'utf16le-bom', apply: (t) => { const b = new Uint8Array(2 + t.length * 2); b[0] = 0xff; b[1] = 0xfe; for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); b[2 + 2 * i] = c & 0xff; b[3 + 2 * i] = c >> 8; } return b; } },
  { name: 'crlf-fullwidth', apply: (t) => t.replace(/\n/g, '\r\n').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) },
  { name: 'nul-bytes', apply: (t, r) => { const b = new TextEncoder().encode(t); for (let i = 0; i < 5; i++) b[int(r, b.length)] = 0; return b; } },
  { name: 'markup', apply: (t, r) => lines(t).map((l) => (r() < 0.05 ? `<b>${l}</b>` : r() < 0.03 ? `## ${l}` : l)).join('\n') },
];
