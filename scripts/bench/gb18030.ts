// A GB18030 encoder. Node ships only the decoder (TextDecoder('gb18030')), so the
// reverse map is built once from it: every two-byte sequence, then the four-byte range
// that covers the rest of the Basic Multilingual Plane.

let table: Map<number, number[]> | undefined;

function buildTable(): Map<number, number[]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<number, number[]>();
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  const twoByte = decoder.decode(new Uint8Array(pairs.flat()));
  if (twoByte.length === pairs.length) {
    for (let i = 0; i < pairs.length; i++) {
      const code = twoByte.charCodeAt(i);
      if (code !== 0xfffd && !map.has(code)) map.set(code, pairs[i]);
    }
  }
  // Four-byte pointers 0..39419 cover the BMP characters GBK lacks (•, €, …).
  const quads: number[][] = [];
  for (let p = 0; p < 39420; p++) {
    quads.push([0x81 + Math.floor(p / 12600), 0x30 + (Math.floor(p / 1260) % 10), 0x81 + (Math.floor(p / 10) % 126), 0x30 + (p % 10)]);
  }
  const fourByte = decoder.decode(new Uint8Array(quads.flat()));
  if (fourByte.length === quads.length) {
    for (let i = 0; i < quads.length; i++) {
      const code = fourByte.charCodeAt(i);
      if (code !== 0xfffd && !map.has(code)) map.set(code, quads[i]);
    }
  }
  return map;
}

/** Encode text as GB18030. Characters outside the BMP become "?" (the reports have none). */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const bytes = table.get(code) ?? [0x3f];
    for (const b of bytes) out[n++] = b;
  }
  return out.slice(0, n);
}
