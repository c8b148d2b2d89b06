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
    return { ok: false, code: 'pdf-unreadable', message: `无法读取第 ${pages.length + 1} 页（共 ${opened.pages} 页）：${(error as Error)?.message ?? String(error)}`, pages: opened.pages };
  } finally {
    await closePdf(opened.task);
  }
  const chars = pages.reduce((n, p) => n + p.chars, 0);
  if (chars === 0) {
    const scanned = pages.filter((p) => p.imageCover > 0.5).length;
    const why = scanned > 0
      ? '这是扫描件，目前还不能识别扫描件中的文字'
      : '页面是空白的，或者文字是以图形绘制的，无法读取';
    return { ok: false, code: 'pdf-no-text', pages: pages.length, message: `PDF 文件没有文字层（${pages.length} 页中有 ${scanned} 页是图片）：${why}` };
  }
  const unreadable = pages.reduce((n, p) => n + p.unreadableChars, 0);
  if (unreadable / chars > MAX_UNREADABLE) {
    return {
      ok: false, code: 'pdf-bad-text', pages: pages.length,
      message: `PDF 文件的文字层无法读取：${chars} 个字符中有 ${unreadable} 个是私用区字符或替换字符（字体缺少到标准字符的映射）`,
    };
  }
  return { ok: true, pages: pages.length, ...pdfLines(pages) };
}
