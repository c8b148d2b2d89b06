// A GB18030 encoder. Node ships only the decoder (TextDecoder('gb18030')), so the
// reverse map is built once from it: every two-byte sequence, then the four-byte range
// that covers the rest of the Basic Multilingual Plane.

interface Table {
  /** Bytes per UTF-16 code unit: 0 = not encodable, 2 or 4. */
  lengths: Uint8Array;
  /** The bytes, big-endian, packed into one integer. */
  packed: Uint32Array;
}

let table: Table | undefined;

function fill(target: Table, sequences: number[][], decoded: string): void {
  if (decoded.length !== sequences.length) return; // one code unit per sequence, else skip the range
  for (let i = 0; i < sequences.length; i++) {
    const code = decoded.charCodeAt(i);
    if (code === 0xfffd || target.lengths[code] !== 0) continue;
    target.lengths[code] = sequences[i].length;
    target.packed[code] = sequences[i].reduce((acc, b) => ((acc << 8) | b) >>> 0, 0);
  }
}

function buildTable(): Table {
  const decoder = new TextDecoder('gb18030');
  const target: Table = { lengths: new Uint8Array(65536), packed: new Uint32Array(65536) };
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  fill(target, pairs, decoder.decode(new Uint8Array(pairs.flat())));
  // Four-byte pointers 0..39419 cover the BMP characters GBK lacks (•, €, …).
  const quads: number[][] = [];
  for (let p = 0; p < 39420; p++) {
    quads.push([0x81 + Math.floor(p / 12600), 0x30 + (Math.floor(p / 1260) % 10), 0x81 + (Math.floor(p / 10) % 126), 0x30 + (p % 10)]);
  }
  fill(target, quads, decoder.decode(new Uint8Array(quads.flat())));
  return target;
}

/** Encode text as GB18030. Characters it cannot encode become "?" (the reports have none). */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const { lengths, packed } = table;
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const length = code < 0x80 ? 1 : lengths[code];
    if (length === 1) out[n++] = code;
    else if (length === 0) out[n++] = 0x3f;
    else for (let shift = 8 * (length - 1); shift >= 0; shift -= 8) out[n++] = (packed[code] >>> shift) & 0xff;
  }
  return out.slice(0, n);
}
