// Worker thread: reads the PDFs it is sent, one at a time, and posts back what it read.
// Run by pool.ts, which bounds each file's time and the worker's memory.
import { parentPort } from 'node:worker_threads';
import { readPdf } from './read.ts';

// Loading pdf.js (the import above) takes a while on a busy machine: say when it is done.
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async ({ id, input: bytes }: { id: number; input: Uint8Array }) => {
  let result;
  try {
    result = await readPdf(bytes);
  } catch (error) {
    result = { ok: false, code: 'pdf-unreadable', message: `PDF 读取程序出错（${(error as Error)?.message ?? String(error)}）` };
  }
  parentPort!.postMessage({ id, result });
});
