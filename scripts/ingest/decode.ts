// Turn a report's raw bytes into text. Reports arrive as UTF-8 (with or without BOM),
// UTF-16 (Word "Unicode text" exports, with or without BOM) or GB18030/GBK (older
// Windows exports). Binary files and empty files are refused with a stable code.
// Never throws: every outcome is a value.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How messages name an encoding. */
const ENCODING_NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16（小端序）', 'utf-16be': 'UTF-16（大端序）', gb18030: 'GB18030' };

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; warning?: string }
  | { ok: false; code: string; message: string };

/** Share of control characters above which decoded "text" is taken to be binary. */
const MAX_CONTROL_SHARE = 0.01;
/** How many leading bytes are inspected for the UTF-16 NUL pattern. */
const SNIFF_BYTES = 64 * 1024;

export function decodeReport(bytes: Uint8Array): DecodeResult {
  try {
    return decode(bytes);
  } catch (error) {
    return { ok: false, code: 'decode-failed', message: `无法解码这个文件（${String(error)}）` };
  }
}

function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return emptyFile();

  const bom = detectBom(bytes);
  if (bom) return decodeMarked(bytes.subarray(bom.length), bom.encoding);

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== undefined) return accept(text, utf16);
  }
  if (bytes.includes(0)) {
    return { ok: false, code: 'binary-file', message: '文件中有空字节，又不是 UTF-16 文本，看来是二进制文件，不是文本' };
  }
  const utf8 = tryDecode(bytes, 'utf-8') ?? truncatedUtf8(bytes);
  if (utf8 !== undefined) return accept(utf8, 'utf-8');
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== undefined) return accept(gb, 'gb18030');
  const damaged = lenientUtf8(bytes);
  if (damaged) return damaged;
  return {
    ok: false,
    code: 'unknown-encoding',
    message: '文件既不是有效的 UTF-8、UTF-16 文本，也不是 GB18030 文本',
  };
}

/** Largest share of undecodable bytes a UTF-8 file may have and still be read (damaged in transit). */
const MAX_INVALID_SHARE = 0.005;

/** A UTF-8 report with a few damaged bytes is still read, with U+FFFD where they were. */
function lenientUtf8(bytes: Uint8Array): DecodeResult | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const invalid = text.match(/\uFFFD/g)?.length ?? 0;
  if (invalid / Math.max(1, text.length) > MAX_INVALID_SHARE) return undefined;
  const accepted = accept(text, 'utf-8');
  return accepted.ok ? { ...accepted, warning: `有 ${invalid} 处字节不是有效的 UTF-8，已读作替换字符“\uFFFD”，其旁边的数字可能缺失` } : accepted;
}

function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without BOM: ASCII characters (digits, spaces, line breaks, which every report
 * has plenty of) put a NUL in every other byte, always on the same side. A binary file's
 * NULs fall on both sides.
 */
function sniffUtf16(bytes: Uint8Array): Encoding | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return undefined;
  // Most files hold no NUL at all: a native search settles them without the byte loop.
  if (bytes.subarray(0, length).indexOf(0) < 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = length / 2;
  const nuls = even + odd;
  // At least 1 pair in 20 holds an ASCII character, and nearly all NULs sit on one side.
  if (nuls < Math.max(2, pairs / 20)) return undefined;
  if (odd >= nuls * 0.95) return 'utf-16le';
  if (even >= nuls * 0.95) return 'utf-16be';
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A UTF-8 file cut off inside its last character is still UTF-8; decoding it as GB18030
 * would turn the whole text into mojibake. Streaming mode holds back the partial tail.
 */
function truncatedUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

function decodeMarked(bytes: Uint8Array, encoding: Encoding): DecodeResult {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    return {
      ok: false,
      code: 'invalid-encoding',
      message: `文件开头是 ${ENCODING_NAMES[encoding]} 的字节顺序标记（BOM），内容却不是有效的 ${ENCODING_NAMES[encoding]} 文本`,
    };
  }
  return accept(text, encoding);
}

function accept(decoded: string, encoding: Encoding): DecodeResult {
  const text = decoded.replace(/^\uFEFF/, '');
  if (text.trim() === '') return emptyFile();
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      code: 'binary-file',
      message: `${(share * 100).toFixed(1)}% 的字符是控制字符，看来是二进制文件，不是文本`,
    };
  }
  return { ok: true, text, encoding };
}

// Tab, line feed, form feed and carriage return are ordinary in text exports.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function controlShare(text: string): number {
  const count = text.match(CONTROL)?.length ?? 0;
  return count / text.length;
}

function emptyFile(): DecodeResult {
  return { ok: false, code: 'empty-file', message: '文件是空的，或只有空白' };
}
