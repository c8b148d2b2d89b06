// Read PDFs in worker threads (worker-pool.ts), so that one pathological file cannot hang or
// crash the ingest: each file has a time limit and each worker a memory limit.
import { WORKER_STOPPED, workerPool, type Failure, type PoolOptions } from '../worker-pool.ts';
import type { PdfReading } from './read.ts';

export type { PoolOptions };

export interface PdfReader {
  read(bytes: Uint8Array): Promise<PdfReading>;
  close(): Promise<void>;
}

/** What a PDF that could not be read in its worker says. */
export const pdfFailure: Failure<PdfReading> = (why, detail) => ({
  ok: false, code: 'pdf-unreadable',
  message: why === 'closed' ? 'PDF 读取程序在读到这个文件之前已关闭'
    : why === 'timeout' || why === 'memory' ? `读取这个 PDF 文件${detail}`
    : why === 'start' || detail === WORKER_STOPPED ? `PDF ${detail}`
    : `PDF 读取程序出错（${detail}）`,
});

export function pdfPool(options: PoolOptions = {}): PdfReader {
  const pool = workerPool<Uint8Array, PdfReading>(new URL('./worker.ts', import.meta.url), pdfFailure, options);
  return { read: (bytes) => pool.run(bytes), close: () => pool.close() };
}
