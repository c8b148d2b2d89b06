// Read PDFs in worker threads (worker-pool.ts), so that one pathological file cannot hang or
// crash the ingest: each file has a time limit and each worker a memory limit.
import { workerPool, type Failure, type PoolOptions } from '../worker-pool.ts';
import type { PdfReading } from './read.ts';

export type { PoolOptions };

export interface PdfReader {
  read(bytes: Uint8Array): Promise<PdfReading>;
  close(): Promise<void>;
}

/** What a PDF that could not be read in its worker says. */
export const pdfFailure: Failure<PdfReading> = (why, detail) => ({
  ok: false, code: 'pdf-unreadable',
  message: why === 'closed' ? 'the PDF reader was closed before this file was read'
    : why === 'timeout' || why === 'memory' ? `reading the PDF ${detail.replace(/^it /, '').replace(' and was stopped', '; it was stopped')}`
    : why === 'start' ? 'the PDF reader did not start within a minute'
    : detail === 'the worker stopped unexpectedly' ? 'the PDF reader stopped unexpectedly'
    : `the PDF reader failed (${detail})`,
});

export function pdfPool(options: PoolOptions = {}): PdfReader {
  const pool = workerPool<Uint8Array, PdfReading>(new URL('./worker.ts', import.meta.url), pdfFailure, options);
  return { read: (bytes) => pool.run(bytes), close: () => pool.close() };
}
