// Read and parse reports, and build departments, on every core: worker threads
// (worker-pool.ts), each job with a time limit and each worker a memory limit, so one
// pathological file cannot hang or crash the ingest; it is reported, and the others are read.
import { unbuilt, type Built, type Member } from './build-department.ts';
import type { Job, JobResult } from './document-jobs.ts';
import type { PreparedReport } from './prepare-report.ts';
import type { Parsed } from './read-and-parse.ts';
import { WORKER_STOPPED, workerPool, type PoolOptions } from './worker-pool.ts';

export interface DocumentReader {
  parse(file: string, bytes: Uint8Array): Promise<Parsed>;
  /** Read, parse and prepare a report (prepare-report.ts). */
  prepare(file: string, bytes: Uint8Array): Promise<PreparedReport>;
  /** A department's years from its members (build-department.ts); their documents are handed over, not copied. */
  build(members: Member[]): Promise<Built[]>;
  close(): Promise<void>;
}

/** A job the pool could not do: why, in words. */
interface Failed { failed: string }

export function documentPool(options: PoolOptions = {}): DocumentReader {
  const pool = workerPool<Job, JobResult | Failed>(new URL('./parse-worker.ts', import.meta.url), (why, detail) => ({
    failed: why === 'closed' ? '读取程序在读到这个文件之前已关闭'
      : why === 'timeout' || why === 'memory' ? `读取这个文件${detail}`
      : why === 'start' || detail === WORKER_STOPPED ? detail
      : `读取程序出错（${detail}）`,
  }), options);
  const read = async (kind: 'parse' | 'prepare', file: string, bytes: Uint8Array) => {
    const result = await pool.run({ kind, file, bytes });
    return 'failed' in result ? readFailure(file, result.failed) : result;
  };
  return {
    parse: (file, bytes) => read('parse', file, bytes) as Promise<Parsed>,
    prepare: (file, bytes) => read('prepare', file, bytes) as Promise<PreparedReport>,
    async build(members) {
      const handed = members.map((m) => ({ ...m, document: ownBuffer(m.document) }));
      const result = await pool.run({ kind: 'build', members: handed }, handed.map((m) => m.document.buffer as ArrayBuffer));
      return 'failed' in result ? unbuilt(members, result.failed).map((b) => ({ ...b, transient: true as const })) : (result as Built[]);
    },
    close: () => pool.close(),
  };
}

/**
 * Bytes on a buffer of their own, which can be handed over. A view into a larger buffer is
 * copied, and so is a Node Buffer (Node may mark its memory untransferable).
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const own = !Buffer.isBuffer(bytes) && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? bytes : new Uint8Array(bytes);
}

/** A report the pool could not read (a PDF's failure is pdf-unreadable): this run's failure, not the report's. */
function readFailure(file: string, message: string): Parsed & PreparedReport {
  return { ok: false, transient: true, messages: [{ code: /\.pdf$/i.test(file) ? 'pdf-unreadable' : 'read-failed', severity: 'error', file, message }] };
}
