// Test-only GB18030 encoder. Node ships a GB18030 decoder but no encoder, so the
// reverse map is built once by decoding every two-byte code (GBK range) and every
// four-byte code of the BMP range; supplementary characters follow GB18030's linear rule.

let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  // Four-byte codes 81 30 81 30 … 84 31 A4 39 cover the rest of the BMP.
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const char = decoder.decode(new Uint8Array([b1, b2, b3, b4]));
          if (char.length === 1 && char !== '\uFFFD' && !map.has(char)) map.set(char, [b1, b2, b3, b4]);
        }
      }
    }
  }
  return map;
}

/** Four-byte code of a supplementary-plane code point (GB18030 maps them linearly from 90 30 81 30). */
function supplementary(codePoint: number): number[] {
  let offset = codePoint - 0x10000;
  const b4 = 0x30 + (offset % 10);
  offset = Math.floor(offset / 10);
  const b3 = 0x81 + (offset % 126);
  offset = Math.floor(offset / 126);
  const b2 = 0x30 + (offset % 10);
  const b1 = 0x90 + Math.floor(offset / 10);
  return [b1, b2, b3, b4];
}

/** Encode text as GB18030 bytes; throws on a character it cannot map (tests only). */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x80) bytes.push(codePoint);
    else if (codePoint >= 0x10000) bytes.push(...supplementary(codePoint));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`No GB18030 code for U+${codePoint.toString(16).toUpperCase()}`);
      bytes.push(...code);
    }
  }
  return Uint8Array.from(bytes);
}
