// A PDF report → the reader's lines (text and table rows), page by page; or a failure that
// says why it cannot be read: encrypted, broken, a scan without a text layer, or a text
// layer of private-use glyphs.
import { closePdf, openPdf, readPage, type PdfPage } from './load.ts';
import { pdfLines, type PdfText } from './document.ts';

export type PdfReading =
  | ({ ok: true; pages: number } & PdfText)
  | { ok: false; code: 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-no-text' | 'pdf-bad-text'; message: string; pages?: number };

/** Share of a text layer's characters that may be unreadable before the layer is refused. */
const MAX_UNREADABLE = 0.2;

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const opened = await openPdf(bytes);
  if ('code' in opened) return { ok: false, ...opened };
  const pages: PdfPage[] = [];
  try {
    for (let number = 1; number <= opened.pages; number++) pages.push(await readPage(opened.task, number));
  } catch (error) {
    return { ok: false, code: 'pdf-unreadable', message: `page ${pages.length + 1} of ${opened.pages} cannot be read (${(error as Error)?.message ?? String(error)})`, pages: opened.pages };
  } finally {
    await closePdf(opened.task);
  }
  const chars = pages.reduce((n, p) => n + p.chars, 0);
  if (chars === 0) {
    const scanned = pages.filter((p) => p.imageCover > 0.5).length;
    const why = scanned > 0
      ? 'it is a scan, and reading scans (OCR) is not supported yet'
      : 'its pages are blank, or draw their text as shapes, which cannot be read';
    return { ok: false, code: 'pdf-no-text', pages: pages.length, message: `the PDF has no text layer (${scanned} of ${pages.length} pages are images): ${why}` };
  }
  const unreadable = pages.reduce((n, p) => n + p.unreadableChars, 0);
  if (unreadable / chars > MAX_UNREADABLE) {
    return {
      ok: false, code: 'pdf-bad-text', pages: pages.length,
      message: `the PDF's text layer cannot be read: ${unreadable} of ${chars} characters are private-use or replacement characters (fonts without a Unicode mapping)`,
    };
  }
  return { ok: true, pages: pages.length, ...pdfLines(pages) };
}
