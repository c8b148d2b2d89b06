// The PDF worker pool's bounds (pdf/pool.ts): a file over the time limit is stopped and
// reported and the next is read by a fresh worker; the memory limit stops a worker; every
// file gets a result however its worker ends; close() ends the workers, so the process exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPool, type PdfReader } from '../../scripts/ingest/pdf/pool.ts';
import type { PdfReading } from '../../scripts/ingest/pdf/read.ts';
import { encryptedPdf, helloPdf, manyPagesPdf, memoryHungryPdf, unhandledRejectionPdf } from '../helpers/pdf-samples.ts';

/**
 * The limit counts from when a file is handed to a worker, so a fresh worker's start-up
 * (loading pdf.js: 0.2 s on an idle machine, seconds on a busy one) is charged to its first
 * file: long enough for that and a one-page file on a busy machine.
 */
const TIMEOUT_MS = 5_000;
/** Enough for pdf.js and a small file; far too little for memoryHungryPdf. */
const MEMORY_MB = 48;
/** 20,000 pages of 100 words take pdf.js half a minute, far beyond TIMEOUT_MS on any machine. */
const slow = manyPagesPdf(20_000, 100);
const hungry = memoryHungryPdf();
const hello = helloPdf();
/** pdf.js leaves a rejection unhandled on it: the worker answers the file with it. */
const crashing = unhandledRejectionPdf();

const helloRead = { ok: true, pages: 1, lines: [expect.objectContaining({ text: 'Hello PDF' })] };
const timedOut = (ms: number) => ({ ok: false, code: 'pdf-unreadable', message: `读取这个 PDF 文件超过了 ${ms / 1000} 秒，已停止` });
const outOfMemory = { ok: false, code: 'pdf-unreadable', message: `读取这个 PDF 文件需要超过 ${MEMORY_MB} 兆字节的内存，已停止` };

/** Each read's result and when it came back, in ms from the start. */
async function timed(reads: Promise<PdfReading>[]): Promise<{ result: PdfReading; ms: number }[]> {
  const start = performance.now();
  return Promise.all(reads.map(async (read) => ({ result: await read, ms: performance.now() - start })));
}

describe('pdfPool', () => {
  let pool: PdfReader | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('stops a file over the time limit and reports it; a fresh worker reads the next file', async () => {
    pool = pdfPool({ workers: 1, timeoutMs: TIMEOUT_MS });
    const [stopped, next] = await timed([pool.read(slow), pool.read(hello)]);
    expect(stopped.result).toEqual(timedOut(TIMEOUT_MS));
    expect(next.result).toMatchObject(helloRead);
    // Had the slow worker been left running, the next file would wait for its 20,000 pages.
    expect(next.ms).toBeLessThan(3 * TIMEOUT_MS);
  });

  it('stops a worker over the memory limit and reports it; the next file is read', async () => {
    // Running out of memory takes seconds of garbage collection first: a time limit that cannot come first.
    pool = pdfPool({ workers: 1, memoryMb: MEMORY_MB, timeoutMs: 60_000 });
    const [stopped, next] = await timed([pool.read(hungry), pool.read(hello)]);
    expect(stopped.result).toEqual(outOfMemory);
    expect(next.result).toMatchObject(helloRead);
  });

  it('gives a result for every file, in order, while workers time out, crash and fail', async () => {
    pool = pdfPool({ workers: 2, timeoutMs: TIMEOUT_MS });
    const files = [hello, slow, new Uint8Array(), crashing, hello, encryptedPdf(), hello];
    const results = (await timed(files.map((f) => pool!.read(f)))).map((r) => r.result);
    expect(results).toEqual([
      expect.objectContaining(helloRead),
      timedOut(TIMEOUT_MS),
      { ok: false, code: 'pdf-unreadable', message: '无法打开 PDF 文件（The PDF file is empty, i.e. its size is zero bytes.），文件可能不完整或已损坏' },
      { ok: false, code: 'pdf-unreadable', message: expect.stringMatching(/^PDF 读取程序出错（.*XRefEntryException: Bad \(uncompressed\) XRef entry: 17R.*）$/) },
      expect.objectContaining(helloRead),
      { ok: false, code: 'pdf-encrypted', message: 'PDF 文件设有密码保护，无法读取' },
      expect.objectContaining(helloRead),
    ]);
  });

  it('close() ends the workers, even mid-read: every read settles and the process exits', () => {
    // In a child process, so that a worker left running shows as a process that does not exit.
    // (A script file, not --eval: workers inherit the process's flags, --input-type among them.)
    const url = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
    const script = `
      import { pdfPool } from ${url('../../scripts/ingest/pdf/pool.ts')};
      import { helloPdf, manyPagesPdf } from ${url('../helpers/pdf-samples.ts')};
      const pool = pdfPool({ workers: 1, timeoutMs: 60_000 });
      const before = await pool.read(helloPdf());
      const reading = pool.read(manyPagesPdf(20_000, 100));
      const queued = pool.read(helloPdf());
      await new Promise((resolve) => setTimeout(resolve, 200));
      await pool.close();
      const after = pool.read(helloPdf());
      const settled = await Promise.all([reading, queued, after]);
      console.log(JSON.stringify([before, ...settled].map((r) => r.ok || r.message)));
    `;
    const folder = mkdtempSync(join(tmpdir(), 'pdf-pool-'));
    writeFileSync(join(folder, 'close.mjs'), script);
    const start = performance.now();
    const child = spawnSync(process.execPath, [join(folder, 'close.mjs')], { encoding: 'utf8', timeout: 20_000 });
    rmSync(folder, { recursive: true });
    expect({ signal: child.signal, status: child.status, stderr: child.stderr }).toEqual({ signal: null, status: 0, stderr: '' });
    const closed = 'PDF 读取程序在读到这个文件之前已关闭';
    expect(JSON.parse(child.stdout)).toEqual([true, closed, closed, closed]);
    // The 20,000-page read was stopped, not waited for.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
