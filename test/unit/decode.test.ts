import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { encodeGb18030 } from './helpers/gb18030.ts';

const seed = readFileSync(new URL('../../seeds/002_6072ead37e57a340.txt', import.meta.url), 'utf8');
const utf8 = new TextEncoder().encode(seed);

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}
function utf16be(text: string): Uint8Array {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return bytes;
}
function concat(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe('decodeReport: text variants of seed 002', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], utf8), 'utf-8'],
    ['UTF-16LE with BOM', concat([0xff, 0xfe], utf16le(seed)), 'utf-16le'],
    ['UTF-16BE with BOM', concat([0xfe, 0xff], utf16be(seed)), 'utf-16be'],
    ['UTF-16LE without BOM', utf16le(seed), 'utf-16le'],
    ['UTF-16BE without BOM', utf16be(seed), 'utf-16be'],
    ['GB18030', encodeGb18030(seed), 'gb18030'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    const result = decodeReport(bytes);
    expect(result).toEqual({ ok: true, text: seed, encoding });
  });

  it('reads a GBK file with the 部门决算 title (two-byte codes only)', () => {
    const title = '2020年度\n株洲市工业和信息化局部门决算\n';
    const result = decodeReport(encodeGb18030(title));
    expect(result).toEqual({ ok: true, text: title, encoding: 'gb18030' });
  });

  it('reads a UTF-8 file cut inside its last character as UTF-8, not GB18030 mojibake', () => {
    const text = '部门决算说明';
    const bytes = new TextEncoder().encode(text);
    const result = decodeReport(bytes.subarray(0, bytes.length - 1));
    expect(result).toEqual({ ok: true, text: '部门决算说', encoding: 'utf-8' });
  });

  it('strips the BOM so the first line starts with text', () => {
    const result = decodeReport(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode('2023年度')));
    expect(result.ok && result.text).toBe('2023年度');
  });
});

describe('decodeReport: refused files', () => {
  const png = concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
    Array.from({ length: 512 }, (_, i) => (i * 37 + (i >> 3)) % 256),
  );
  const controls = new TextEncoder().encode('abc\u0001\u0002\u0003\u0004\u0005def'.repeat(20));
  const cases: [string, Uint8Array, string][] = [
    ['a PNG image', png, 'binary-file'],
    ['text full of control characters', controls, 'binary-file'],
    ['an empty file', new Uint8Array(), 'empty-file'],
    ['whitespace only', new TextEncoder().encode(' \n\t\r\n\u3000 '), 'empty-file'],
    ['a lone BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty-file'],
    ['UTF-16LE BOM and whitespace', concat([0xff, 0xfe], utf16le('  \n')), 'empty-file'],
    ['UTF-16LE BOM with an odd byte count', concat([0xff, 0xfe], utf16le('部门决算'), [0x41]), 'invalid-encoding'],
    ['neither UTF-8 nor GB18030', new Uint8Array([0x41, 0x81, 0x7f, 0x42, 0xff, 0x0a]), 'unknown-encoding'],
  ];
  it.each(cases)('%s', (_name, bytes, code) => {
    const result = decodeReport(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).not.toBe('');
    }
  });
});
