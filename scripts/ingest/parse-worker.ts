// Worker thread: reads and parses the report files it is sent, one at a time (PDFs too,
// with pdf.js loaded here), and posts back what it parsed. Run by document-pool.ts.
import { parentPort } from 'node:worker_threads';
import { readPdf } from './pdf/read.ts';
import { readAndParse } from './read-and-parse.ts';

parentPort!.postMessage({ ready: true });

parentPort!.on('message', async ({ id, input }: { id: number; input: { file: string; bytes: Uint8Array } }) => {
  let result;
  try {
    result = await readAndParse(input.file, input.bytes, readPdf);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = { ok: false, messages: [{ code: 'internal-error', severity: 'error', file: input.file, message: `读取这份报告时程序出错（${detail}），其他报告不受影响` }] };
  }
  parentPort!.postMessage({ id, result });
});
