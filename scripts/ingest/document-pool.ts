// Read and parse reports on every core: worker threads (worker-pool.ts), each file with a
// time limit and each worker a memory limit, so one pathological file cannot hang or crash
// the ingest; it is reported, and the others are read.
import type { Parsed } from './read-and-parse.ts';
import { WORKER_STOPPED, workerPool, type PoolOptions } from './worker-pool.ts';

export interface DocumentReader {
  parse(file: string, bytes: Uint8Array): Promise<Parsed>;
  close(): Promise<void>;
}

export function documentPool(options: PoolOptions = {}): DocumentReader {
  const pool = workerPool<{ file: string; bytes: Uint8Array }, Parsed>(new URL('./parse-worker.ts', import.meta.url), (why, detail) => ({
    ok: false,
    messages: [{
      code: 'read-failed', severity: 'error', file: '',
      message: why === 'closed' ? '读取程序在读到这个文件之前已关闭'
        : why === 'timeout' || why === 'memory' ? `读取这个文件${detail}`
        : why === 'start' || detail === WORKER_STOPPED ? detail
        : `读取程序出错（${detail}）`,
    }],
  }), options);
  return {
    parse(file, bytes) {
      return pool.run({ file, bytes }).then((parsed) => fileNamed(parsed, file));
    },
    close: () => pool.close(),
  };
}

/** A failure built by the pool names no file: give it this one (a PDF's failure is pdf-unreadable). */
function fileNamed(parsed: Parsed, file: string): Parsed {
  if (parsed.ok) return parsed;
  const code = /\.pdf$/i.test(file) ? 'pdf-unreadable' : 'read-failed';
  return { ...parsed, messages: parsed.messages.map((m) => (m.file === '' ? { ...m, file, code } : m)) };
}
