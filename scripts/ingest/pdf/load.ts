// The only module that talks to pdfjs-dist: a PDF's bytes → pages of positioned words,
// drawn rules and image coverage, in page coordinates (points, y downwards, /Rotate applied).
// Local CMaps and standard fonts, so nothing is fetched; no eval, so a hostile font cannot
// run code (pdf.js CVE-2024-4367).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, Util, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rulesFromOperators, type Matrix, type Segment } from './rules.ts';

export interface PdfWord {
  text: string;
  /** Left and right edge, top and bottom of the glyph box, baseline; points, y downwards. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
  segments: Segment[];
  /** Share of the page covered by images (a scan is one image over the whole page). */
  imageCover: number;
  /** Text items whose characters are private-use or U+FFFD: the text layer cannot be read. */
  unreadableChars: number;
  chars: number;
}

export type PdfFailure = { code: 'pdf-encrypted' | 'pdf-unreadable'; message: string };

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
const DOCUMENT_OPTIONS = {
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
};

/** Open a PDF; a password or a broken file is a failure value, not an exception. */
export async function openPdf(bytes: Uint8Array): Promise<{ task: PDFDocumentLoadingTask; pages: number } | PdfFailure> {
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(bytes) });
  try {
    const document = await task.promise;
    return { task, pages: document.numPages };
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error)?.name;
    if (name === 'PasswordException') return { code: 'pdf-encrypted', message: 'PDF 文件设有密码保护，无法读取' };
    return { code: 'pdf-unreadable', message: `无法打开 PDF 文件（${(error as Error)?.message ?? String(error)}），文件可能不完整或已损坏` };
  }
}

/** One page's words, rules and images. */
export async function readPage(task: PDFDocumentLoadingTask, number: number): Promise<PdfPage> {
  const document = await task.promise;
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const base = viewport.transform as Matrix;
    const words: PlacedWord[] = [];
    let chars = 0;
    let unreadableChars = 0;
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      chars += item.str.length;
      unreadableChars += [...item.str].filter(isUnreadable).length;
      words.push(...wordsOf(item.str, Util.transform(base, item.transform) as Matrix, item.width));
    }
    const { segments, imageArea } = rulesFromOperators(operators.fnArray, operators.argsArray, base, OPS);
    const oriented = orient({ width: viewport.width, height: viewport.height, words, segments });
    return {
      number, width: oriented.width, height: oriented.height, words: oriented.words, segments: oriented.segments,
      imageCover: Math.min(1, imageArea / (viewport.width * viewport.height)), unreadableChars, chars,
    };
  } finally {
    page.cleanup();
  }
}

export async function closePdf(task: PDFDocumentLoadingTask): Promise<void> {
  await task.destroy().catch(() => {});
}

/** Private-use characters and U+FFFD: glyphs without a usable Unicode mapping. */
function isUnreadable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff);
}

const isWide = (char: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char);

/** A word as pdfjs places it: baseline from (sx, sy) to (ex, ey) in page coordinates. */
interface PlacedWord { text: string; sx: number; sy: number; ex: number; ey: number; size: number; dir: 0 | 90 | 180 | 270 }

/**
 * A text item as words (split at its spaces), each with its own extent, estimated from the
 * characters' widths (a CJK character is one em, others half). `m` is the item's matrix in
 * page coordinates; `width` its advance in text space scaled to the page.
 */
function wordsOf(text: string, m: Matrix, width: number): PlacedWord[] {
  const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
  const scale = Math.hypot(m[0], m[1]) || 1;
  const [dx, dy] = [m[0] / scale, m[1] / scale];
  const dir = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 0 : 180) : dy > 0 ? 90 : 270;
  const chars = [...text];
  const ems = chars.map((c) => (isWide(c) ? 1 : 0.5));
  const total = ems.reduce((a, b) => a + b, 0) || 1;
  // pdfjs gives the item's width in the page's units along the text direction.
  const length = width > 0 ? width : total * size;
  const words: PlacedWord[] = [];
  let offset = 0;
  let start = -1;
  let startOffset = 0;
  const flush = (end: number) => {
    if (start < 0) return;
    const a = (startOffset / total) * length;
    const b = (offset / total) * length;
    words.push({ text: chars.slice(start, end).join(''), sx: m[4] + dx * a, sy: m[5] + dy * a, ex: m[4] + dx * b, ey: m[5] + dy * b, size, dir });
    start = -1;
  };
  chars.forEach((char, i) => {
    if (/\s/.test(char)) flush(i);
    else if (start < 0) [start, startOffset] = [i, offset];
    offset += ems[i];
  });
  flush(chars.length);
  return words;
}

interface Sheet { width: number; height: number; words: PlacedWord[]; segments: Segment[] }

/**
 * Turn the page so that most of its text reads left to right (content drawn rotated on the
 * sheet, a landscape table on a portrait page, is read like a landscape page), then give each
 * word its box.
 */
function orient(sheet: Sheet): { width: number; height: number; words: PdfWord[]; segments: Segment[] } {
  const counts = new Map<number, number>();
  for (const w of sheet.words) counts.set(w.dir, (counts.get(w.dir) ?? 0) + w.text.length);
  const dir = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const { width, height } = sheet;
  const turn = (x: number, y: number): [number, number] =>
    dir === 0 ? [x, y] : dir === 90 ? [y, width - x] : dir === 270 ? [height - y, x] : [width - x, height - y];
  const words = sheet.words.filter((w) => w.dir === dir).map((w): PdfWord => {
    const [sx, sy] = turn(w.sx, w.sy);
    const [ex] = turn(w.ex, w.ey);
    return { text: w.text, x0: Math.min(sx, ex), x1: Math.max(sx, ex), top: sy - w.size * 0.88, bottom: sy + w.size * 0.12, baseline: sy, size: w.size };
  });
  const segments = sheet.segments.map((s) => {
    const [a, b] = [turn(s.x1, s.y1), turn(s.x2, s.y2)];
    return { x1: Math.min(a[0], b[0]), y1: Math.min(a[1], b[1]), x2: Math.max(a[0], b[0]), y2: Math.max(a[1], b[1]) };
  });
  const upright = dir === 0 || dir === 180 ? { width, height } : { width: height, height: width };
  return { ...upright, words, segments };
}
