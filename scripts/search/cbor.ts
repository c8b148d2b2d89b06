// The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
// text strings and definite-length arrays. Read with a cursor so a merge can copy what it does
// not change as raw bytes (an index of 45,000 pages holds a hundred million word positions; as
// JavaScript arrays they would not fit in memory). Written minimally, as minicbor writes.

const UINT = 0;
const NEGINT = 1;
const TEXT = 3;
const ARRAY = 4;

export class CborReader {
  at = 0;
  readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }

  /** The next item's major type and argument (a length, or the integer itself), consumed. */
  private head(): { major: number; value: number } {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new Error(`cbor: unexpected end at byte ${this.at - 1}`);
    const major = b >> 5;
    const info = b & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.bytes[this.at++];
    else if (info === 25) (value = this.bytes.readUInt16BE(this.at)), (this.at += 2);
    else if (info === 26) (value = this.bytes.readUInt32BE(this.at)), (this.at += 4);
    else if (info === 27) (value = Number(this.bytes.readBigUInt64BE(this.at))), (this.at += 8);
    else throw new Error(`cbor: indefinite or reserved length at byte ${this.at - 1}`);
    return { major, value };
  }

  private expect(major: number, what: string): number {
    const start = this.at;
    const head = this.head();
    if (head.major !== major) throw new Error(`cbor: expected ${what} at byte ${start}, found major type ${head.major}`);
    return head.value;
  }

  array(): number {
    return this.expect(ARRAY, 'an array');
  }

  uint(): number {
    return this.expect(UINT, 'an unsigned integer');
  }

  /** An unsigned or negative integer. */
  int(): number {
    const start = this.at;
    const head = this.head();
    if (head.major === UINT) return head.value;
    if (head.major === NEGINT) return -1 - head.value;
    throw new Error(`cbor: expected an integer at byte ${start}, found major type ${head.major}`);
  }

  text(): string {
    const length = this.expect(TEXT, 'a text string');
    const value = this.bytes.toString('utf8', this.at, this.at + length);
    this.at += length;
    return value;
  }

  /** Skips one item, however deep. */
  skip(): void {
    const start = this.at;
    const { major, value } = this.head();
    if (major === UINT || major === NEGINT || major === 7) return;
    if (major === 2 || major === TEXT) {
      this.at += value;
      return;
    }
    if (major === ARRAY) {
      for (let i = 0; i < value; i++) this.skip();
      return;
    }
    if (major === 5) {
      for (let i = 0; i < value * 2; i++) this.skip();
      return;
    }
    throw new Error(`cbor: cannot skip major type ${major} at byte ${start}`);
  }

  /** The next item as plain values (numbers, strings, arrays): for the small files. */
  value(): unknown {
    const start = this.at;
    const { major, value } = this.head();
    if (major === UINT) return value;
    if (major === NEGINT) return -1 - value;
    if (major === TEXT) {
      const text = this.bytes.toString('utf8', this.at, this.at + value);
      this.at += value;
      return text;
    }
    if (major === ARRAY) return Array.from({ length: value }, () => this.value());
    throw new Error(`cbor: unsupported major type ${major} at byte ${start}`);
  }

  slice(from: number, to = this.at): Buffer {
    return this.bytes.subarray(from, to);
  }
}

function head(major: number, value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`cbor: cannot write ${value}`);
  const top = major << 5;
  if (value < 24) return Buffer.from([top | value]);
  if (value < 0x100) return Buffer.from([top | 24, value]);
  if (value < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = top | 25;
    b.writeUInt16BE(value, 1);
    return b;
  }
  if (value < 0x100000000) {
    const b = Buffer.alloc(5);
    b[0] = top | 26;
    b.writeUInt32BE(value, 1);
    return b;
  }
  const b = Buffer.alloc(9);
  b[0] = top | 27;
  b.writeBigUInt64BE(BigInt(value), 1);
  return b;
}

export const cborArray = (length: number): Buffer => head(ARRAY, length);
export const cborUint = (value: number): Buffer => head(UINT, value);

export function cborText(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([head(TEXT, bytes.length), bytes]);
}

/** Plain values (non-negative or negative integers, strings, arrays) as CBOR. */
export function cborEncode(value: unknown): Buffer {
  const parts: Buffer[] = [];
  const put = (v: unknown): void => {
    if (typeof v === 'number') parts.push(v < 0 ? head(NEGINT, -1 - v) : head(UINT, v));
    else if (typeof v === 'string') parts.push(cborText(v));
    else if (Array.isArray(v)) {
      parts.push(head(ARRAY, v.length));
      for (const item of v) put(item);
    } else throw new Error(`cbor: cannot write ${typeof v}`);
  };
  put(value);
  return Buffer.concat(parts);
}
