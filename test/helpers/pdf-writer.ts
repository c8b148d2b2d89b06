// A minimal PDF writer for tests: numbered objects in, a well-formed PDF out, its
// cross-reference table pointing at each object's byte offset. Enough to build, from
// scratch and readably, the small PDFs the PDF reader is tested with.

export interface PdfStream {
  /** The stream dictionary's entries without /Length, e.g. `/Subtype /Image /Width 1`. */
  dict: string;
  data: Uint8Array | string;
}

/** An object's body: a dictionary, array or number as PDF source, or a stream. */
export type PdfBody = string | PdfStream;

export interface WriteOptions {
  /** The catalog's object number. */
  root: number;
  /** More trailer entries, e.g. `/Encrypt 9 0 R /ID [<…> <…>]`. */
  trailer?: string;
  /** Rewrites each stream's data (encryption), given its object number. */
  encodeStream?: (data: Uint8Array, objectNumber: number) => Uint8Array;
}

/** PDF source is bytes: characters up to U+00FF are written as one byte each. */
export function latin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Objects numbered from 1 as they are added; a number may be reserved and its body given later. */
export class PdfObjects {
  private readonly bodies: (PdfBody | undefined)[] = [];

  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  add(body: PdfBody): number {
    this.bodies.push(body);
    return this.bodies.length;
  }

  set(number: number, body: PdfBody): void {
    this.bodies[number - 1] = body;
  }

  write(options: WriteOptions): Uint8Array {
    const parts: Uint8Array[] = [];
    let length = 0;
    const push = (part: Uint8Array | string) => {
      const bytes = typeof part === 'string' ? latin1(part) : part;
      parts.push(bytes);
      length += bytes.length;
    };
    push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const offsets = this.bodies.map((body, i) => {
      const offset = length;
      if (body === undefined) throw new Error(`object ${i + 1} was reserved but never given a body`);
      push(`${i + 1} 0 obj\n`);
      if (typeof body === 'string') push(body);
      else {
        const raw = typeof body.data === 'string' ? latin1(body.data) : body.data;
        const data = options.encodeStream?.(raw, i + 1) ?? raw;
        push(`<< ${body.dict} /Length ${data.length} >>\nstream\n`);
        push(data);
        push('\nendstream');
      }
      push('\nendobj\n');
      return offset;
    });
    const xref = length;
    // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, CR LF or SP LF.
    push(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
    push(offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join(''));
    push(`trailer\n<< /Size ${offsets.length + 1} /Root ${options.root} 0 R ${options.trailer ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`);
    const out = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
