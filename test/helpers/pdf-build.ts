// Small PDFs built from scratch for the PDF reader's tests: pages whose content streams draw
// text (in Helvetica, or in a Unicode font whose ToUnicode CMap says which character each
// glyph is), rules and images, optionally encrypted with a user password.
import { deflateSync } from 'node:zlib';
import { hex, standardEncryption } from './pdf-encrypt.ts';
import { PdfObjects } from './pdf-writer.ts';

export interface PageSpec {
  /** Points; A4 portrait when not given. */
  width?: number;
  height?: number;
  /** Content stream operators. Resources: fonts /F1 (Helvetica) and /U (the document's UnicodeFont), image /Im (a grey square). */
  content?: string;
  /** The page's /Rotate (a multiple of 90): how a viewer turns it. */
  rotate?: number;
}

export interface BuildOptions {
  /** The font /U; a document that shows no text in it needs none. */
  font?: UnicodeFont;
  /** Encrypt with the Standard security handler and this user password. */
  userPassword?: string;
  /** Compress content streams (Flate), so a huge content stream stays a small file. */
  compress?: boolean;
}

export const A4 = { width: 595, height: 842 };

export function buildPdf(pages: readonly PageSpec[], options: BuildOptions = {}): Uint8Array {
  const objects = new PdfObjects();
  const catalog = objects.reserve();
  const tree = objects.reserve();
  const helvetica = objects.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const unicode = options.font ? `/U ${options.font.addTo(objects)} 0 R` : '';
  const image = objects.add({ dict: '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', data: '\x40\x80\xc0\x80' });
  const resources = objects.add(`<< /Font << /F1 ${helvetica} 0 R ${unicode} >> /XObject << /Im ${image} 0 R >> >>`);
  // Pages with the same content share one stream, so a document of thousands of pages stays small.
  const streams = new Map<string, number>();
  const kids = pages.map(({ width = A4.width, height = A4.height, content = '', rotate }) => {
    let stream = streams.get(content);
    if (stream === undefined) {
      const data = options.compress ? { dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(content, 'latin1')) } : { dict: '', data: content };
      streams.set(content, (stream = objects.add(data)));
    }
    return objects.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${width} ${height}]${rotate ? ` /Rotate ${rotate}` : ''} /Resources ${resources} 0 R /Contents ${stream} 0 R >>`);
  });
  objects.set(tree, `<< /Type /Pages /Count ${kids.length} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`);
  objects.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  if (options.userPassword === undefined) return objects.write({ root: catalog });
  const encryption = standardEncryption(options.userPassword);
  const encrypt = objects.add(encryption.dictionary);
  const id = hex(encryption.id);
  return objects.write({ root: catalog, trailer: `/Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>] `, encodeStream: encryption.encodeStream });
}

/** Text at (x, y), y upwards as PDF draws it: in Helvetica (ASCII only), or in `font`. */
export function showText(x: number, y: number, size: number, text: string, font?: UnicodeFont): string {
  const shown = font ? `<${font.encode(text)}>` : `(${text.replace(/[\\()]/g, '\\$&')})`;
  return `BT /${font ? 'U' : 'F1'} ${size} Tf ${x} ${y} Td ${shown} Tj ET\n`;
}

/** The image /Im stretched over the whole page, as a scanner draws its page. */
export function imageOver(width = A4.width, height = A4.height): string {
  return `q ${width} 0 0 ${height} 0 0 cm /Im Do Q\n`;
}

/**
 * A Type0 font (Identity-H, no embedded glyphs) that gives each character shown in it a
 * two-byte code, and whose ToUnicode CMap maps every code back to its character: a text layer
 * reads as whatever characters it was built from (CJK, or private-use ones).
 */
export class UnicodeFont {
  private readonly codes = new Map<string, number>();

  /** The text as hex codes, one per character. */
  encode(text: string): string {
    return [...text].map((char) => {
      let code = this.codes.get(char);
      if (code === undefined) this.codes.set(char, (code = this.codes.size + 1));
      return code.toString(16).padStart(4, '0');
    }).join('');
  }

  /** Writes the font's objects (after every page is encoded); returns the Type0 font's number. */
  addTo(objects: PdfObjects): number {
    const descriptor = objects.add('<< /Type /FontDescriptor /FontName /TestUnicode /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>');
    const cidFont = objects.add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestUnicode /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`);
    const toUnicode = objects.add({ dict: '', data: this.cmap() });
    return objects.add(`<< /Type /Font /Subtype /Type0 /BaseFont /TestUnicode /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  }

  private cmap(): string {
    const entries = [...this.codes].map(([char, code]) => `<${code.toString(16).padStart(4, '0')}> <${utf16(char)}>`);
    const blocks: string[] = [];
    // A bfchar block holds at most 100 entries.
    for (let i = 0; i < entries.length; i += 100) {
      const block = entries.slice(i, i + 100);
      blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
      '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
      ...blocks,
      'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
    ].join('\n');
  }
}

function utf16(char: string): string {
  return [...Array(char.length).keys()].map((i) => char.charCodeAt(i).toString(16).padStart(4, '0')).join('').toUpperCase();
}
