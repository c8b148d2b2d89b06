// Worker thread of bare-pdfjs.ts: pdfjs's own work on a PDF and nothing else — open it, and
// for every page getTextContent() and getOperatorList(), with the options the ingest's
// reader uses (scripts/ingest/pdf/load.ts). Posts back the page count.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
// The same options as load.ts's DOCUMENT_OPTIONS: keep the two in step.
const DOCUMENT_OPTIONS = {
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
};

async function extract(bytes: Uint8Array): Promise<number> {
  // As load.ts does: pdfjs detaches the buffer it is given, so it gets a copy.
  const task = getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(bytes) });
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      try {
        await Promise.all([page.getTextContent(), page.getOperatorList()]);
      } finally {
        page.cleanup();
      }
    }
    return document.numPages;
  } finally {
    await task.destroy().catch(() => {});
  }
}

parentPort!.on('message', async ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  try {
    parentPort!.postMessage({ id, pages: await extract(bytes) });
  } catch (error) {
    parentPort!.postMessage({ id, pages: 0, error: (error as Error)?.message ?? String(error) });
  }
});
