// The bad-PDF codes of readPdf (pdf/read.ts), on PDFs built for each case and on the real
// report cut short: every failure is a value with a stable code and a message that says
// what is wrong, never an exception.
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf, type PdfReading } from '../../scripts/ingest/pdf/read.ts';
import { buildPdf, imageOver, showText, UnicodeFont } from '../helpers/pdf-build.ts';
import { removePages } from '../helpers/pdf-mutations.ts';
import { encryptedPdf, privateUsePdf, scannedPdf, smallReportPdf } from '../helpers/pdf-samples.ts';
import { crossReferenceStreamEnd, realPdf, realPdfAvailable } from '../helpers/real-pdf.ts';

const text = (reading: PdfReading) => (reading.ok ? reading.lines.map((l) => l.text) : []);

describe('readPdf: bad PDFs', () => {
  const cases: { name: string; bytes: () => Uint8Array; code: string; message: string | RegExp }[] = [
    { name: 'encrypted with a user password', bytes: encryptedPdf, code: 'pdf-encrypted', message: 'PDF 文件设有密码保护，无法读取' },
    {
      name: 'a scan: every page one image', bytes: () => scannedPdf(3), code: 'pdf-no-text',
      message: 'PDF 文件没有文字层（3 页中有 3 页是图片）：这是扫描件，目前还不能识别扫描件中的文字',
    },
    {
      name: 'two scanned pages and a blank one', bytes: () => buildPdf([{ content: imageOver() }, {}, { content: imageOver() }]), code: 'pdf-no-text',
      message: 'PDF 文件没有文字层（3 页中有 2 页是图片）：这是扫描件，目前还不能识别扫描件中的文字',
    },
    {
      name: 'blank pages: no text and no images, so not a scan', bytes: () => buildPdf([{}, {}]), code: 'pdf-no-text',
      message: 'PDF 文件没有文字层（2 页中有 0 页是图片）：页面是空白的，或者文字是以图形绘制的，无法读取',
    },
    {
      name: 'a text layer of private-use characters', bytes: privateUsePdf, code: 'pdf-bad-text',
      message: 'PDF 文件的文字层无法读取：22 个字符中有 22 个是私用区字符或替换字符（字体缺少到标准字符的映射）',
    },
    { name: 'an empty file', bytes: () => new Uint8Array(), code: 'pdf-unreadable', message: '无法打开 PDF 文件（The PDF file is empty, i.e. its size is zero bytes.），文件可能不完整或已损坏' },
    { name: 'not a PDF at all', bytes: () => new TextEncoder().encode('二〇二四年度部门决算'), code: 'pdf-unreadable', message: /^无法打开 PDF 文件（.+），文件可能不完整或已损坏$/ },
    { name: 'a built PDF cut before its trailer', bytes: () => smallReportPdf().slice(0, 2000), code: 'pdf-unreadable', message: /^无法打开 PDF 文件（.+），文件可能不完整或已损坏$/ },
  ];
  for (const { name, bytes, code, message } of cases) {
    it(`${name}: ${code}`, async () => {
      const reading = await readPdf(bytes());
      expect(reading).toMatchObject({ ok: false, code });
      expect(reading.ok ? '' : reading.message).toMatch(message instanceof RegExp ? message : new RegExp(`^${RegExp.escape(message)}$`));
    });
  }
});

describe('readPdf: damaged but readable', () => {
  it('a few private-use glyphs among readable text do not refuse the layer', async () => {
    const font = new UnicodeFont();
    const reading = await readPdf(buildPdf([{ content: showText(72, 760, 14, '上海市测试局2024年度部门决算\ue000', font) }], { font }));
    expect(text(reading)).toEqual(['上海市测试局2024年度部门决算\ue000']);
  });

  it('a PDF with pages removed reads the pages left, in order', async () => {
    const reading = await readPdf(removePages(smallReportPdf(), [2, 3]));
    expect(reading).toMatchObject({ ok: true, pages: 2 });
    expect(text(reading)).toEqual(['上海市测试局', '2024年度部门决算', '第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '2024年度收入、支出决算总计100.00万元。']);
  });

  it('the encrypted sample is really encrypted: pdf.js opens it with its password', async () => {
    const task = getDocument({ data: encryptedPdf('secret'), password: 'secret', verbosity: 0 });
    const content = await (await (await task.promise).getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Secret report');
    await task.destroy();
  });
});

describe.skipIf(!realPdfAvailable)('readPdf: the real report cut short', () => {
  const real = realPdfAvailable ? realPdf() : new Uint8Array();
  const end = realPdfAvailable ? crossReferenceStreamEnd(real) : 0;

  it('cut one byte before its cross-reference stream ends: pdf-unreadable', async () => {
    expect(await readPdf(real.slice(0, end - 1))).toEqual({
      ok: false, code: 'pdf-unreadable', message: '无法打开 PDF 文件（Invalid PDF structure.），文件可能不完整或已损坏',
    });
  });

  it('cut just after it: every page is still there, read as the whole file is', async () => {
    const [cut, whole] = [await readPdf(real.slice(0, end)), await readPdf(real)];
    expect(cut).toMatchObject({ ok: true, pages: 30 });
    expect(text(cut)).toEqual(text(whole));
  });
});
