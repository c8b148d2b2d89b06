// Worker thread: reads the PDFs it is sent, one at a time, and posts back what it read
// (worker-serve.ts). Run by pool.ts, which bounds each file's time and the worker's memory.
// Loading pdf.js (the import below) takes a while on a busy machine: the worker says when it is done.
import { serveJobs } from '../worker-serve.ts';
import { readPdf, type PdfReading } from './read.ts';

serveJobs(async (bytes: Uint8Array) => {
  let result: PdfReading;
  try {
    result = await readPdf(bytes);
  } catch (error) {
    result = { ok: false, code: 'pdf-unreadable', message: `PDF 读取程序出错（${(error as Error)?.message ?? String(error)}）` };
  }
  return { result };
});
